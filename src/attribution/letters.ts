// A reader's letter as advice columns print it: it opens with a salutation ("DEAR ABBY: My husband
// ...") and ends with the writer's signature after a dash ("... Should I have? -- BEATEN UP IN
// CALIFORNIA"). Everything between is the letter writer's account, not the columnist's: like a
// quotation credited on the line after it (SOURCING.md, Carry-over). The columnist's answer opens
// with a salutation too ("DEAR BEATEN UP: ...") but ends with no signature, so it stays the writer's
// own voice. A signature that is a description in capitals, the column's convention for a withheld
// name, is an anonymous source; a person's name is a named one.

import type { Block } from '../types';
import { typeSourcePhrase, type SourceInfo } from './source-phrase';

const SALUTATION = /^dear\s+[^\s:,.!?][^:,.!?]{0,40}[:,]\s+\S/i;
// The signature closes the block: a double hyphen or dash, then a short line with no sentence end.
const SIGNATURE = /(?:\s--|[—–])\s*(\p{Lu}[^.!?"“”]{1,60}?)\s*$/u;
// A letter is a few paragraphs; a salutation with no signature within this many blocks is no letter.
const MOST_BLOCKS = 12;

export interface LetterWriter {
  name: string;
  info: SourceInfo;
}

/** How a signature reads as a source: capitals or "Anonymous" withhold the name. */
function signatureSource(signature: string): SourceInfo {
  const person: SourceInfo = { type: 'anonymous', kind: 'anonymous', head: 'person', plural: false };
  const letters = signature.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase() || /\banonymous\b|\bname withheld\b/i.test(signature)) return person;
  const info = typeSourcePhrase(signature, true);
  return info?.type === 'named' ? { ...info, head: signature.toLowerCase() } : person;
}

/** For each block, the writer of the reader's letter it belongs to, if any. */
export function letterWriters(blocks: Block[]): (LetterWriter | undefined)[] {
  const writers: (LetterWriter | undefined)[] = blocks.map(() => undefined);
  for (let start = 0; start < blocks.length; start++) {
    if (blocks[start].kind === 'heading' || !SALUTATION.test(blocks[start].text)) continue;
    for (let end = start; end < blocks.length && end < start + MOST_BLOCKS; end++) {
      const block = blocks[end];
      if (block.kind === 'heading' || (end > start && SALUTATION.test(block.text))) break;
      const signature = SIGNATURE.exec(block.text)?.[1];
      if (!signature) continue;
      const writer = { name: signature, info: signatureSource(signature) };
      for (let i = start; i <= end; i++) writers[i] = writer;
      start = end;
      break;
    }
  }
  return writers;
}
