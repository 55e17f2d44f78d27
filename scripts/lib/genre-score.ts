// Scores for the kind of article (npm run eval:genre): per-kind precision and recall, and the agreement
// of two editors (raw, and Cohen's kappa: the agreement beyond what their own label shares would give
// by chance, https://en.wikipedia.org/wiki/Cohen%27s_kappa).
import type { Genre } from '../../src/types';

export interface GenrePair {
  gold: Genre;
  predicted: Genre;
}

export interface KindScore {
  /** NaN when nothing was guessed as this kind. */
  precision: number;
  /** NaN when no page is of this kind. */
  recall: number;
  f1: number;
  support: number;
  predicted: number;
}

export function kindScores(pairs: GenrePair[], kinds: Genre[]): Record<Genre, KindScore> {
  const out = {} as Record<Genre, KindScore>;
  for (const k of kinds) {
    const support = pairs.filter((p) => p.gold === k).length;
    const predicted = pairs.filter((p) => p.predicted === k).length;
    const tp = pairs.filter((p) => p.gold === k && p.predicted === k).length;
    const precision = predicted ? tp / predicted : NaN;
    const recall = support ? tp / support : NaN;
    const f1 = tp ? (2 * precision * recall) / (precision + recall) : 0;
    out[k] = { precision, recall, f1, support, predicted };
  }
  return out;
}

/** How often two labelings agree (`gold` one editor, `predicted` the other), raw and beyond chance. */
export function agreement(pairs: GenrePair[], kinds: Genre[]): { pages: number; raw: number; kappa: number } {
  const n = pairs.length;
  if (!n) return { pages: 0, raw: NaN, kappa: NaN };
  const raw = pairs.filter((p) => p.gold === p.predicted).length / n;
  const chance = kinds.reduce((sum, k) => sum + (pairs.filter((p) => p.gold === k).length / n) * (pairs.filter((p) => p.predicted === k).length / n), 0);
  // Both editors giving one kind to every page: agreement is perfect and kappa undefined; call it 1.
  const kappa = chance === 1 ? 1 : (raw - chance) / (1 - chance);
  return { pages: n, raw, kappa };
}
