import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { carriedOutside, carriedOutsideByQuery, findArticleFocus, focusDocument, focusedBodyHtml } from '../../../src/extract/focus';
import { extractArticle } from '../../../src/extract';
import { fixture, page } from './helpers';

const SENTENCE = 'The council voted on Tuesday to close the bridge for repairs, officials said. ';
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>${i}. ${SENTENCE.repeat(2)}</p>`).join('');
const NAV = `<nav class="site-nav"><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;
const RAIL = `<aside class="rail"><h2>Most read</h2>${Array.from({ length: 12 }, (_, i) => `<div class="card"><a href="/t${i}">Teaser ${i}</a></div>`).join('')}</aside>`;
const FOOTER = '<footer><p>Copyright 2025 The Daily Example. All rights reserved worldwide.</p></footer>';

describe('findArticleFocus: the region holding the article', () => {
  test('the element holding the paragraphs, widened to its parent; navigation, rail and footer are outside', () => {
    const doc = page(`<body>${NAV}<main id="main"><div class="story"><h1>Bridge closes</h1><div id="body">${paragraphs(8)}</div></div>${RAIL}</main>${FOOTER}</body>`);
    const focus = findArticleFocus(doc)!;
    // #body holds the text; one level up is .story, which also holds the headline.
    expect(focus.className).toBe('story');
    expect(focus.contains(doc.querySelector('nav'))).toBe(false);
    expect(focus.contains(doc.querySelector('aside'))).toBe(false);
    expect(focus.contains(doc.querySelector('footer'))).toBe(false);
  });

  test('a headline in a header beside the text’s container is taken in', () => {
    const doc = page(`<body>${NAV}<div id="page"><header class="article-header"><h1>Bridge closes</h1></header><div class="wrap"><div class="inner"><div id="body">${paragraphs(8)}</div></div></div></div>${FOOTER}</body>`);
    const focus = findArticleFocus(doc)!;
    expect(focus.id).toBe('page');
    expect(focus.contains(doc.querySelector('h1'))).toBe(true);
  });

  test('a headline that would widen the focus to the whole body (a logo in <h1>) is left out', () => {
    const doc = page(`<body><h1 class="logo">The Daily Example</h1>${NAV}<main><div class="wrap"><div id="body">${paragraphs(8)}</div></div></main></body>`);
    expect(findArticleFocus(doc)?.className).toBe('wrap');
  });

  test('paragraphs in the footer, navigation, asides, forms or hidden text do not count', () => {
    const longFooter = `<footer>${paragraphs(3)}</footer><form class="newsletter">${paragraphs(1)}</form><div hidden>${paragraphs(1)}</div>`;
    const doc = page(`<body>${NAV}<main><div class="story"><div id="body">${paragraphs(6)}</div></div></main>${longFooter}</body>`);
    // Counting them, the story would hold 6 of 11 paragraphs, too few to be sure of.
    expect(findArticleFocus(doc)?.className).toBe('story');
  });

  test('text hidden by a framework class (a cookie notice, a collapsed comment section) does not count', () => {
    const hidden = `<div class="cookie_notice hidden">${paragraphs(2)}</div><div class="comments hide">${paragraphs(2)}</div>`;
    const doc = page(`<body>${hidden}<main><div class="story"><div id="body">${paragraphs(6)}</div></div></main></body>`);
    // Counting them, the story would hold 6 of 10 paragraphs, too few to be sure of.
    expect(findArticleFocus(doc)?.className).toBe('story');
  });

  test('a comment section does not count, however much of the paragraph text it holds', () => {
    const story = `<div class="story"><div class="story-text">${SENTENCE.repeat(3)}<br><br>${SENTENCE.repeat(3)}</div></div>`;
    const comments = `<section id="comments"><ol>${Array.from({ length: 8 }, (_, i) => `<li class="comment"><p>${i}. ${SENTENCE.repeat(2)}</p></li>`).join('')}</ol></section>`;
    const doc = page(`<body>${NAV}<div id="page">${story}${comments}</div>${FOOTER}</body>`);
    // Counting the comments, the focus would be the comment section, and the story cut away.
    const focus = findArticleFocus(doc);
    expect(focus === null || focus.contains(doc.querySelector('.story-text'))).toBe(true);
    // An <article> is the article whatever its class says.
    const article = page(`<body>${NAV}<main><article class="post has-comments"><div id="body">${paragraphs(8)}</div></article></main></body>`);
    expect(findArticleFocus(article)?.tagName).toBe('ARTICLE');
  });

  test('no focus when the paragraphs are spread out (no element holds most of them) or too few', () => {
    const columns = page(`<body><div class="a">${paragraphs(3)}</div><div class="b">${paragraphs(3)}</div><div class="c">${paragraphs(3)}</div></body>`);
    expect(findArticleFocus(columns)).toBeNull();
    const brief = page(`<body>${NAV}<main><div><p>${SENTENCE}</p></div></main></body>`);
    expect(findArticleFocus(brief)).toBeNull();
  });
});

