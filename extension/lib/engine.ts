import { analyzeArticle, extractPage, type ExtractedPage } from '../../src/analyze';
import { NoArticleError, type NoReportReason, type Report } from '../../src/types';
import { withoutUnreadMarkup } from '../../src/extract/page-html';
import { anchorsInHtml, type TextAnchors } from '../../src/anchor';
import type { TextSpan } from './engine-port';
import { hintFullCollection, LONG_PAGE_CHARS } from './engine-memory';

// The engine's home in the extension: a page of our own (Chrome's offscreen document, Firefox's
// event page), not the reader's page. The content script sends the page's HTML; here it is parsed
// with DOMParser into a document that runs no script and loads nothing, and analysed. The reader's
// page keeps its main thread: its only costs are serialising its DOM and placing the highlights, whose
// positions the engine finds too (`anchors`, src/anchor.ts).

/** What the engine answers for one page. */
export type EngineOutcome = (
  | { status: 'analyzed'; report: Report; anchors?: TextAnchors }
  | { status: 'no-article'; kind: NoReportReason; reason: string }
  | { status: 'error'; message: string }
) &
  EngineTiming;

/** When the engine started on a page and for how long it worked, for the test flavor's phases. */
export interface EngineTiming {
  /** Its parse and analysis, in ms. */
  engineMs: number;
  /** When it started, in ms since the epoch (performance.timeOrigin-based, comparable across pages). */
  engineStartedAt: number;
  /** Of engineMs: finding the sentences in the text root's HTML (absent: not asked, or it failed). */
  anchorMs?: number;
}

/**
 * Parses a page's HTML as the engine sees it. The content script has already reduced it to the article's
 * region (src/extract/focus.ts); its scripts, style sheets, SVG contents, comments and indentation are
 * cut here, off the reader's main thread, as the CLI cuts them before parsing (src/extract/page-html.ts).
 * Relative links must resolve against the page, not against this extension page, so a `<base>` with
 * the page's address is added unless the page has one.
 */
export function parsePage(html: string, url: string): Document {
  const doc = new DOMParser().parseFromString(withoutUnreadMarkup(html), 'text/html');
  if (url && !doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return doc;
}

/**
 * The article of a page's HTML. Its parsed document is referenced from nowhere once this returns:
 * classifying a long article churns through memory, and the document (with Readability's working
 * copies, tens of MB for a 1 MB article) can then be collected in the middle of it instead of adding
 * to its peak (`npm run bench -- --only memory`).
 */
function extractFromHtml(html: string, url: string): ExtractedPage {
  return extractPage(parsePage(html, url), { url, disposable: true, focused: true });
}

/**
 * Where the report's sentences are in the text root's HTML (`html.slice(...text)`, the outer HTML of
 * the element whose text the content script will highlight), or undefined if that cannot be told: the
 * content script then finds them itself. Parsed apart from the page the engine analysed: that one had
 * its unread markup cut (comments, scripts), which joins and shortens text nodes.
 */
function anchorsOf(html: string, text: TextSpan, report: Report): TextAnchors | undefined {
  if (text[1] > html.length) return undefined;
  try {
    return anchorsInHtml(document, html.slice(text[0], text[1]), report.sentences.map((s) => s.text));
  } catch {
    return undefined;
  }
}

/**
 * Runs the whole engine on a page's HTML, and with `text` (where the text root's HTML is in it) finds
 * the sentences for the content script too. Never throws: failures become outcomes.
 */
export function analyzeHtml(html: string, url: string, text?: TextSpan): EngineOutcome {
  const started = performance.now();
  const timing = (): EngineTiming => ({ engineMs: performance.now() - started, engineStartedAt: performance.timeOrigin + started });
  try {
    // A long page's parsed document, and then the classification's leftovers, are freed before the
    // next step adds to them (engine-memory.ts).
    const long = html.length >= LONG_PAGE_CHARS;
    const { article, page } = extractFromHtml(html, url);
    if (long) hintFullCollection();
    const report = analyzeArticle(article, page);
    if (!text) return { status: 'analyzed', report, ...timing() };
    if (long) hintFullCollection();
    const anchoring = performance.now();
    const anchors = anchorsOf(html, text, report);
    const anchorMs = performance.now() - anchoring;
    return { status: 'analyzed', report, ...(anchors ? { anchors } : {}), ...timing(), anchorMs };
  } catch (error) {
    if (error instanceof NoArticleError) return { status: 'no-article', kind: error.reason, reason: error.message, ...timing() };
    return { status: 'error', message: error instanceof Error ? error.message : String(error), ...timing() };
  }
}
