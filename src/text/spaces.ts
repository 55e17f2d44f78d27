// Whitespace as `\s` means it (spaces of every kind, line ends, the byte-order mark), read one
// character at a time, for rules that ask about the end of a text or count it squashed without
// building the strings that `replace` and `trim` make only to be measured.

const SPACE = /\s/;

/** True when the one character `c` is whitespace as `\s` means it. */
export function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  // ASCII by its code: tab, line feed, vertical tab, form feed, carriage return, space.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(c);
}

/** `text.replace(/\s+/g, ' ').trim().length`: every run of whitespace inside the text counts one. */
export function squashedLength(text: string): number {
  let n = 0;
  let started = false;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(text[i]);
    if (space) {
      gap = started;
      continue;
    }
    if (gap) n++;
    gap = false;
    started = true;
    n++;
  }
  return n;
}
