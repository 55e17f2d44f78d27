// Compiles the command line to plain JavaScript (dist/cli/), so that `sourcelight` starts without a
// TypeScript compiler: `npm run build:cli`, run by `npm ci` (prepare), `npm run demo` and the tests.
// Everything is bundled, packages included: one file to load instead of hundreds of modules to
// resolve and read cuts the CPU time of a one-page run from 0.79 s to 0.50 s (measured on the 2-core
// dev VM under load, median of 7).
//
//   dist/cli/sourcelight.cjs        the engine and the CLI, one CommonJS-style script
//   dist/cli/sourcelight.cjs.cache  V8's code cache of it, made by running it once on a sample page
//   dist/cli/load.mjs               loads the script with its cache (src/cli/load.ts), for bin/
//   dist/cli/worker.mjs             a --jobs worker's entry: the same loader
//
// The script is not an ES module because Node 20 keeps no code cache for those; src/cli/load.ts says why
// the cache is worth it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { linkedomPatches } from './lib/linkedom-patches.mjs';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist/cli');
// A short news page, to run every step of `analyze` and `extract` once while the cache is made.
const SAMPLE_PAGE = join(root, 'tests/fixtures/kursk-pushback.html');

const common = { absWorkingDir: root, outdir, bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };
rmSync(outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { sourcelight: 'src/cli/bundle.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // The loader hands the bundle its own address (src/cli/load.ts), for the worker's file beside it.
  define: { 'import.meta.url': '__bundleUrl' },
  plugins: [linkedomPatches],
});
await build({
  ...common,
  entryPoints: { load: 'src/cli/load.ts', worker: 'src/cli/worker-entry.ts' },
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  splitting: true,
});

// The cache is made in a process of its own, which runs the sample page with its output discarded.
const make = `import { writeCodeCache } from ${JSON.stringify(join(outdir, 'load.mjs'))};
const argv = [['analyze', ${JSON.stringify(SAMPLE_PAGE)}], ['extract', '--json', ${JSON.stringify(SAMPLE_PAGE)}]];
process.stderr.write(String(await writeCodeCache(argv)));`;
const made = spawnSync(process.execPath, ['--input-type=module', '-e', make], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
if (made.status !== 0 || !(Number(made.stderr) > 0)) throw new Error(`build-cli: the code cache was not made: ${made.stderr}`);
