import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { preparePageSteps, serializePage, UNREAD_HEAD_ELEMENTS } from '../../../extension/content/serialize';
import { carriedOutsideByQuery, findArticleFocus, focusedBodyHtml, shellAround } from '../../../src/extract/focus';
import { withoutUnreadMarkup } from '../../../src/extract/page-html';

// The content script serialises the page in pieces, a task at a time (extension/content/serialize.ts).
// What it sends must be exactly what one `outerHTML` of the same region gives, but for the contents of
// the scripts and style sheets that the engine's cut drops whole (src/extract/page-html.ts): the
// engine's report, and so what the reader sees, must depend neither on where the pieces were cut nor
// on what was left out. (The engine's page cuts the markup it never reads:
// tests/unit/extension/focused-page.test.ts.)
const FIXTURES = join(import.meta.dirname, '../../fixtures');
const PAGES = [
  ...readdirSync(FIXTURES).filter((name) => name.endsWith('.html')),
  ...readdirSync(join(FIXTURES, 'news'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `news/${entry.name}/source.html`),
];

/** The page as the content script serialised it before: one `outerHTML` of the focus. */
function serializedAtOnce(doc: Document, focus = findArticleFocus(doc)): string {
  const root = doc.documentElement;
  let head = Array.from(doc.head.children, (el) => (el.matches(UNREAD_HEAD_ELEMENTS) ? '' : el.outerHTML)).join('');
  let body = doc.body.outerHTML;
  if (focus) {
    const carry = carriedOutsideByQuery(doc, focus);
    head += carry.metadata.map((el) => el.outerHTML).join('');
    body = focusedBodyHtml(doc.body, focus, carry);
  }
  return `<!DOCTYPE html>${shellAround(root, `<head>${head}</head>${body}`)}`;
}

/**
 * Empties, in place, the scripts and style sheets under `root` that the engine's cut drops (every
 * script but JSON-LD ones, written here as a selector, not with the cut's own pattern).
 */
function emptyDroppedScripts(root: Element): number {
  const dropped = Array.from(root.querySelectorAll('script:not([type="application/ld+json" i]), style')).filter((el) => el.firstChild);
  for (const el of dropped) el.replaceChildren();
  return dropped.length;
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

describe('the page serialised in pieces is the page serialised at once, the scripts’ contents left out', () => {
  test.each(PAGES)('%s', (path) => {
    const doc = parse(readFileSync(join(FIXTURES, path), 'utf8'));
    const focus = findArticleFocus(doc);
    const whole = serializedAtOnce(doc, focus);
    // With the default pieces, and with every element taken apart that can be (the most boundaries).
    const sent = [undefined, { maxDescendants: 0 }].map((options) => ({ ...prepared(doc, options), serialized: serializePage(doc, options?.maxDescendants).html }));
    // What the engine reads once its cut has run is the same as when the whole page was sent.
    for (const { html, serialized } of sent) {
      expect(serialized).toBe(html);
      expect(withoutUnreadMarkup(html)).toBe(withoutUnreadMarkup(whole));
    }
    // And the HTML sent is the region's outerHTML with exactly those scripts and style sheets empty.
    const textRoot = focus ?? doc.body;
    emptyDroppedScripts(textRoot);
    const atOnce = serializedAtOnce(doc, focus);
    for (const step of sent) {
      expect(step.html).toBe(atOnce);
      expect(step.serializedChars).toBe(atOnce.length);
      expect(step.textRoot).toBe(textRoot);
      // The engine's page anchors the sentences in the text root's own HTML, found by this span.
      expect(step.textSpan).not.toBeNull();
      expect(step.html.slice(...step.textSpan!)).toBe(textRoot.outerHTML);
    }
  }, 30_000);

  test('the fixture pages do hold scripts that are left out', () => {
    const emptied = PAGES.filter((path) => {
      const doc = parse(readFileSync(join(FIXTURES, path), 'utf8'));
      return emptyDroppedScripts(findArticleFocus(doc) ?? doc.body) > 0;
    });
    expect(emptied.length).toBeGreaterThan(10);
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
    expect(withoutUnreadMarkup(sent.html)).toBe(withoutUnreadMarkup(serializedAtOnce(doc)));
    // The script's contents are left out, its tags kept; the JSON-LD script and the head's title stay whole.
    expect(sent.html).toContain('<script></script><script type="application/ld+json">{"a": 1}</script>');
    expect(sent.html).not.toContain('var x');
    emptyDroppedScripts(doc.body);
    expect(sent.html).toBe(serializedAtOnce(doc));
    expect(sent.steps).toBeGreaterThan(10);
  });

  test('a script beside text keeps the two sides apart; one inside a paragraph splits only that paragraph', () => {
    const paragraph = (n: number) => `<p>Paragraph ${n} of an article long enough to be one, as the focus search wants its paragraphs to be.</p>`;
    const doc = parse(
      `<html><head><title>T</title></head><body><nav>menu<script>nav()</script></nav><main><article>${paragraph(1)}` +
        `<p>before<script>track("a")</script>after <style>p { color: red }</style><b>bold</b></p>${paragraph(2)}${paragraph(3)}${paragraph(4)}${paragraph(5)}${paragraph(6)}</article>` +
        `<script type="application/ld+json">{"@type": "NewsArticle"}</script><script type="module">run()</script></main></body></html>`,
    );
    const sent = prepared(doc);
    expect(sent.textRoot?.tagName).toBe('MAIN');
    expect(sent.html).toContain('<p>before<script></script>after <style></style><b>bold</b></p>');
    expect(sent.html).toContain('<script type="application/ld+json">{"@type": "NewsArticle"}</script><script type="module"></script>');
    expect(sent.html).not.toMatch(/track|color: red|run\(\)|nav\(\)/);
    // Parsed again, the text root has the live page's text nodes, the scripts' own aside.
    const reparsed = parse(sent.html.slice(...sent.textSpan!)).body.firstElementChild!;
    const texts = (root: Element) => Array.from(root.querySelectorAll('p'), (p) => Array.from(p.childNodes, (n) => (n.nodeType === 3 ? n.nodeValue : n.nodeName)).join('|'));
    expect(texts(reparsed)).toEqual(texts(sent.textRoot!));
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
