import { analyzeDocument } from '../../src/analyze';
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

/** Runs the engine on the live page (Readability works on a clone) and anchors every sentence. */
export function analyzePage(doc: Document): AnalysisOutcome {
  try {
    const report = analyzeDocument(doc, { url: doc.location?.href ?? '' });
    const spans = doc.body ? anchorSentences(readPageText(doc.body), report.sentences.map((s) => s.text)) : [];
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
