#!/usr/bin/env node
// The command line, compiled to JavaScript by `npm run build:cli` (run by `npm ci` through prepare):
// no TypeScript compiler at run time.
import { existsSync } from 'node:fs';

const loader = new URL('../dist/cli/load.mjs', import.meta.url);
if (!existsSync(loader) || !existsSync(new URL('../dist/cli/sourcelight.cjs', import.meta.url))) {
  process.stderr.write('sourcelight: the command line is not built yet: run `npm run build:cli` (or `npm ci`) first.\n');
  process.exit(2);
}
const { loadBundle } = await import(loader.href);
process.exitCode = await loadBundle().main(process.argv.slice(2));
