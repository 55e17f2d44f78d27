import { analyzeDocument } from '../../src/analyze';
import { anchorSentences, readPageText } from '../../src/anchor';
import { NoArticleError, type Report } from '../../src/types';
import type { HighlightedLabel } from '../lib/highlights';

export interface PageAnalysis {
  report: Report;
  /** One entry per report sentence: its Range in the live page, or null if it was not found. */
  ranges: (Range | null)[];
  /** Ranges grouped by the label they are highlighted under. */
  byLabel: Map<HighlightedLabel, Range[]>;
}

export type AnalysisOutcome =
  | { status: 'analyzed'; analysis: PageAnalysis }
  | { status: 'no-article'; reason: string }
  | { status: 'error'; message: string };

/** Runs the engine on the live page (Readability works on a clone) and anchors every sentence. */
export function analyzePage(doc: Document): AnalysisOutcome {
  try {
    const report = analyzeDocument(doc, { url: doc.location?.href ?? '' });
    const ranges = doc.body ? anchorSentences(readPageText(doc.body), report.sentences.map((s) => s.text)) : [];
    const byLabel = new Map<HighlightedLabel, Range[]>();
    report.sentences.forEach((sentence, i) => {
      const range = ranges[i];
      if (!range || sentence.label === 'neutral') return;
      const list = byLabel.get(sentence.label) ?? [];
      list.push(range);
      byLabel.set(sentence.label, list);
    });
    return { status: 'analyzed', analysis: { report, ranges, byLabel } };
  } catch (error) {
    if (error instanceof NoArticleError) return { status: 'no-article', reason: error.message };
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
