// One definition of "white space" (and of the characters dropped from text) shared by extraction (article text) and anchoring (live page text),
// so that a sentence found by the engine is found again, character for character, in the page.

const SPACE_RUN = /\s+/g;

/** Collapses every run of white space (JS `\s`: includes no-break and line separators) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/**
 * `collapseWhitespace(text).length`, counted without building the collapsed copy: on a long article
 * each copy of its whole text is megabytes of garbage that only a full collection frees. Feed it the
 * text in pieces (a page's text nodes) or whole.
 */
export class CollapsedLength {
  length = 0;
  private pendingSpace = false;

  add(text: string): this {
    for (let i = 0; i < text.length; i++) {
      if (isSpaceCode(text.charCodeAt(i))) {
        this.pendingSpace = this.length > 0;
      } else {
        if (this.pendingSpace) this.length++;
        this.pendingSpace = false;
        this.length++;
      }
    }
    return this;
  }
}

/** `collapseWhitespace(text).length`, without the copy. */
export function collapsedLength(text: string): number {
  return new CollapsedLength().add(text).length;
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
