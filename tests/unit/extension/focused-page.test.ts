import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { serializePage } from '../../../extension/content/serialize';
import { analyzeHtml, parsePage } from '../../../extension/lib/engine';
import { analyzeDocument } from '../../../src/analyze';
import { parseHtml } from '../../../src/cli/dom';
import { anchorSentences, matchTextNodesSteps, readPageText, spansFromAnchors, type SentenceSpan } from '../../../src/anchor';

// The content script sends the engine only the article's region of a page (src/extract/focus.ts); the
// CLI focuses the whole parsed page itself. Both must come to the same report, or the extension and
// `sourcelight analyze` would disagree about the same page.
const FIXTURES = join(import.meta.dirname, '../../fixtures');

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
/** A span as comparable data: the index of each end's text node in the document, and the offsets. */
const textNodeIndexes = new WeakMap<Document, Map<Node, number>>();
function where(span: SentenceSpan | null): number[] | null {
  if (!span) return null;
  const doc = span.startContainer.ownerDocument;
  let indexes = textNodeIndexes.get(doc);
  if (!indexes) {
    indexes = new Map();
    const walker = doc.createTreeWalker(doc, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) indexes.set(node, indexes.size);
    textNodeIndexes.set(doc, indexes);
  }
  return [indexes.get(span.startContainer)!, span.startOffset, indexes.get(span.endContainer)!, span.endOffset];
}
const PAGES = ['kursk-pushback.html', 'kursk-summary.html', 'news/bbc-1/source.html', 'news/nytimes-1/source.html', 'news/telegraph/source.html', 'news/guardian-1/source.html'];

describe('the focused page the content script sends gives the CLI’s report', () => {
  test.each(PAGES)('%s', (path) => {
    const html = readFileSync(join(FIXTURES, path), 'utf8');
    const url = `https://news.example/${path}`;
    const viaCli = analyzeDocument(parseHtml(html, url), { url, disposable: true });
    const live = new DOMParser().parseFromString(html, 'text/html');
    const serialized = serializePage(live);
    // The focus really cut something: these pages all have navigation or rails around the article.
    expect(serialized.textRoot).not.toBe(live.body);
    expect(serialized.html.length).toBeLessThan(0.95 * live.documentElement.outerHTML.length);
    // Sent as serialised: the engine's page cuts scripts, style sheets, SVG contents and comments itself.
    const viaEngine = analyzeHtml(serialized.html, url, serialized.textSpan!);
    expect(viaEngine.status).toBe('analyzed');
    if (viaEngine.status !== 'analyzed') return;
    expect(viaEngine.report).toEqual(viaCli);
    // The engine also found the sentences in the focus's HTML: placed on the live focus, they are
    // exactly where reading and searching the live focus finds them.
    const sentences = viaEngine.report.sentences.map((s) => s.text);
    const nodes = drain(matchTextNodesSteps(serialized.textRoot!, viaEngine.anchors!.lengths));
    const placed = spansFromAnchors(nodes!, viaEngine.anchors!, sentences);
    const searched = anchorSentences(readPageText(serialized.textRoot!), sentences);
    expect(placed!.map(where)).toEqual(searched.map(where));
    expect(searched.filter(Boolean).length).toBeGreaterThan(0.9 * sentences.length);
    // Two full analyses of a news page in jsdom: seconds each on a loaded two-core machine (speed is
    // measured by `npm run bench`, not here).
  }, 30_000);
});

describe('the engine’s page cuts the markup it never reads', () => {
  test('scripts, style sheets, comments and SVG contents of the HTML it is sent are gone before it parses', () => {
    const html =
      '<!DOCTYPE html><html><head><title>T</title></head><body><article><p>Officials said <!-- -->the plan works.</p>' +
      '<script>document.write("<p>Sources say it fails.</p>")</script><style>p { color: red }</style>' +
      '<svg viewBox="0 0 1 1"><path d="M0 0"/><text>icon</text></svg>' +
      '<script type="application/ld+json">{"headline": "T"}</script></article></body></html>';
    const doc = parsePage(html, 'https://news.example/a');
    expect(doc.querySelectorAll('script:not([type="application/ld+json"]), style, svg *')).toHaveLength(0);
    expect(doc.querySelectorAll('script[type="application/ld+json"], svg')).toHaveLength(2);
    expect(doc.querySelector('p')!.childNodes).toHaveLength(1);
    expect(doc.body.textContent).not.toContain('Sources say');
    expect(doc.querySelector('base')!.getAttribute('href')).toBe('https://news.example/a');
  });
});
