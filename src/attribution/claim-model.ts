// The learned half of the claim decision (claims.ts): a logistic regression over the rules' evidence,
// the writer's own words (quotations masked) and where the sentence stands in the article. Trained on
// the development part of the labeled corpus by `npm run train` (scripts/train.ts); the weights are
// data in claim-model.json, read at build time. Nothing is fetched or learned at run time.
//
// Why a model here: whether a sentence without a source is a checkable claim or the writer's
// narration, explanation or scene-setting depends on many weak cues at once (tense, first words,
// people's names, numbers, hedges), and rules tuned on a few pages did not carry to new outlets.
import model from './claim-model.json';

/** The rules' evidence (claims.ts): their summed score, what fired, and the words for the reason. */
export interface ClaimSignals {
  score: number;
  flags: string[];
  pros: string[];
  cons: string[];
}

/** Where the sentence stands: in the article's first block, last blocks, alone in its block. */
export interface ClaimPlace {
  first: boolean;
  closing: boolean;
  alone: boolean;
  /** Index of the sentence in its block. */
  index: number;
  /** The share of the article's paragraphs in which the writer speaks in person (article-voice.ts). */
  voice: number;
}

export const NO_PLACE: ClaimPlace = { first: false, closing: false, alone: false, index: 1, voice: 0 };

/** Receives every sentence's features: how the training script reads them (never set in the product). */
export type ClaimTap = (features: Map<string, number>) => void;

interface ClaimModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

const MODEL = model as ClaimModel;
const WEIGHTS = new Map(Object.entries(MODEL.weights));

// Words: letters only, lower case; names are folded into one feature so the model learns "a name is
// here" rather than which names appeared in its training pages.
const WORD = /[\p{L}][\p{L}'’-]*/gu;
const CAPITALISED = /^\p{Lu}/u;

/** CAPITALISED.test(word), asked of every word: ASCII by its code, any other first letter by the pattern. */
function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITALISED.test(word);
}

/** A word as a feature's name: lower case, with a typographic apostrophe made straight. */
const featureWord = (word: string) => {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};

/** The features of one sentence, by name (value 1 for a present cue unless said otherwise). */
export function claimFeatures(text: string, signals: ClaimSignals, place: ClaimPlace): Map<string, number> {
  const f = new Map<string, number>();
  f.set('rule:score', Math.max(-3, Math.min(5, signals.score)) / 3);
  f.set(signals.score > 0 ? 'rule:claim' : 'rule:not-claim', 1);
  for (const flag of signals.flags) f.set(`rule:${flag}`, 1);
  const words = text.match(WORD) ?? [];
  const n = words.length;
  f.set(n <= 6 ? 'len:short' : n <= 14 ? 'len:medium' : n <= 30 ? 'len:long' : 'len:very-long', 1);
  let names = 0;
  words.forEach((w, i) => {
    if (i > 0 && isCapitalised(w)) names++;
    else f.set(`w:${featureWord(w)}`, 1);
  });
  if (words[0]) f.set(`first:${featureWord(words[0])}`, 1);
  f.set(names === 0 ? 'names:0' : names <= 2 ? 'names:1-2' : 'names:3+', 1);
  if (/\d/.test(text)) f.set('digit', 1);
  if (/^[\p{Lu}\s,.'’-]{4,}\s*[—–-]/u.test(text)) f.set('dateline', 1);
  if (/:\s*$/.test(text)) f.set('ends-colon', 1);
  if (place.first) f.set('place:first-block', 1);
  if (place.closing) f.set('place:closing-blocks', 1);
  if (place.alone) f.set('place:alone', 1);
  if (place.index === 0) f.set('place:opens-block', 1);
  f.set(place.voice < 0.1 ? 'voice:reporting' : place.voice < 0.3 ? 'voice:mixed' : 'voice:personal', 1);
  return f;
}

/** The model's probability that a sentence with these features is a checkable claim. */
export function claimProbability(features: Map<string, number>): number {
  let z = MODEL.bias;
  // forEach, not for...of: no [name, value] pair made per feature (the same order, so the same sum).
  features.forEach((value, name) => {
    z += (WEIGHTS.get(name) ?? 0) * value;
  });
  return 1 / (1 + Math.exp(-z));
}

export const isClaim = (features: Map<string, number>): boolean => claimProbability(features) >= MODEL.threshold;
