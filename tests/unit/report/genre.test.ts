import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../../src/analyze';
import { declaredUrl, parseHtml } from '../../../src/cli/dom';
import { readDeclarations } from '../../../src/page/declarations';
import { classifyGenre, declaredGenre, shapeOf } from '../../../src/report/genre';
import type { Block, Genre } from '../../../src/types';
import { englishCorpusPages } from '../../../scripts/lib/english-pages';

// Corpus pages whose kind is clear from the page itself, and what on the page says it (issue 20).
const CLEAR_PAGES: [string, Genre, string][] = [
  ['z-04a6711caa7c', 'opinion', 'article:section "Opinion", address /opinion/'],
  ['z-5fa3154ec031', 'opinion', 'article:section "Opinion", "The Guardian view on ..." (an editorial)'],
  ['z-87bf60570e6e', 'opinion', 'article:section "Opinion", address /opinion/'],
  ['z-e4c6a3b48240', 'opinion', 'article:section "Opinion", address /opinion/'],
  ['herald-sun-1', 'opinion', 'address /news/opinion/, a columnist’s byline'],
  ['z-1f765c487806', 'opinion', 'address /columnists/'],
  ['z-8634d1211c3f', 'opinion', 'headline "Column: ..."'],
  ['z-65bf3048b500', 'review', 'label "Review" above the headline, "... review: ..."'],
  ['z-63db31a161b3', 'review', 'headline "... review – ...", address "...-pc-review"'],
  ['z-5caf91b8a442', 'live', 'headline "The Latest: ..." with timed updates'],
  ['z-fde930b01859', 'newsletter', '"10 things in tech you need to know today", "subscribe to this newsletter": ten linked stories'],
  ['z-c81e134ed499', 'list', 'a high-school sports roundup: box scores and scorer lines'],
  ['z-82b6d780c792', 'news', 'an AP news story'],
  ['z-c7e39ac49fa1', 'news', 'schema.org ReportageNewsArticle'],
  ['z-57d46c9d751e', 'news', 'a Reuters markets story (NewsArticle)'],
  ['bbc-1', 'news', 'a BBC news story'],
];

const pages = new Map(englishCorpusPages().map((p) => [p.name, p]));

describe('the genre of corpus pages whose kind is clear from the page', () => {
  test.each(CLEAR_PAGES)('%s is %s (%s)', (name, genre) => {
    const page = pages.get(name)!;
    const html = page.html();
    const url = declaredUrl(html) || page.url;
    const report = analyzeDocument(parseHtml(html, url), { url, disposable: true });
    expect(report.genre).toBe(genre);
    expect(report.genreReason.length).toBeGreaterThan(10);
  }, 30_000);
});

test('the seed pages are news, checked whole', () => {
  for (const name of ['kursk-pushback', 'kursk-mobilization', 'kursk-summary']) {
    const html = readFileSync(`tests/fixtures/${name}.html`, 'utf8');
    const url = declaredUrl(html);
    const report = analyzeDocument(parseHtml(html, url), { url, disposable: true });
    expect(report.genre).toBe('news');
    expect(report.coverage).toMatchObject({ share: 1, leftOut: [], note: 'Checked: the whole article.' });
  }
}, 30_000);

const declared = (head: string, url = 'https://news.example/2024/05/a-story', body = '<h1>A headline</h1>') =>
  declaredGenre(readDeclarations(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, url), url));

describe('what the page declares', () => {
  test('schema.org types name the kind, in JSON-LD and in @graph', () => {
    expect(declared('<script type="application/ld+json">{"@type":"OpinionNewsArticle"}</script>')?.genre).toBe('opinion');
    expect(declared('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["AnalysisNewsArticle"]}]}</script>')?.genre).toBe('analysis');
    expect(declared('<script type="application/ld+json">{"@type":"LiveBlogPosting"}</script>')?.genre).toBe('live');
    expect(declared('<script type="application/ld+json">{"@type":"ReviewNewsArticle"}</script>')?.genre).toBe('review');
    // A fact check reviews a claim: it is news, not a review.
    expect(declared('<script type="application/ld+json">{"@type":"ClaimReview"}</script>')).toBeUndefined();
  });

  test('the section, the kicker, the title and the address', () => {
    expect(declared('<meta property="article:section" content="Commentary">')?.genre).toBe('opinion');
    expect(declared('<script type="application/ld+json">{"@type":"NewsArticle","articleSection":"ideas"}</script>')?.genre).toBe('opinion');
    expect(declared('', undefined, '<div><span>Analysis</span></div><h1>Why it matters</h1>')?.genre).toBe('analysis');
    expect(declared('', undefined, '<p>Analysis</p><h1>Why it matters</h1>')?.genre).toBe('analysis');
    expect(declared('', undefined, '<h1>Opinion: Why it matters</h1>')?.genre).toBe('opinion');
    expect(declared('', 'https://news.example/opinion/2024/05/why-it-matters')?.genre).toBe('opinion');
    expect(declared('', 'https://news.example/live/2024/05/election-night')?.genre).toBe('live');
    expect(declared('', 'https://news.example/games/new-console-review')?.genre).toBe('review');
    // A buying guide judges what it picks.
    expect(declared('', undefined, '<h1>Gift Guide: What to buy for the person who has everything</h1>')?.genre).toBe('review');
    expect(declared('', undefined, '<h1>The buyer’s guide to cordless drills</h1>')?.genre).toBe('review');
    // A page of the best deals announces prices; it judges nothing.
    expect(declared('', undefined, '<h1>The 10 best early deals on laptops</h1>')).toBeUndefined();
    expect(declared('', undefined, '<h1>Best Buy shares fall after weak holiday sales</h1>')).toBeUndefined();
  });

  test('a byline that names the kind before the writer', () => {
    expect(declared('<meta name="author" content="Analysis by Ann Lee, Editor-at-large">')?.genre).toBe('analysis');
    expect(declared('<meta name="author" content="Opinion by Ann Lee">')?.genre).toBe('opinion');
    expect(declared('<meta name="author" content="Ann Lee">')).toBeUndefined();
    expect(declared('<meta name="author" content="Photographs by Ann Lee">')).toBeUndefined();
  });

  test('words inside a story’s own slug or headline do not decide it', () => {
    expect(declared('', 'https://news.example/2024/05/court-review-of-the-merger-opinion-due')).toBeUndefined();
    expect(declared('', undefined, '<h1>Judge’s opinion on the merger is due</h1>')).toBeUndefined();
    expect(declared('<meta property="og:type" content="article"><meta property="article:section" content="Politics">')).toBeUndefined();
  });
});

