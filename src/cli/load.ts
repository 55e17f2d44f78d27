// Loads the command line's bundle (dist/cli/sourcelight.cjs) with V8's code cache, for bin/ and for
// each `--jobs` worker. Built to dist/cli/load.mjs on its own, outside the bundle it loads.
//
// Why: a run on one page spends a third of its time compiling, first the 1.4 MB bundle and then each
// function on its first call. `npm run build:cli` runs the CLI once on a sample page and saves what V8
// compiled (sourcelight.cjs.cache, `Script.createCachedData`); a run then starts from that instead of
// the source. Node 20 has no code cache for ES modules (module.enableCompileCache is Node 22), so the
// bundle is a CommonJS-style script run through node:vm. A cache V8 rejects (another Node version, other
// V8 flags) costs nothing but the compiling it would have saved: the source is always there.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

export const BUNDLE_URL = new URL('./sourcelight.cjs', import.meta.url);
const BUNDLE = fileURLToPath(BUNDLE_URL);
const CACHE = `${BUNDLE}.cache`;

/** What the bundle (src/cli/bundle.ts) exports. */
export interface Bundle {
  main(argv: string[]): Promise<number>;
  serveWorker(): Promise<void>;
}

// The parameters Node gives a CommonJS module, and the address esbuild puts for `import.meta.url`.
const WRAPPER = ['exports', 'require', 'module', '__filename', '__dirname', '__bundleUrl'];

function compile(cachedData: Buffer | undefined): Script {
  // V8 accepts a cache only under the flags it was made with, and the bundle sets this one when it
  // starts (src/cli/main.ts): set here first, for the compile and for making the cache alike.
  setFlagsFromString('--no-regexp-tier-up');
  const source = readFileSync(BUNDLE, 'utf8');
  return new Script(`(function (${WRAPPER.join(', ')}) {${source}\n})`, { filename: BUNDLE_URL.href, cachedData });
}

function run(script: Script): Bundle {
  const module = { exports: {} as Bundle };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, fileURLToPath(new URL('.', BUNDLE_URL)), BUNDLE_URL.href);
  return module.exports;
}

function readCache(): Buffer | undefined {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

/** The bundle, compiled from the code cache when V8 accepts it. */
export function loadBundle(): Bundle {
  return run(compile(readCache()));
}

/** Whether this build has a code cache and this Node's V8 accepts it (for the tests). */
export function codeCacheAccepted(): boolean {
  const cachedData = readCache();
  return cachedData !== undefined && !compile(cachedData).cachedDataRejected;
}

/**
 * Makes the code cache (`npm run build:cli`): runs the CLI with `argv` (a sample page; its output goes
 * wherever this process's does), then saves every function V8 compiled on the way. Returns the cache's size.
 */
export async function writeCodeCache(argv: string[][]): Promise<number> {
  const script = compile(undefined);
  const bundle = run(script);
  for (const args of argv) await bundle.main(args);
  const data = script.createCachedData();
  writeFileSync(CACHE, data);
  return data.length;
}
