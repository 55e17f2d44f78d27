// Whitespace as `\s` means it (spaces of every kind, line ends, the byte-order mark), one character at
// a time, for rules that read the end of a text backwards (text/sentences.ts).

const SPACE = /\s/;

/** True when the one character `c` is whitespace as `\s` means it. */
export function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  // ASCII by its code: tab, line feed, vertical tab, form feed, carriage return, space.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(c);
}
