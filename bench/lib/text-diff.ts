// Paragraph-level differences between an extraction and its ground truth, to see what a rule should
// have removed (kept but not in the truth) or should not have (in the truth but lost).
import { shingles, tokenize } from './shingle-metric';

export interface DiffLine {
  text: string;
  /** Share of the paragraph's shingles that the other side lacks (1 = entirely extra/missing). */
  unmatched: number;
}

function paragraphs(text: string): string[] {
  return text.split(/\n+/).map((s) => s.trim()).filter(Boolean);
}

function unmatchedParagraphs(side: string, other: string, threshold: number): DiffLine[] {
  const pool = shingles(other);
  const joined = ` ${tokenize(other).join(' ')} `;
  const out: DiffLine[] = [];
  for (const para of paragraphs(side)) {
    const tokens = tokenize(para);
    if (tokens.length === 0) continue;
    if (tokens.length < 4) {
      // Too short for a 4-token shingle: look for the words in order instead.
      if (!joined.includes(` ${tokens.join(' ')} `) && threshold <= 1) out.push({ text: para, unmatched: 1 });
      continue;
    }
    const own = shingles(para);
    let total = 0;
    let missing = 0;
    for (const [key, count] of own) {
      total += count;
      const have = pool.get(key) ?? 0;
      missing += Math.max(0, count - have);
    }
    const unmatched = total ? missing / total : 0;
    if (unmatched >= threshold) out.push({ text: para, unmatched });
  }
  return out;
}

/** Paragraphs of `prediction` mostly absent from `truth` (extra), and of `truth` mostly absent from `prediction` (lost). */
export function paragraphDiff(truth: string, prediction: string, threshold = 0.5): { extra: DiffLine[]; lost: DiffLine[] } {
  return {
    extra: unmatchedParagraphs(prediction, truth, threshold),
    lost: unmatchedParagraphs(truth, prediction, threshold),
  };
}
