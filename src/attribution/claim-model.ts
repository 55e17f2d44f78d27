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
const WEIGHTS = new Map<string, number>();
/** A word feature's weight, and the serial number of the last sentence that counted it (ScoreSink). */
interface WordWeight {
  weight: number;
  countedIn: number;
}
// The weights of word features also by the word alone (ScoreSink looks a word up as it is read).
// One pass over the model's weights, at load: the command line builds these on every start.
const WORD_WEIGHTS = new Map<string, WordWeight>();
const FIRST_WEIGHTS = new Map<string, number>();
for (const name in MODEL.weights) {
  const weight = MODEL.weights[name];
  WEIGHTS.set(name, weight);
  if (name.startsWith('w:')) WORD_WEIGHTS.set(name.slice(2), { weight, countedIn: 0 });
  else if (name.startsWith('first:')) FIRST_WEIGHTS.set(name.slice(6), weight);
}

// Words: letters only, lower case; names are folded into one feature so the model learns "a name is
// here" rather than which names appeared in its training pages.
// (Each character is asked of an ASCII class before the property: the same characters, one per step,
// several times faster on a sentence held as two-byte characters; see tokens.ts.)
const WORD = /(?:[a-zA-Z]|\p{L})(?:[a-zA-Z'’-]|\p{L})*/gu;
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

/**
 * Receives a sentence's features in a fixed order (readFeatures). Word features come apart from the
 * others, so that scoring (ScoreSink) can look a word up without making its feature's name.
 */
interface FeatureSink {
  /** A feature by its full name; `readFeatures` gives each name at most once. */
  feature(name: string, value: number): void;
  /** The feature "w:<word>" (value 1); a word may come several times. */
  word(word: string): void;
  /** The feature "first:<word>" (value 1). */
  first(word: string): void;
}

/** The one definition of the features of a sentence: both the named features and the score read it. */
function readFeatures(text: string, signals: ClaimSignals, place: ClaimPlace, sink: FeatureSink): void {
  sink.feature('rule:score', Math.max(-3, Math.min(5, signals.score)) / 3);
  sink.feature(signals.score > 0 ? 'rule:claim' : 'rule:not-claim', 1);
  for (const flag of signals.flags) sink.feature(`rule:${flag}`, 1);
  const words = text.match(WORD) ?? [];
  const n = words.length;
  sink.feature(n <= 6 ? 'len:short' : n <= 14 ? 'len:medium' : n <= 30 ? 'len:long' : 'len:very-long', 1);
  let names = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (i > 0 && isCapitalised(w)) names++;
    else sink.word(featureWord(w));
  }
  if (words[0]) sink.first(featureWord(words[0]));
  sink.feature(names === 0 ? 'names:0' : names <= 2 ? 'names:1-2' : 'names:3+', 1);
  if (/\d/.test(text)) sink.feature('digit', 1);
  if (/^[\p{Lu}\s,.'’-]{4,}\s*[—–-]/u.test(text)) sink.feature('dateline', 1);
  if (/:\s*$/.test(text)) sink.feature('ends-colon', 1);
  if (place.first) sink.feature('place:first-block', 1);
  if (place.closing) sink.feature('place:closing-blocks', 1);
  if (place.alone) sink.feature('place:alone', 1);
  if (place.index === 0) sink.feature('place:opens-block', 1);
  sink.feature(place.voice < 0.1 ? 'voice:reporting' : place.voice < 0.3 ? 'voice:mixed' : 'voice:personal', 1);
}

/** The features of one sentence, by name (value 1 for a present cue unless said otherwise). */
export function claimFeatures(text: string, signals: ClaimSignals, place: ClaimPlace): Map<string, number> {
  const f = new Map<string, number>();
  readFeatures(text, signals, place, {
    feature: (name, value) => f.set(name, value),
    word: (word) => f.set(`w:${word}`, 1),
    first: (word) => f.set(`first:${word}`, 1),
  });
  return f;
}

/** The model's probability that a sentence with these features is a checkable claim. */
export function claimProbability(features: Map<string, number>): number {
  let z = MODEL.bias;
  // forEach, not for...of: no [name, value] pair made per feature (the same order, so the same sum).
  features.forEach((value, name) => {
    z += (WEIGHTS.get(name) ?? 0) * value;
  });
  return probability(z);
}

const probability = (z: number) => 1 / (1 + Math.exp(-z));

let sentencesScored = 0;

/**
 * Sums the weights as the features are read, in the order claimFeatures would list them (a word
 * counted once, where it first came), so the sum is the same number, bit for bit, as
 * claimProbability's over claimFeatures: the product scores every sentence without a map of names.
 */
class ScoreSink implements FeatureSink {
  z = MODEL.bias;
  /** This sentence's serial number: a word of the model counts once per sentence (WordWeight.countedIn). */
  private readonly serial = ++sentencesScored;
  feature(name: string, value: number): void {
    this.z += (WEIGHTS.get(name) ?? 0) * value;
  }
  word(word: string): void {
    // A word the model has no weight for adds nothing (x + 0 is x), so only the model's words are
    // kept track of: no set of words made per sentence.
    const w = WORD_WEIGHTS.get(word);
    if (!w || w.countedIn === this.serial) return;
    w.countedIn = this.serial;
    this.z += w.weight;
  }
  first(word: string): void {
    this.z += FIRST_WEIGHTS.get(word) ?? 0;
  }
}

/** claimProbability(claimFeatures(text, signals, place)), the same number, reckoned as the features are read. */
export function claimProbabilityOf(text: string, signals: ClaimSignals, place: ClaimPlace): number {
  const sink = new ScoreSink();
  readFeatures(text, signals, place, sink);
  return probability(sink.z);
}

export const isClaim = (features: Map<string, number>): boolean => claimProbability(features) >= MODEL.threshold;

/** isClaim(claimFeatures(text, signals, place)) without the map (claimProbabilityOf). */
export const isClaimSentence = (text: string, signals: ClaimSignals, place: ClaimPlace): boolean => claimProbabilityOf(text, signals, place) >= MODEL.threshold;