describe.each([
  ['a walk', carriedOutside],
  ['selector queries', carriedOutsideByQuery],
])('what is carried from outside the focus, found by %s', (_, carriedOutside) => {
  test('metadata left in the body, and the first byline with its side of the focus', () => {
    const doc = page(
      `<body><div class="top"><title>Bridge closes - Daily Example</title><span class="byline">By Ann Writer</span></div>${NAV}<main><div class="wrap"><div id="body">${paragraphs(8)}</div></div></main>${FOOTER}</body>`,
    );
    const focus = findArticleFocus(doc)!;
    const carry = carriedOutside(doc, focus);
    expect(carry.metadata.map((el) => el.tagName)).toEqual(['TITLE']);
    expect(carry.byline?.textContent).toBe('By Ann Writer');
  });

  test('a hidden byline, a commenter’s name or a comment form’s "author" field is not the byline', () => {
    const doc = page(
      `<body><div style="display:none"><span class="byline">By Hidden</span></div><span class="author" hidden>Also hidden</span><main><div class="wrap"><div id="body">${paragraphs(8)}</div></div></main>` +
        `<ol class="comment-list"><li><span class="fn author">Vera</span> says: nice</li></ol><form><p class="form-author"><label>Name *</label></p></form></body>`,
    );
    expect(carriedOutside(doc, findArticleFocus(doc)!).byline).toBeNull();
  });

  test('metadata inside the carried byline stays in it, in the serialised page as in the page cut in place', () => {
    const html = `<body><p class="byline">By <span itemprop="author">Ann Writer</span><meta itemprop="dateModified" content="2025-03-14"></p>${NAV}<main><div class="wrap"><div id="body">${paragraphs(8)}</div></div></main></body>`;
    const serialized = page(html);
    const focus = findArticleFocus(serialized)!;
    const carry = carriedOutside(serialized, focus);
    expect(carry.metadata).toEqual([]);
    const inPlace = page(html);
    focusDocument(inPlace);
    expect(inPlace.body.outerHTML).toBe(focusedBodyHtml(serialized.body, focus, carry));
    expect(inPlace.head.querySelector('meta')).toBeNull();
  });

  test('the first byline before the focus, at any depth beside its ancestors; none after it', () => {
    // Bylines beside the focus's ancestors at three depths, the outer one inside a wrapper that is itself
    // a candidate (first in document order, ahead of the names inside it), and one after the focus.
    const doc = page(
      `<body><header><div class="author-box"><span class="byline">By Ann Writer</span></div></header><div class="page">` +
        `<span class="byline">By Second Writer</span><main><p class="dateline">LONDON, March 14</p><div class="wrap"><div id="body">${paragraphs(8)}</div></div>` +
        `<span class="byline">By After</span></main></div></body>`,
    );
    const focus = findArticleFocus(doc)!;
    expect(focus.className).toBe('wrap');
    expect(carriedOutside(doc, focus).byline?.className).toBe('author-box');
    doc.querySelector('header')!.remove();
    expect(carriedOutside(doc, focus).byline?.textContent).toBe('By Second Writer');
    doc.querySelector('.page > .byline')!.remove();
    expect(carriedOutside(doc, focus).byline?.textContent).toBe('LONDON, March 14');
    doc.querySelector('.dateline')!.remove();
    expect(carriedOutside(doc, focus).byline).toBeNull();
  });

  test('a byline inside the focus needs no carrying', () => {
    const doc = page(`<body>${NAV}<main><div class="wrap"><p class="byline">By Ann Writer</p><div id="body">${paragraphs(8)}</div></div></main></body>`);
    expect(carriedOutside(doc, findArticleFocus(doc)!).byline).toBeNull();
  });
});

