// Words of a sentence with their offsets, and what lies between them, so that rules can walk from
// a cue word to its subject without rescanning the text.

export interface Token {
  word: string;
  /** Lower case, without a trailing period or possessive. */
  bare: string;
  start: number;
  end: number;
}

// Digits keep their separators ("1,500", "16.05"); abbreviations their inner periods ("U.S.").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=\p{L})|(?<=\p{N})[.,](?=\p{N}))*\.?/gu;

const ABBREVIATION = /^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Rev|St|Jr|Sr|Prof)\.$/u;

// Runs for every word of every sentence, several times a sentence: a loop over the pattern's own
// matches (matchAll copies the pattern per call) and plain string tests instead of two more patterns
// per word.
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    // Keep the period of an abbreviation ("Gen.", "U.S."), drop a sentence's final one.
    if (word.endsWith('.') && !ABBREVIATION.test(word)) word = word.slice(0, -1);
    out.push({ word, bare: bareOf(word), start: m.index, end: m.index + word.length });
  }
  return out;
}

/** Lower case, without a final "'s" or "’s", then without a final period. */
function bareOf(word: string): string {
  let bare = word.toLowerCase();
  const n = bare.length;
  if (n >= 2 && bare.charCodeAt(n - 1) === 115 /* s */ && (bare[n - 2] === "'" || bare[n - 2] === '’')) bare = bare.slice(0, -2);
  return bare.endsWith('.') ? bare.slice(0, -1) : bare;
}

/** Punctuation between two words that ends a noun phrase: commas, dashes, brackets, quotations. */
export function isBoundaryGap(gap: string): boolean {
  // Most gaps are one space: asked for every pair of words a rule walks over.
  if (gap === ' ') return false;
  // " -- " is a dash typed as two hyphens.
  return /[,;:()[\]—–"“”~!?]|\s-{1,2}\s|\.\s/.test(gap);
}