const block = (text: string, links: Block['links'] = []): Block => ({ kind: 'paragraph', text, links });
const linkedHeadline = (headline: string, blurb: string): Block =>
  block(`${headline}. ${blurb}`, [{ href: `https://news.example/${headline.length}`, text: headline, start: 0, end: headline.length }]);

describe('the shape of the text', () => {
  test('linked headlines each with a blurb are a digest of stories', () => {
    const blocks = Array.from({ length: 5 }, (_, i) => linkedHeadline(`Story number ${i} makes the news today`, 'The company confirmed the move on Monday in a statement to investors.'));
    expect(shapeOf(blocks).stories).toBe(5);
    expect(classifyGenre(undefined, shapeOf(blocks)).genre).toBe('newsletter');
  });

  test('lines of scores are a listing; an article with a list of tour dates under it is not', () => {
    const scores = Array.from({ length: 14 }, (_, i) => block(`Team ${i} (${i}-1): Smith ${10 + i} points. Jones ${i + 3} points.`));
    expect(classifyGenre(undefined, shapeOf(scores)).genre).toBe('list');
    const prose = Array.from({ length: 8 }, () => block('The band announced on Tuesday that it would reunite next year for a tour of forty cities, its first in a decade, the promoter said.'));
    const dates = Array.from({ length: 14 }, (_, i) => block(`June ${i + 1} — Austin, Texas`));
    expect(classifyGenre(undefined, shapeOf([...prose, ...dates])).genre).toBe('news');
  });

  test('a writer who speaks in the first person in a third of the paragraphs or more argues their own take', () => {
    const report = 'The council voted on Tuesday to close the library branch, citing a budget shortfall of two million dollars.';
    const take = 'I have used that branch for twenty years, and my children learned to read there.';
    const column = [take, report, 'I think the council has its sums wrong.', report, 'My view is simple: keep it open.', report].map((t) => block(t));
    expect(classifyGenre(undefined, shapeOf(column))).toMatchObject({ genre: 'opinion', from: 'structure' });
    // The people a report quotes say "I"; its writer does not.
    // A long quotation runs over paragraphs, each opening with a quotation mark and only the last closing it.
    const quoted = [report, '“I have used that branch for twenty years,” said Ann Lee, a librarian.', report, '“I remember the day it opened.', '“My children learned to read there.', '“I still go every week.', '“I think the council is wrong,” she said.', report].map((t) => block(t));
    expect(classifyGenre(undefined, shapeOf(quoted)).genre).toBe('news');
    // Two lines in the first person do not make a short brief a column.
    expect(classifyGenre(undefined, shapeOf([take, take, report].map((t) => block(t)))).genre).toBe('news');
  });

  test('an interview’s answers are the interviewee’s words, not the writer’s voice', () => {
    const interview = ['The company named a new chief executive on Monday.', 'Q: How does it feel?', 'A: I am humbled, and my team is ready.', 'Q: What comes next?', 'A: I want to grow the business, and my first job is to listen.', 'A: I learned that in my last role.'].map((t) => block(t));
    expect(classifyGenre(undefined, shapeOf(interview)).genre).toBe('news');
  });

  test('several stories on the page make a newsletter; a declared kind wins over the shape', () => {
    expect(classifyGenre(undefined, shapeOf([]), 4).genre).toBe('newsletter');
    expect(classifyGenre({ genre: 'opinion', from: 'declared', evidence: 'x' }, shapeOf([]), 4).genre).toBe('opinion');
  });
});

test('a section front that declares og:type "article" is a listing, not graded (issue 20)', () => {
  // The front-page fixture, as a category page that declares itself an article.
  const html = readFileSync('tests/fixtures/no-article/home-page.html', 'utf8').replace('content="website"', 'content="article"').replace('href="https://daily.example/"', 'href="https://daily.example/world"');
  expect(html).toContain('<meta property="og:type" content="article">');
  const report = analyzeDocument(parseHtml(html, 'https://daily.example/world'), { url: 'https://daily.example/world', disposable: true });
  expect(report.genre).toBe('list');
  expect(report.summary.grade).toBe('–');
});
