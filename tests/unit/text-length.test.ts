import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { collapsedTextLength, textLength } from '../../src/page/text-length';
import { collapseWhitespace, collapsedLength } from '../../src/text/normalize';
import { stripElements } from '../../src/extract/boilerplate';
import { MAX_PAGE_CHARS, requireReasonableSize } from '../../src/limits';

// The page watcher (extension/content/watch.ts) and the engine's size limit (src/limits.ts) measure a
// page's text by summing its text nodes' lengths instead of copying the whole text: the sum must be
// the length of that copy, inline scripts, style sheets and nested elements included, comments not,
// in the browser's DOM (jsdom here) and in the command line's (linkedom). Extraction counts the
// article's collapsed text the same way (src/extract/boilerplate.ts, src/report/coverage.ts).
const FIXTURES = join(import.meta.dirname, '../fixtures');
const PAGES = ['kursk-pushback.html', 'news/yahoo-3/source.html', 'news/nytimes-4/source.html'];

test.each(PAGES)('the text length of %s is its body’s textContent length (jsdom)', (path) => {
  const doc = new JSDOM(readFileSync(join(FIXTURES, path), 'utf8')).window.document;
  expect(textLength(doc.body)).toBe(doc.body.textContent!.length);
});

test.each(PAGES)('the text length of %s is its body’s textContent length (linkedom)', (path) => {
  const { document } = parseHTML(readFileSync(join(FIXTURES, path), 'utf8'));
  expect(textLength(document.body)).toBe(document.body.textContent!.length);
});

test('scripts and styles count, comments do not', () => {
  const doc = new JSDOM('<body><p>one <b>two</b></p><!-- not text --><script>var three;</script><style>p{}</style></body>').window.document;
  expect(textLength(doc.body)).toBe('one two'.length + 'var three;'.length + 'p{}'.length);
  expect(textLength(doc.body)).toBe(doc.body.textContent!.length);
});

test('the size limit counts the text without copying it', () => {
  // Over the limit only in sum: many paragraphs, none of them large.
  const paragraph = `<p>${'x'.repeat(99_999)}</p>`;
  const doc = new JSDOM(`<body>${paragraph.repeat(MAX_PAGE_CHARS / 99_999 + 1)}</body>`).window.document;
  // Reading the body's (or any element's) whole text is what this measure is there to avoid.
  Object.defineProperty(doc.body, 'textContent', { get: () => expect.unreachable('body.textContent was read') });
  expect(() => requireReasonableSize(doc)).toThrow(/too large to analyse \(3\.1 million characters/);
});

test.each(PAGES)('the collapsed text length of %s is that of its body’s collapsed textContent', (path) => {
  const doc = new JSDOM(readFileSync(join(FIXTURES, path), 'utf8')).window.document;
  expect(collapsedTextLength(doc.body)).toBe(collapseWhitespace(doc.body.textContent!).length);
  expect(collapsedLength(doc.body.textContent!)).toBe(collapseWhitespace(doc.body.textContent!).length);
});

test('white space is collapsed across text nodes and trimmed at both ends, as collapseWhitespace does', () => {
  const doc = new JSDOM('<body> \n<p> one\u00a0 <b> two</b> </p>\u2028<p>three\u3000\ufeff</p> </body>').window.document;
  expect(collapseWhitespace(doc.body.textContent!)).toBe('one two three');
  expect(collapsedTextLength(doc.body)).toBe('one two three'.length);
  for (const text of ['', '   ', ' a ', 'a  b', '\t\na\u2029b\u202f', 'x\u200ay']) expect(collapsedLength(text), JSON.stringify(text)).toBe(collapseWhitespace(text).length);
});

test('the boilerplate pass measures the article root without copying its text', () => {
  const doc = new JSDOM(`<body><div id="root"><p>${'Words of the story. '.repeat(50)}</p><div class="newsletter-signup">Sign up for our newsletter</div></div></body>`).window.document;
  const root = doc.getElementById('root')!;
  Object.defineProperty(root, 'textContent', { get: () => expect.unreachable('the root’s textContent was read') });
  expect(stripElements(root).map((b) => b.text)).toEqual(['Sign up for our newsletter']);
});
