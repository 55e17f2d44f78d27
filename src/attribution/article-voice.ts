// How much of the article the writer speaks in person: the share of its paragraphs whose own words
// (quotations left out) say "I", "we" or "you". A review, a column or a how-to addresses the reader
// and judges; a news report mostly states. On the development part, pages where more than a third of
// the paragraphs do so hold half as many checkable claims among their unsourced sentences as pages
// where almost none do (0.33 against 0.65), so the claim model weighs a sentence knowing the voice of
// the article around it (claim-model.ts).

import type { Block } from '../types';

const QUOTATION = /“[^”]*”|"[^"]*"/g;
const IN_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b/; // not "US"

/** The share of the article's paragraphs in which the writer speaks in person (0 with none). */
export function articleVoice(blocks: Block[]): number {
  let paragraphs = 0;
  let inPerson = 0;
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'preformatted') continue;
    paragraphs++;
    if (IN_PERSON.test(block.text.replace(QUOTATION, ' '))) inPerson++;
  }
  return paragraphs ? inPerson / paragraphs : 0;
}
