// Words of a sentence with their offsets, and what lies between them, so that rules can walk from
// a cue word to its subject without rescanning the text.

export interface Token {
  word: string;
  /** Lower case, without a trailing period or possessive. */
  bare: string;
  start: number;
  end: number;
}

// Digits keep their separators ("1,500", "16.05"); abbreviations their inner periods ("U.S."): a word
// is what /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=\p{L})|(?<=\p{N})[.,](?=\p{N}))*\.?/gu matches. It
// is read by wordEndFrom below, not by that pattern: tokenize runs for every sentence, several times
// a sentence, and the pattern (Unicode classes at every character, a look-behind, a match array per
// word) was the largest part of it. A unit test holds the two to the same words.

const ABBREVIATION = /^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Rev|St|Jr|Sr|Prof)\.$/u;

// Sticky: each tests the one character at lastIndex, read as one code point (a surrogate pair is one).
const LETTER = /\p{L}/uy;
const NUMBER = /\p{N}/uy;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** UTF-16 units of the character at `i` when `pattern` (sticky) matches it, else 0. Only for non-ASCII. */
function unitsAt(pattern: RegExp, text: string, i: number): number {
  pattern.lastIndex = i;
  return pattern.test(text) ? pattern.lastIndex - i : 0;
}

/** UTF-16 units of the letter or number (\p{L}, \p{N}) at `i`, or 0. */
function letterOrNumberAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || isAsciiDigit(c) ? 1 : 0;
  return unitsAt(LETTER_OR_NUMBER, text, i);
}

const letterAt = (text: string, i: number) => {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiLetter(c) : unitsAt(LETTER, text, i) > 0;
};

const numberAt = (text: string, i: number) => {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiDigit(c) : unitsAt(NUMBER, text, i) > 0;
};

/** True when the character that ends just before `i` is a number (a surrogate pair read as one). */
function numberBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  const pairEnd = (c & 0xfc00) === 0xdc00 && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return numberAt(text, pairEnd ? i - 2 : i - 1);
}

const APOSTROPHE = 39;
const TYPOGRAPHIC_APOSTROPHE = 0x2019;
const AMPERSAND = 38;
const HYPHEN = 45;
const PERIOD = 46;
const COMMA = 44;

/** Where the word that starts with the letter or number at `start` (`units` long) ends, its final period included. */
function wordEndFrom(text: string, start: number, units: number): number {
  let i = start + units;
  while (i < text.length) {
    const more = letterOrNumberAt(text, i);
    if (more) {
      i += more;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === APOSTROPHE || c === TYPOGRAPHIC_APOSTROPHE || c === AMPERSAND || c === HYPHEN) i++;
    // "U.S.": a period before a letter.
    else if (c === PERIOD && letterAt(text, i + 1)) i++;
    // "1,500", "16.05": a separator between numbers.
    else if ((c === PERIOD || c === COMMA) && numberBefore(text, i) && numberAt(text, i + 1)) i++;
    else break;
  }
  return i < text.length && text.charCodeAt(i) === PERIOD ? i + 1 : i;
}

// Runs for every word of every sentence, several times a sentence: plain string tests instead of
// more patterns per word.
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const units = letterOrNumberAt(text, i);
    if (!units) {
      i++;
      continue;
    }
    const end = wordEndFrom(text, i, units);
    let word = text.slice(i, end);
    // Keep the period of an abbreviation ("Gen.", "U.S."), drop a sentence's final one.
    if (word.endsWith('.') && !ABBREVIATION.test(word)) word = word.slice(0, -1);
    out.push({ word, bare: bareOf(word), start: i, end: i + word.length });
    i = end;
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
