// An embedded social-media post as Readability leaves it: the post's text in one or more block
// quotations, then its credit line, "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019"; or a
// quotation with a dash credit under it, "“The show was really great.” | – Man**", or a bracketed
// one, as round-ups of reviews credit each quoted passage: "<blockquote>…</blockquote> | [ CNET ]". The text
// is that account's words, although the attribution comes after it (SOURCING.md, Carry-over: "the
// first sentence of a quotation whose attribution comes in its next sentence"); the credit line itself
// is furniture, like a photo credit.

import type { Block } from '../types';
import { typeSourcePhrase, type SourceInfo } from './source-phrase';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const POST_CREDIT = new RegExp(String.raw`^[—–-]\s*(\S.{0,79}?)\s*\(@\w{1,30}\)\s+${MONTH}\s+\d{1,2},\s+\d{4}$`);

// A quotation's credit on a line of its own: "– Man**", "— Abraham Lincoln" (a dash, then a short
// name with no sentence of its own), as under testimonials, reviews and epigraphs.
const DASH_CREDIT = /^[—–]\s*(\p{Lu}[\p{L}\p{N}*.'’ -]{0,50}?)\s*$/u;

// The same credit in brackets or parentheses on a line of its own: "[ Tom's Guide ]", "(The Verge)".
// Only a name (capitalised words, a few small ones between): "(Figures were revised on Monday.)" is
// the writer's note.
const BRACKET_CREDIT = /^[[(]\s*(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of|the|and|de|for|&|\p{Lu}[\p{L}\p{N}'’.&-]*)){0,5})\s*[\])]$/u;

/** The account a post's credit line names ("Arvind Kejriwal"), or null for any other text. */
export function postCreditAuthor(text: string): string | null {
  return POST_CREDIT.exec(text.trim())?.[1] ?? null;
}

/** The person or outlet a dash or bracketed credit line names ("Man**", "CNET"), or null for any other text. */
export function creditLineAuthor(text: string): string | null {
  const line = text.trim();
  return (DASH_CREDIT.exec(line) ?? BRACKET_CREDIT.exec(line))?.[1] ?? null;
}

/** A paragraph that is one quotation from its first character to its last. */
const isWholeQuotation = (text: string) => /^["“][^"“”]*["”]$/.test(text.trim());

/**
 * For each block, the account whose embedded post it is the text of: the block quotations right
 * before a credit line. Where the page lost the quotation markup, only the paragraph right before
 * the credit line, unless it ends with a colon (then it is the writer's introduction, and the
 * post's text is missing).
 */
export function embeddedPostAuthors(blocks: Block[]): (string | undefined)[] {
  const authors: (string | undefined)[] = blocks.map(() => undefined);
  blocks.forEach((credit, i) => {
    // "“The show was really great.” | – Man**": a dash credit speaks only for the quotation right
    // before it: a paragraph that is one quotation, or the block quotation's paragraphs.
    const credited = creditLineAuthor(credit.text);
    if (credited && i > 0 && isWholeQuotation(blocks[i - 1].text)) authors[i - 1] = credited;
    if (credited) for (let j = i - 1; j >= 0 && blocks[j].kind === 'blockquote'; j--) authors[j] = credited;
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

/**
 * What kind of source an account is: whatever its name says, but always named (it is a public
 * account), unless the page hides the name ("Man**", "J*** D**"): a withheld name is anonymous.
 */
export function accountSource(author: string): SourceInfo {
  if (/\p{L}\*/u.test(author)) return { type: 'anonymous', kind: 'anonymous', head: 'person', plural: false };
  const info = typeSourcePhrase(author, true);
  const kind = info?.kind === 'organisation' ? 'organisation' : 'person';
  return { type: 'named', kind, head: author.toLowerCase(), plural: false };
}
