import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { analyzeHtml } from '../../../extension/lib/engine';
import { hintFullCollection, LONG_PAGE_CHARS } from '../../../extension/lib/engine-memory';

// A long page's analysis asks for a full collection after extraction and before anchoring, by
// allocating and dropping a 64 MB array buffer (engine-memory.ts); a news page's does not. Whether the
// collection runs, and what it frees, is the browser's affair: `npm run bench:memory-steps` shows it.
const HINT_BYTES = 64 * 2 ** 20;
const realArrayBuffer = globalThis.ArrayBuffer;
afterEach(() => {
  globalThis.ArrayBuffer = realArrayBuffer;
});

/** Counts the hint buffers allocated while `run` runs (or makes their allocation fail). */
function hints(run: () => void, fail = false): number {
  let count = 0;
  globalThis.ArrayBuffer = new Proxy(realArrayBuffer, {
    construct(target, args: [number]) {
      if (args[0] === HINT_BYTES) {
        count++;
        if (fail) throw new RangeError('Array buffer allocation failed');
      }
      return new target(...args);
    },
  });
  try {
    run();
  } finally {
    globalThis.ArrayBuffer = realArrayBuffer;
  }
  return count;
}

const page = readFileSync(join(import.meta.dirname, '../../fixtures/kursk-pushback.html'), 'utf8');
// The same article made long by a comment, which the engine cuts before parsing.
const long = page.replace(/<body[^>]*>/, (body) => `${body}<!-- ${'padding '.repeat(LONG_PAGE_CHARS / 8)} -->`);

describe('collection hints', () => {
  test('a long page asks twice (after extraction, before anchoring), with the same outcome; a short one never', () => {
    expect(long.length).toBeGreaterThanOrEqual(LONG_PAGE_CHARS);
    let short: ReturnType<typeof analyzeHtml> | undefined;
    let longOutcome: ReturnType<typeof analyzeHtml> | undefined;
    expect(hints(() => (short = analyzeHtml(page, 'https://news.example/a', [0, page.length])))).toBe(0);
    expect(hints(() => (longOutcome = analyzeHtml(long, 'https://news.example/a', [0, long.length])))).toBe(2);
    if (short?.status !== 'analyzed' || longOutcome?.status !== 'analyzed') throw new Error('not analysed');
    expect(longOutcome.report.sentences).toEqual(short.report.sentences);
    // Without anchoring there is no second step to make room for.
    expect(hints(() => analyzeHtml(long, 'https://news.example/a'))).toBe(1);
  });

  test('a browser that cannot allocate the buffer still analyses the page', () => {
    expect(hints(() => hintFullCollection(), true)).toBe(1);
    let outcome: ReturnType<typeof analyzeHtml> | undefined;
    expect(hints(() => (outcome = analyzeHtml(long, 'https://news.example/a', [0, long.length])), true)).toBe(2);
    expect(outcome?.status).toBe('analyzed');
  });
});
