// The article-extraction benchmark's measure (scrapinghub/article-extraction-benchmark, README
// "Evaluation"), written afresh for this project:
//   - tokens are runs of word characters, Unicode letters and digits included (case kept);
//   - a text's shingles are its overlapping 4-token windows, counted as a multiset; a text of fewer
//     than 4 tokens has a single shorter shingle, an empty text none;
//   - per page, true/false positives and false negatives over the two multisets, normalised to sum 1
//     so long pages weigh no more than short ones;
//   - corpus precision = mean over pages with a non-empty prediction (an empty prediction has no
//     precision, as in the benchmark's evaluate.py, and scores recall 0); corpus recall = mean over
//     pages with a non-empty truth; F1 = harmonic mean of the two means.

const TOKEN = /[\p{L}\p{N}_]+/gu;
const N = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The multiset of 4-token shingles of `text`, keyed by the tokens joined with a space. */
export function shingles(text: string, n = N): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** undefined when the prediction is empty (no precision to speak of). */
  precision: number | undefined;
  /** undefined when the truth is empty. */
  recall: number | undefined;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const perfect = fp === 0 && fn === 0;
  return {
    tp,
    fp,
    fn,
    precision: tp + fp > 0 ? (perfect ? 1 : tp / (tp + fp)) : undefined,
    recall: tp + fn > 0 ? (perfect ? 1 : tp / (tp + fn)) : undefined,
  };
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
  /** Pages whose prediction was empty (excluded from the precision mean, recall 0). */
  empty: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const precision = mean(pages.flatMap((p) => (p.precision === undefined ? [] : [p.precision])));
  const recall = mean(pages.flatMap((p) => (p.recall === undefined ? [] : [p.recall])));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, pages: pages.length, empty: pages.filter((p) => p.precision === undefined).length };
}

/** Per-page F1 (0 for an empty prediction), to rank the worst pages. */
export function pageF1(s: PageScore): number {
  const p = s.precision ?? 0;
  const r = s.recall ?? 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