// The content script finds the carried elements with selector queries (native in a browser), Node
// with a walk (selector engines written in script are slower than it): both must carry the same.
// jsdom, whose selector engine supports what the queries use as a browser's does.
describe('the two ways of finding what is carried agree on every fixture page', () => {
  const pages = [
    ...readdirSync(new URL('../../fixtures/', import.meta.url)).filter((f) => f.endsWith('.html')),
    // News pages with a byline (guardian-1) or metadata (herald-sun-1, tmz-1) outside the focus. The
    // others agree too (checked in Chromium), but jsdom takes seconds to parse each.
    ...['guardian-1', 'herald-sun-1', 'tmz-1'].map((name) => `news/${name}/source.html`),
  ];
  test.each(pages)('%s', (path) => {
    // Style sheets cut: jsdom would parse them, for seconds per page, and neither way reads them.
    const doc = new JSDOM(fixture(path).replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')).window.document;
    const focus = findArticleFocus(doc);
    if (!focus) return;
    const walked = carriedOutside(doc, focus);
    const queried = carriedOutsideByQuery(doc, focus);
    expect(queried.byline).toBe(walked.byline);
    expect(queried.metadata).toEqual(walked.metadata);
  });
});

describe('the focused page', () => {
  const HTML = `<body class="site"><div class="top"><span class="byline">By Ann Writer</span></div>${NAV}<main data-x="1"><div class="wrap"><h1>Bridge closes</h1><div id="body">${paragraphs(8)}</div></div>${RAIL}</main>${FOOTER}</body>`;

  test('serialised (content script) and cut in place (CLI) are the same page', () => {
    const serialized = page(HTML);
    const focus = findArticleFocus(serialized)!;
    const html = focusedBodyHtml(serialized.body, focus, carriedOutside(serialized, focus));
    const inPlace = page(HTML);
    expect(focusDocument(inPlace)).toBe(true);
    expect(inPlace.body.outerHTML).toBe(html);
    // The ancestors keep their tags and attributes, which Readability's scoring reads.
    expect(html).toMatch(/^<body class="site"><span class="byline">By Ann Writer<\/span><main data-x="1"><div class="wrap"><h1>/);
    expect(html).not.toContain('Most read');
    expect(html).not.toContain('Section 1');
  });

  test('the extraction of a focused page keeps the article, its title and its byline', () => {
    const article = extractArticle(page(`<head><title>Bridge closes</title></head>${HTML}`));
    expect(article.byline).toBe('By Ann Writer');
    expect(article.title).toBe('Bridge closes');
    expect(article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(8);
    expect(article.blocks.some((b) => /Teaser|Section/.test(b.text))).toBe(false);
  });

  test('a page with no focus is left as it is', () => {
    const doc = page(`<body>${NAV}<p>${SENTENCE}</p></body>`);
    const before = doc.body.outerHTML;
    expect(focusDocument(doc)).toBe(false);
    expect(doc.body.outerHTML).toBe(before);
  });
});
