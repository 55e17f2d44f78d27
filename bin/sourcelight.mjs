#!/usr/bin/env node
// The command line, compiled to JavaScript by `npm run build:cli` (run by `npm ci` through prepare):
// no TypeScript compiler at run time.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.mjs', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('sourcelight: the command line is not built yet: run `npm run build:cli` (or `npm ci`) first.\n');
  process.exit(2);
}
const { main: run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
