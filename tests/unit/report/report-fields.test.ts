import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../../src/analyze';
import { declaredUrl, parseHtml } from '../../../src/cli/dom';

// Issue 20 through the real command line and on real pages.

function cliJson(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/sourcelight.mjs', 'analyze', '--json', ...args], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe('sourcelight analyze --json', () => {
  test('reports the genre, what decided it, the coverage and the standing', () => {
    const report = cliJson('tests/fixtures/kursk-pushback.html');
    expect(report.genre).toBe('news');
    expect(typeof report.genreReason).toBe('string');
    expect(report.coverage).toMatchObject({ share: 1, leftOut: [], note: 'Checked: the whole article.' });
    expect(report.coverage.checkedChars).toBe(report.text.replace(/\s+/g, ' ').trim().length);
    expect(report.summary.standing).toEqual({ betterThan: expect.any(Number), of: expect.any(Number) });
  });

  test('an opinion page of the corpus says so', () => {
    const report = cliJson('tests/fixtures/extraction/html/e4c6a3b482403a8f60190ba27248cd52b250b86f5d4a8a10edcf7062c64fc3f5.html.gz');
    expect(report.genre).toBe('opinion');
    expect(report.genreReason).toBe('the page files it under “Opinion”');
    expect(report.summary.reasons[0]).toMatch(/^Opinion: the writer’s own views are expected here/);
  });
});

test('“Order Reprints” and “Subscribe” in a real article are furniture, not links to sources', () => {
  const html = readFileSync('tests/fixtures/news/nytimes-4/source.html', 'utf8');
  const url = declaredUrl(html);
  const report = analyzeDocument(parseHtml(html, url), { url, disposable: true });
  const byText = (text: string) => report.links.find((l) => l.text.trim() === text);
  expect(byText('Order Reprints')).toMatchObject({ external: true, furniture: true });
  expect(byText('Subscribe')).toMatchObject({ furniture: true });
  expect(report.summary.externalLinks).toBe(report.links.filter((l) => l.external && !l.furniture).length);
});
