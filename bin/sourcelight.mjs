#!/usr/bin/env node
// The command line runs the engine's TypeScript directly through tsx: no build step, never stale.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
