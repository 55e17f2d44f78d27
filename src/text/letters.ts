// Counting the letters and digits (\p{L}, \p{N}) of a text, and its words (runs of them), without
// building the strings or arrays that `replace(...).length` and `match(...).length` make only to be
// counted. Rules ask this of every sentence; English text is nearly all ASCII, so ASCII is read by
// its code and only other characters are asked of the pattern.

// Sticky: tests the one character at lastIndex, read as one code point (a surrogate pair is one).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/** UTF-16 units of the letter or digit at `i` (2 for a surrogate pair), or 0 when there is none. */
function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(text) ? LETTER_OR_DIGIT.lastIndex - i : 0;
}

/** `text.replace(/[^\p{L}\p{N}]/gu, '').length`: the UTF-16 units of its letters and digits. */
export function letterUnits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const units = letterOrDigitAt(text, i);
    n += units;
    i += units || 1;
  }
  return n;
}

/** `(text.match(/[\p{L}\p{N}]+/gu) ?? []).length`: the runs of letters and digits. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const units = letterOrDigitAt(text, i);
    if (units && !inWord) n++;
    inWord = units > 0;
    i += units || 1;
  }
  return n;
}

/** True when a letter or digit ends just before `i` (a surrogate pair read as one character). */
function letterOrDigitBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  const pairEnd = (c & 0xfc00) === 0xdc00 && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return letterOrDigitAt(text, pairEnd ? i - 2 : i - 1) > 0;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Where `word` first stands alone in `text` (no letter or digit touching either end), or -1: the
 * same answer as `text.search(new RegExp(`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, 'u'))`,
 * without compiling a pattern for every word asked. An empty word, or one with half a surrogate
 * pair, is left to that pattern.
 */
export function wholeWordAt(text: string, word: string): number {
  if (!word || SURROGATE.test(word)) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return text.search(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'));
  }
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!letterOrDigitBefore(text, at) && (end >= text.length || letterOrDigitAt(text, end) === 0)) return at;
  }
  return -1;
}
