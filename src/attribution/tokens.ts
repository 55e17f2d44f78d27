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
// Sticky: tried only where a word starts. Each character is asked of an ASCII class first: on a text
// held as two-byte characters (any sentence of a paragraph with a curly quotation mark or a dash)
// a Unicode property is a search through hundreds of ranges per character, and English words are
// ASCII. The ASCII class is part of the property's, so the same characters match, one per step.
const WORD = /(?:[a-zA-Z0-9]|[\p{L}\p{N}])(?:[a-zA-Z0-9'’&-]|[\p{L}\p{N}'’&-]|\.(?=\p{L})|(?<=\p{N})[.,](?=\p{N}))*\.?/uy;
// What lies before the next word (read as code points: a surrogate pair is one character).
const GAP = /[^\p{L}\p{N}]*/uy;

// Titles before a name, and the short forms that end a company's name ("Acme Corp. said", "Warner Bros.").
const ABBREVIATION = /^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Rev|St|Jr|Sr|Prof|Inc|Corp|Co|Cos|Ltd|Bros)\.$/u;

// Runs for every word of every sentence, several times a sentence. The words are the matches of
// WORD searched globally, found without a match array per word (those arrays were an eighth of what
// classification allocates): a sticky pattern steps over the gap before a word and the word pattern,
// tested where the word starts, says where it ends. (A loop over the characters in JavaScript
// allocated as little but cost more instructions while the engine is still cold, as in a first page.)
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (let at = nextWordStart(text, 0); at < text.length; at = nextWordStart(text, at)) {
    WORD.lastIndex = at;
    WORD.test(text);
    let end = WORD.lastIndex;
    let word = text.slice(at, end);
    // Keep the period of an abbreviation ("Gen.", "U.S."), drop a sentence's final one.
    if (text.charCodeAt(end - 1) === 46 /* . */ && !ABBREVIATION.test(word)) word = text.slice(at, --end);
    out.push({ word, bare: bareOf(word), start: at, end });
    // The search goes on after the whole match, period included (as a global search would).
    at = WORD.lastIndex;
  }
  return out;
}

/** Where the next word starts at or after `i` (the text's length when none does). */
function nextWordStart(text: string, i: number): number {
  GAP.lastIndex = i;
  GAP.test(text);
  return GAP.lastIndex;
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
