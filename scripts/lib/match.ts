// Pairs our sentences with labeled sentences by text: exact after normalising white space, quotes
// and dashes; then a fuzzy fallback for sentences the extractor or splitter cut differently.

/** Folds the differences that do not change a sentence: white space, quote and dash styles, case. */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function words(text: string): string[] {
  return normalizeForMatch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the gold sentence's words that the candidate holds (bag of words, clipped counts). */
function coverage(gold: string[], candidate: string[]): number {
  if (gold.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const w of candidate) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of gold) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  return hit / gold.length;
}

export interface Match {
  /** Index of the matched predicted sentence, or -1. */
  predicted: number;
  how: 'exact' | 'fuzzy' | 'none';
}

/**
 * For each gold sentence, the predicted sentence it corresponds to. Exact matches first (each
 * predicted sentence used once); then each remaining gold sentence takes the predicted sentence,
 * near its expected position, that covers most of its words (at least 60% both ways, or a
 * predicted sentence that contains it whole, as when our splitter did not cut).
 */
export function matchSentences(gold: string[], predicted: string[]): Match[] {
  const byText = new Map<string, number[]>();
  predicted.forEach((p, i) => {
    const key = normalizeForMatch(p);
    const list = byText.get(key);
    if (list) list.push(i);
    else byText.set(key, [i]);
  });
  const used = new Set<number>();
  const matches: Match[] = gold.map((g) => {
    const list = byText.get(normalizeForMatch(g));
    const i = list?.find((j) => !used.has(j));
    if (i === undefined) return { predicted: -1, how: 'none' };
    used.add(i);
    return { predicted: i, how: 'exact' };
  });
  const predictedWords = predicted.map(words);
  gold.forEach((g, gi) => {
    if (matches[gi].how !== 'none') return;
    const gw = words(g);
    let best = -1;
    let bestScore = 0;
    predictedWords.forEach((pw, pi) => {
      const forward = coverage(gw, pw);
      const backward = coverage(pw, gw);
      // A sentence our splitter left joined to its neighbour contains the gold one whole.
      const score = forward >= 0.9 ? forward : Math.min(forward, backward);
      if (score > bestScore) {
        bestScore = score;
        best = pi;
      }
    });
    if (best >= 0 && bestScore >= 0.6) matches[gi] = { predicted: best, how: 'fuzzy' };
  });
  return matches;
}
