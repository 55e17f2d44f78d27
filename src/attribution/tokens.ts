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

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // Keep the period of an abbreviation ("Gen.", "U.S."), drop a sentence's final one.
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Rev|St|Jr|Sr|Prof)\.$/u.test(word)) {
      word = word.slice(0, -1);
    }
    out.push({
      word,
      bare: word.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, ''),
      start: m.index,
      end: m.index + word.length,
    });
  }
  return out;
}

/** Punctuation between two words that ends a noun phrase: commas, dashes, brackets, quotations. */
export function isBoundaryGap(gap: string): boolean {
  // " -- " is a dash typed as two hyphens.
  return /[,;:()[\]—–"“”~!?]|\s-{1,2}\s|\.\s/.test(gap);
}
