import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine (src/, but for the command line in src/cli) runs in the page, in the extension's engine
// page and in Firefox's event page, where Node's globals do not exist: a stray `process.env` check
// left from debugging made every analysis in Firefox fail with "process is not defined".
const ROOT = join(__dirname, '../..');
const NODE_ONLY = /\bprocess\.|\brequire\(|from 'node:|\b__dirname\b|\bBuffer\./;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path.endsWith(join('src', 'cli')) ? [] : sources(path);
    return /\.ts$/.test(e.name) ? [path] : [];
  });
}

describe('the engine uses no Node-only globals or modules', () => {
  it('outside src/cli', () => {
    const offenders = sources(join(ROOT, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(ROOT, file)}:${i + 1}` }))
        .filter(({ line }) => NODE_ONLY.test(line.replace(/\/\/.*$/, '')))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
