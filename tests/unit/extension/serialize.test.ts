import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { preparePageSteps, serializePage, UNREAD_HEAD_ELEMENTS } from '../../../extension/content/serialize';
import { carriedOutsideByQuery, findArticleFocus, focusedBodyHtml, shellAround } from '../../../src/extract/focus';

// The content script serialises the page in pieces, a task at a time (extension/content/serialize.ts).
// What it sends must be exactly what one `outerHTML` of the same region gives: the engine's report, and
// so what the reader sees, must not depend on where the pieces were cut. (The engine's page cuts the
// markup it never reads: tests/unit/extension/focused-page.test.ts.)
const FIXTURES = join(import.meta.dirname, '../../fixtures');
const PAGES = [
  ...readdirSync(FIXTURES).filter((name) => name.endsWith('.html')),
  ...readdirSync(join(FIXTURES, 'news'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `news/${entry.name}/source.html`),
];

/** The page as the content script serialised it before: one `outerHTML` of the focus. */
function serializedAtOnce(doc: Document): string {
  const root = doc.documentElement;
  let head = Array.from(doc.head.children, (el) => (el.matches(UNREAD_HEAD_ELEMENTS) ? '' : el.outerHTML)).join('');
  const focus = findArticleFocus(doc);
  let body = doc.body.outerHTML;
  if (focus) {
    const carry = carriedOutsideByQuery(doc, focus);
    head += carry.metadata.map((el) => el.outerHTML).join('');
    body = focusedBodyHtml(doc.body, focus, carry);
  }
  return `<!DOCTYPE html>${shellAround(root, `<head>${head}</head>${body}`)}`;
}

function prepared(doc: Document, options?: { maxDescendants: number }) {
  const steps = preparePageSteps(doc, options);
  let count = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { ...step.value, steps: count };
    count++;
  }
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the page serialised in pieces is the page serialised at once', () => {
  test.each(PAGES)('%s', (path) => {
    const doc = parse(readFileSync(join(FIXTURES, path), 'utf8'));
    const atOnce = serializedAtOnce(doc);
    // With the default pieces, and with every element taken apart that can be (the most boundaries).
    for (const options of [undefined, { maxDescendants: 0 }]) {
      expect(serializePage(doc, options?.maxDescendants).html).toBe(atOnce);
      const sent = prepared(doc, options);
      expect(sent.html).toBe(atOnce);
      expect(sent.serializedChars).toBe(atOnce.length);
      expect(sent.textRoot).toBe(findArticleFocus(doc) ?? doc.body);
      // The engine's page anchors the sentences in the text root's own HTML, found by this span.
      expect(sent.textSpan).not.toBeNull();
      expect(sent.html.slice(...sent.textSpan!)).toBe(sent.textRoot!.outerHTML);
    }
  }, 30_000);

  test('text, comments and markup the engine’s cut treats specially, at piece boundaries', () => {
    const doc = parse(
      '<html lang="en"><head><title>T</title><style>p{}</style></head><body class="b">' +
        '<div id="a">fish &amp; chips\u00a0&lt;3 &gt; <!-- a comment -->  <p>one</p>\n    <p>two</p>' +
        '<pre>  kept\n    <b>as</b>\n    <i>written</i>  </pre><svg><g><path d="M0"/></g></svg>' +
        '<textarea>  <p>not markup</p>  </textarea><script>var x = "</p>";</script>' +
        '<script type="application/ld+json">{"a": 1}</script><p title="a < b">three</p></div></body></html>',
    );
    const div = doc.getElementById('a')!;
    // Two text nodes side by side, the second only white space: the cut keeps such a run whole.
    div.append(doc.createTextNode('tail'), doc.createTextNode('   '), doc.createElement('hr'));
    const sent = prepared(doc, { maxDescendants: 0 });
    expect(sent.html).toBe(serializedAtOnce(doc));
    expect(sent.steps).toBeGreaterThan(10);
  });
});

describe('a long article is serialised in many short steps', () => {
  test('a 300-paragraph article: a step per paragraph, the same HTML', () => {
    const paragraph = '<p>The minister said the plan would cost <a href="/x">£4bn</a> over five years, according to figures seen by reporters.</p>';
    const doc = parse(`<html><head><title>Long</title></head><body><nav><a href="/">Home</a></nav><article><h1>Long</h1><div>${paragraph.repeat(300)}</div></article></body></html>`);
    const sent = prepared(doc);
    expect(sent.steps).toBeGreaterThanOrEqual(300);
    expect(sent.html).toBe(serializedAtOnce(doc));
  });
});
