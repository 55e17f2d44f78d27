import { describe, expect, test } from 'vitest';
import { elementToBlocks } from '../../../src/extract/blocks';
import { pageParagraphs } from '../../../src/extract/missed';
import { withoutOtherStories } from '../../../src/extract/other-stories';
import { page } from './helpers';

const prose = (n: number) => `Paragraph ${n} of the story says what the council decided on Tuesday and why it matters to the town.`;
const story = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `<p>${prose(from + i)}</p>`).join('');
const blurb = (n: number) => `Blurb ${n}: a different story about the weather, the schools and the football club, told in one line.`;
const teaser = (n: number) => `<article class="card"><h3><a href="/other-${n}">Other story ${n}</a></h3><p>${blurb(n)}</p></article>`;

/** Readability's output simulated as everything under `keptSelector`. */
function run(html: string, keptSelector = 'main') {
  const doc = page(`<body>${html}</body>`);
  const paragraphs = pageParagraphs(doc.body, doc.URL);
  const kept = Array.from(doc.querySelectorAll(keptSelector)).flatMap((el) => elementToBlocks(el));
  return withoutOtherStories(kept, paragraphs).map((b) => b.text);
}

describe('withoutOtherStories: teaser cards Readability kept beside the story', () => {
  test('blurbs of teaser cards (an <article> with a linked headline and a line of prose) go', () => {
    const texts = run(`<main><article class="story">${story(1, 6)}</article><section>${teaser(1)}${teaser(2)}</section></main>`);
    expect(texts).toEqual([1, 2, 3, 4, 5, 6].map(prose));
  });

  test('an <article> with more than a blurb stays: one story split over several <article>s', () => {
    const texts = run(`<main><article>${story(1, 6)}</article><article><h3><a href="/part-2">Part two</a></h3>${story(7, 10)}</article></main>`);
    expect(texts).toContain(prose(10));
  });

  test('an <article> without a linked headline stays (a box of the story, not a teaser)', () => {
    const texts = run(`<main><article>${story(1, 6)}</article><article><h3>Background</h3><p>${blurb(1)}</p></article></main>`);
    expect(texts).toContain(blurb(1));
  });

  test('text outside every <article>, and a wrapper <article> around the story, are left alone', () => {
    const texts = run(`<main><article class="page"><article class="story">${story(1, 6)}</article><p>${blurb(9)}</p></article><div><p>${blurb(8)}</p></div></main>`);
    expect(texts).toContain(blurb(8));
    expect(texts).toContain(blurb(9));
  });

  test('with no <article> holding most of the kept prose, nothing is dropped', () => {
    const texts = run(`<main><article>${story(1, 2)}</article><article>${story(3, 4)}</article>${teaser(1)}</main>`);
    expect(texts).toContain(blurb(1));
  });
});
