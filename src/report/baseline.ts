import type { Standing } from '../types';
import baseline from './baseline.json';

// Where an article's score stands among the English articles of the project's corpora, scored by this
// engine (`npm run baseline` writes baseline.json; docs/GRADE.md says how). A letter alone has no
// reference point: "D" reads as a failure even where most wire stories score the same.

export interface Baseline {
  /** What was scored and when, for the README and docs. */
  corpus: string;
  generated: string;
  /** Every graded article's score, ascending. */
  scores: number[];
  grades: Record<string, number>;
  percentiles: Record<string, number>;
  /** Articles the engine did not grade (no article found, no claims, a listing), by reason. */
  ungraded: Record<string, number>;
}

const table = baseline as Baseline;

/** The share of the baseline's graded articles that score lower than `score`, in whole percent. */
export function standingOf(score: number, scores: number[] = table.scores): Standing | undefined {
  if (!scores.length) return undefined;
  // Counted, not filtered into a copy: asked once per report.
  let lower = 0;
  for (const s of scores) if (s < score) lower++;
  return { betterThan: Math.round((100 * lower) / scores.length), of: scores.length };
}
