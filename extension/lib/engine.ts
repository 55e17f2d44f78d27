import { analyzeArticle, extractPage, type ExtractedPage } from '../../src/analyze';
import { NoArticleError, type NoReportReason, type Report } from '../../src/types';
import { withoutUnreadMarkup } from '../../src/extract/page-html';

// The engine's home in the extension: a page of our own (Chrome's offscreen document, Firefox's
// event page), not the reader's page. The content script sends the page's HTML; here it is parsed
// with DOMParser into a document that runs no script and loads nothing, and analysed. The reader's
// page keeps its main thread: its only costs are serialising its DOM and anchoring the sentences.

/** What the engine answers for one page. */
export type EngineOutcome = (
  | { status: 'analyzed'; report: Report }
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

/** Runs the whole engine on a page's HTML. Never throws: failures become outcomes. */
export function analyzeHtml(html: string, url: string): EngineOutcome {
  const started = performance.now();
  const timing = (): EngineTiming => ({ engineMs: performance.now() - started, engineStartedAt: performance.timeOrigin + started });
  try {
    const { article, page } = extractFromHtml(html, url);
    const report = analyzeArticle(article, page);
    return { status: 'analyzed', report, ...timing() };
  } catch (error) {
    if (error instanceof NoArticleError) return { status: 'no-article', kind: error.reason, reason: error.message, ...timing() };
    return { status: 'error', message: error instanceof Error ? error.message : String(error), ...timing() };
  }
}
