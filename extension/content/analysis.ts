import { analyzeArticle } from '../../src/analyze';
import { extractArticle } from '../../src/extract';
import { requireReasonableSize } from '../../src/limits';
import { anchorSentences, readPageText, type SentenceSpan } from '../../src/anchor';
import { NoArticleError, type NoReportReason, type Report } from '../../src/types';
import type { HighlightedLabel } from '../lib/highlights';

export interface PageAnalysis {
  report: Report;
  /** One entry per report sentence: where it is in the live page, or null if it was not found. */
  spans: (SentenceSpan | null)[];
  /** Static ranges (cheap to hold and paint) grouped by the label they are highlighted under. */
  byLabel: Map<HighlightedLabel, StaticRange[]>;
}

export type AnalysisOutcome =
  | { status: 'analyzed'; analysis: PageAnalysis }
  | { status: 'no-article'; kind: NoReportReason; reason: string }
  | { status: 'error'; message: string };

/**
 * Gives the page's own work (input, rendering) a turn between the phases of an analysis, so that the
 * longest task the reader can feel is one phase, not all of them.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs the engine on the live page (Readability works on a clone) and anchors every sentence, in
 * phases: extraction, classification, reading the page's text, anchoring.
 */
export async function analyzePage(doc: Document): Promise<AnalysisOutcome> {
  try {
    requireReasonableSize(doc);
    const article = extractArticle(doc, { url: doc.location?.href ?? '', liveDocument: true });
    await yieldToPage();
    const report = analyzeArticle(article);
    await yieldToPage();
    const pageText = doc.body ? readPageText(doc.body) : null;
    await yieldToPage();
    const spans = pageText ? anchorSentences(pageText, report.sentences.map((s) => s.text)) : [];
    const byLabel = new Map<HighlightedLabel, StaticRange[]>();
    report.sentences.forEach((sentence, i) => {
      const span = spans[i];
      if (!span || sentence.label === 'neutral') return;
      const list = byLabel.get(sentence.label) ?? [];
      list.push(new StaticRange(span));
      byLabel.set(sentence.label, list);
    });
    return { status: 'analyzed', analysis: { report, spans, byLabel } };
  } catch (error) {
    if (error instanceof NoArticleError) return { status: 'no-article', kind: error.reason, reason: error.message };
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
