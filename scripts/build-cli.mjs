// Compiles the command line to plain JavaScript (dist/cli/), so that `sourcelight` starts without a
// TypeScript compiler: `npm run build:cli`, run by `npm ci` (prepare), `npm run demo` and the tests.
// Packages stay in node_modules (not bundled): the output is the engine's own code, a few hundred KB.
// The main entry and the worker of `--jobs` share their code through one chunk (ESM splitting).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist/cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
