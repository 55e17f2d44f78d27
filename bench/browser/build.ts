// The builds the browser sections measure. The shared .output/ folder is used when it is newer than
// every source file; otherwise the extension is built for this run into bench/results/build/ (WXT's
// own build with only `outDir` changed), so that the benchmark neither measures stale code nor
// rewrites .output/ under another engineer's running tests. A fresh shared build is copied there too,
// so a rebuild by someone else in the middle of the run cannot change what is being measured.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../lib/corpus';

export interface BuildInfo {
  /** The folder measured. */
  dir: string;
  how: 'copied from a fresh .output build' | 'built for this run';
  /** Why .output/ was not used, when it was not. */
  why?: string;
  seconds: number;
}

const SOURCES = ['src', 'extension', 'assets', 'wxt.config.ts', 'package.json', 'package-lock.json'];
export const BUILD_DIR = join(ROOT, 'bench/results/build');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), st.mtimeMs);
}

function one(flavor: 'chrome-mv3' | 'chrome-mv3-test', log: (line: string) => void): BuildInfo {
  const t0 = Date.now();
  const shared = join(ROOT, '.output', flavor);
  const target = join(BUILD_DIR, flavor);
  const newestSource = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  const manifest = join(shared, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  rmSync(target, { recursive: true, force: true });
  if (built > newestSource) {
    cpSync(shared, target, { recursive: true });
    return { dir: target, how: 'copied from a fresh .output build', seconds: (Date.now() - t0) / 1000 };
  }
  const why = built ? `.output/${flavor} is older than the sources` : `.output/${flavor} is missing`;
  log(`  build: ${why}; building ${flavor} into ${relative(ROOT, target)}…`);
  const mode = flavor.endsWith('-test') ? 'test' : 'production';
  const script = `import { build } from 'wxt'; await build({ mode: ${JSON.stringify(mode)}, outDir: ${JSON.stringify(BUILD_DIR)} });`;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`building ${flavor} failed:\n${stderr.slice(-3000)}`);
  }
  if (!existsSync(join(target, 'manifest.json'))) throw new Error(`building ${flavor} left no ${relative(ROOT, target)}/manifest.json`);
  return { dir: target, how: 'built for this run', why, seconds: (Date.now() - t0) / 1000 };
}

export function ensureBuild(options: { test: boolean; production: boolean; log: (line: string) => void }): { test?: BuildInfo; production?: BuildInfo } {
  return {
    ...(options.test ? { test: one('chrome-mv3-test', options.log) } : {}),
    ...(options.production ? { production: one('chrome-mv3', options.log) } : {}),
  };
}
