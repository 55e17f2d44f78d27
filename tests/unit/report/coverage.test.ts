import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../../src/analyze';
import { declaredUrl, parseHtml } from '../../../src/cli/dom';
import { findStories } from '../../../src/page/stories';
import { measureCoverage } from '../../../src/report/coverage';
import { NoArticleError } from '../../../src/types';

const para = (topic: string, n: number) =>
  `<p>${topic} officials said on Monday that the plan, number ${n}, would go ahead as announced, with work to begin next spring and finish within two years.</p>`;
const story = (topic: string) => `<article><h2>${topic} plan approved</h2>${para(topic, 1)}${para(topic, 2)}${para(topic, 3)}</article>`;
const teaser = (topic: string) => `<article><h3><a href="/x">${topic} in brief</a></h3><p>A line.</p></article>`;

describe('the stories of a page', () => {
  test('separate <article>s with a headline and paragraphs are stories; teaser cards are not', () => {
    const doc = parseHtml(`<body><main>${story('Harbour')}${story('Rail')}${story('School')}</main><aside>${teaser('Weather')}${teaser('Sport')}</aside></body>`, 'https://news.example/briefing');
    expect(findStories(doc).map((s) => s.headline)).toEqual(['Harbour plan approved', 'Rail plan approved', 'School plan approved']);
  });

  test('an <article> around all the stories is not one more story', () => {
    const doc = parseHtml(`<body><article><h1>Morning briefing</h1>${story('Harbour')}${story('Rail')}</article></body>`, 'https://news.example/briefing');
    expect(findStories(doc)).toHaveLength(2);
  });

  test('paragraphs are measured without copying their text; only the first one\'s opening is read', () => {
    const doc = parseHtml(`<body>${story('Harbour')}${story('Rail')}</body>`, 'https://news.example/briefing');
    const paragraphs = Array.from(doc.querySelectorAll('article')).flatMap((a) => Array.from(a.querySelectorAll('p')).slice(1));
    for (const p of paragraphs) Object.defineProperty(p, 'textContent', { get: () => expect.unreachable('a paragraph’s whole text was copied') });
    const text = (topic: string) => [1, 2, 3].map((n) => para(topic, n).replace(/<\/?p>/g, ''));
    expect(findStories(doc).map((s) => [s.opening, s.chars])).toEqual(
      ['Harbour', 'Rail'].map((topic) => [text(topic)[0].slice(0, 60), text(topic).reduce((n, t) => n + t.length, 0)]),
    );
  });

  test('coverage says which story was checked and what was left out', () => {
    const doc = parseHtml(`<body>${story('Harbour')}${story('Rail')}${story('School')}${story('Bridge')}${story('Park')}</body>`, 'https://news.example/briefing');
    const stories = findStories(doc);
    const onlyFirst = measureCoverage('Harbour plan approved\n\n' + doc.querySelector('article')!.textContent!, [], stories);
    expect(onlyFirst.stories).toEqual({ checked: [1], total: 5 });
    expect(onlyFirst.note).toBe('Checked: story 1 of 5; the 4 other stories on the page were left out.');
    expect(onlyFirst.leftOut).toEqual([{ reason: 'other-stories', count: 4, chars: expect.any(Number) }]);
    expect(onlyFirst.share).toBeGreaterThan(0.15);
    expect(onlyFirst.share).toBeLessThan(0.25);
  });

  test('a page of five stories in the engine: genre newsletter and a coverage that counts five', () => {
    const html = `<html><head><title>Morning briefing</title></head><body><main>${['Harbour', 'Rail', 'School', 'Bridge', 'Park'].map(story).join('')}</main></body></html>`;
    const report = analyzeDocument(parseHtml(html, 'https://news.example/briefing/today'), { url: 'https://news.example/briefing/today', disposable: true });
    expect(report.genre).toBe('newsletter');
    expect(report.coverage.stories?.total).toBe(5);
    expect(report.coverage.note).toMatch(/^Checked: (all 5 stories on the page|stor(y|ies) [\d, ]+ of 5)/);
  });

  test('reader comments set aside by the extractor count as left out', () => {
    const c = measureCoverage('An article of forty characters, or so.', [{ kind: 'comments', text: 'I disagree with every word of this piece.' }], []);
    expect(c.leftOut).toEqual([{ reason: 'comments', count: 1, chars: 41 }]);
    expect(c.note).toBe('Checked: the whole article. Reader comments were left out.');
  });
});

describe('a page whose body had not loaded', () => {
  test('placeholders where the text should be: no article, and the reader is told what was found', () => {
    // tests/fixtures/genre/README.md: a real article page with its paragraphs replaced by skeleton lines.
    const html = readFileSync('tests/fixtures/genre/body-not-loaded.html', 'utf8');
    const url = declaredUrl(html);
    const run = () => analyzeDocument(parseHtml(html, url), { url, disposable: true });
    expect(run).toThrow(NoArticleError);
    expect(run).toThrow(/only the caption and the author’s note were found; the article’s text had not loaded/);
  });

  test('a loaded article with a few placeholders (lazy images, ad slots) is analysed', () => {
    const html = `<html><body><article><h1>Harbour plan approved</h1>${para('Harbour', 1)}${para('Harbour', 2)}${para('Harbour', 3)}<div class="skeleton"></div><div class="ad-placeholder"></div><div aria-busy="true"></div></article></body></html>`;
    const report = analyzeDocument(parseHtml(html, 'https://news.example/a/harbour-plan-approved'), { url: 'https://news.example/a/harbour-plan-approved', disposable: true });
    expect(report.sentences.length).toBeGreaterThan(0);
  });
});
