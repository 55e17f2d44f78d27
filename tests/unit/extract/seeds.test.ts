import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/extract';
import { blocksToText } from '../../../src/extract/blocks';
import { declaredUrl } from '../../../src/cli/dom';
import { scorePage } from '../../../bench/lib/shingle-metric';
import { fixture, page } from './helpers';

// The seed pages are the ones the browser test runs on: the extraction must give their expected text,
// and none of the furniture around it (share bar, newsletter box, "Read More" rail of teasers).
const SEEDS = ['kursk-pushback', 'kursk-mobilization', 'kursk-summary'];

function extract(name: string) {
  const html = fixture(`${name}.html`);
  return extractArticle(page(html, declaredUrl(html)), { url: declaredUrl(html) });
}

describe.each(SEEDS)('%s', (name) => {
  test('matches the expected text with shingle F1 >= 0.99', () => {
    const text = blocksToText(extract(name).blocks);
    const s = scorePage(fixture(`${name}.expected.txt`), text);
    const f1 = (2 * s.precision! * s.recall!) / (s.precision! + s.recall!);
    expect(f1).toBeGreaterThanOrEqual(0.99);
  });

  test('what it removed has a kind and text, and none of it is in the expected text', () => {
    const expected = fixture(`${name}.expected.txt`);
    for (const b of extract(name).boilerplate) {
      expect(b.kind).toMatch(/^[a-z]+$/);
      expect(b.text.length).toBeGreaterThan(0);
      if (b.text.length > 40) expect(expected).not.toContain(b.text);
    }
  });
});

test('no "Read More" teaser of kursk-pushback survives', () => {
  const html = fixture('kursk-pushback.html');
  const text = blocksToText(extract('kursk-pushback').blocks);
  expect(text).not.toMatch(/read more/i);
  // Every teaser headline of the rail, taken from the page itself.
  const teasers = [...html.matchAll(/<h3><a [^>]*>([^<]+)<\/a><\/h3>/g)].map((m) => m[1]);
  expect(teasers.length).toBeGreaterThan(3);
  for (const teaser of teasers) expect(text).not.toContain(teaser.replace(/&amp;/g, '&'));
  expect(text).not.toContain('Image Credits');
});
