import { execFileSync } from 'node:child_process';
import type { Report } from '../../../src/types';

/** Runs the real command line, as a user would, and returns its JSON report. */
export function cliReport(file: string, url?: string): Report {
  const args = ['bin/sourcelight.mjs', 'analyze', '--json', ...(url ? ['--url', url] : []), file];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as Report;
}
