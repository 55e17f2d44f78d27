// One definition of "white space" (and of the characters dropped from text) shared by extraction (article text) and anchoring (live page text),
// so that a sentence found by the engine is found again, character for character, in the page.

const SPACE_RUN = /\s+/g;

/** Collapses every run of white space (JS `\s`: includes no-break and line separators) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/**
 * True for the UTF-16 code of a character that `collapseWhitespace` folds: exactly JS `\s`, tested by
 * code because it runs once per character of the article (extraction).
 */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * True for the UTF-16 code of a character dropped from text altogether: the soft hyphen (U+00AD), a
 * hint where a word may break that a reader never sees unless the word breaks there. Left in, it would
 * split a word for every search, quote match and count ("Bundes\u00ADregierung").
 */
export function isDroppedCode(c: number): boolean {
  return c === 0xad;
}
