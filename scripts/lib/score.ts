// Precision, recall and F1 per label and for the "flagged" set (anonymous, vague and unsourced).
import type { Label } from '../../src/types';

export const LABELS: Label[] = ['named', 'anonymous', 'vague', 'unsourced', 'neutral'];
const FLAGGED = new Set<Label>(['anonymous', 'vague', 'unsourced']);
const WEAK = new Set<Label>(['anonymous', 'vague']);

export interface Pair {
  gold: Label;
  predicted: Label;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
  predicted: number;
}

function prf(pairs: Pair[], isGold: (p: Pair) => boolean, isPredicted: (p: Pair) => boolean): Prf {
  let tp = 0;
  let gold = 0;
  let predicted = 0;
  for (const p of pairs) {
    const g = isGold(p);
    const q = isPredicted(p);
    if (g) gold++;
    if (q) predicted++;
    if (g && q) tp++;
  }
  const precision = predicted ? tp / predicted : gold ? 0 : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: gold, predicted };
}

export interface Scores {
  sentences: number;
  accuracy: number;
  flagged: Prf;
  /** Anonymous and vague together: the attributions that hide who speaks. */
  weak: Prf;
  labels: Record<Label, Prf>;
}

export function score(pairs: Pair[]): Scores {
  const labels = Object.fromEntries(
    LABELS.map((l) => [l, prf(pairs, (p) => p.gold === l, (p) => p.predicted === l)]),
  ) as Record<Label, Prf>;
  return {
    sentences: pairs.length,
    accuracy: pairs.length ? pairs.filter((p) => p.gold === p.predicted).length / pairs.length : 0,
    flagged: prf(pairs, (p) => FLAGGED.has(p.gold), (p) => FLAGGED.has(p.predicted)),
    weak: prf(pairs, (p) => WEAK.has(p.gold), (p) => WEAK.has(p.predicted)),
    labels,
  };
}

const f = (n: number) => n.toFixed(2);

export function formatScores(name: string, s: Scores): string {
  const rows = [`${name}: ${s.sentences} sentences, accuracy ${f(s.accuracy)}`];
  const line = (label: string, p: Prf) =>
    `  ${label.padEnd(10)} P ${f(p.precision)}  R ${f(p.recall)}  F1 ${f(p.f1)}  (gold ${p.support}, ours ${p.predicted})`;
  rows.push(line('flagged', s.flagged));
  rows.push(line('weak', s.weak));
  for (const l of LABELS) rows.push(line(l, s.labels[l]));
  return rows.join('\n');
}

/** Cohen's kappa of two raters' labels on the same items. */
export function cohensKappa(pairs: [Label, Label][]): number {
  if (!pairs.length) return 0;
  const n = pairs.length;
  const observed = pairs.filter(([x, y]) => x === y).length / n;
  const expected = LABELS.reduce((sum, l) => {
    const px = pairs.filter(([x]) => x === l).length / n;
    const py = pairs.filter(([, y]) => y === l).length / n;
    return sum + px * py;
  }, 0);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}
