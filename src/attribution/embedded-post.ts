// An embedded social-media post as Readability leaves it: the post's text in one or more block
// quotations, then its credit line, "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019". The text
// is that account's words, although the attribution comes after it (SOURCING.md, Carry-over: "the
// first sentence of a quotation whose attribution comes in its next sentence"); the credit line itself
// is furniture, like a photo credit.

import type { Block } from '../types';
import { typeSourcePhrase, type SourceInfo } from './source-phrase';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const POST_CREDIT = new RegExp(String.raw`^[—–-]\s*(\S.{0,79}?)\s*\(@\w{1,30}\)\s+${MONTH}\s+\d{1,2},\s+\d{4}$`);

/** The account a post's credit line names ("Arvind Kejriwal"), or null for any other text. */
export function postCreditAuthor(text: string): string | null {
  return POST_CREDIT.exec(text.trim())?.[1] ?? null;
}

/**
 * For each block, the account whose embedded post it is the text of: the block quotations right
 * before a credit line. Where the page lost the quotation markup, only the paragraph right before
 * the credit line, unless it ends with a colon (then it is the writer's introduction, and the
 * post's text is missing).
 */
export function embeddedPostAuthors(blocks: Block[]): (string | undefined)[] {
  const authors: (string | undefined)[] = blocks.map(() => undefined);
  blocks.forEach((credit, i) => {
    const author = postCreditAuthor(credit.text);
    if (!author) return;
    for (let j = i - 1; j >= 0; j--) {
      const block = blocks[j];
      if (postCreditAuthor(block.text) || block.kind === 'heading') break;
      if (block.kind === 'blockquote') {
        authors[j] = author;
        continue;
      }
      if (j === i - 1 && credit.kind !== 'blockquote' && !/:\s*$/.test(block.text)) authors[j] = author;
      break;
    }
  });
  return authors;
}

/** What kind of source an account is: whatever its name says, but always named (it is a public account). */
export function accountSource(author: string): SourceInfo {
  const info = typeSourcePhrase(author, true);
  const kind = info?.kind === 'organisation' ? 'organisation' : 'person';
  return { type: 'named', kind, head: author.toLowerCase(), plural: false };
}
