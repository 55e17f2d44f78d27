// One definition of "white space" shared by extraction (article text) and anchoring (live page text),
// so that a sentence found by the engine is found again, character for character, in the page.

const SPACE_RUN = /\s+/g;
const SPACE = /\s/;

/** Collapses every run of white space (JS `\s`: includes no-break and line separators) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** True for a character that `collapseWhitespace` folds into a single space. */
export function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}
