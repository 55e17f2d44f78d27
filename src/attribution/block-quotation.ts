// A block quotation introduced by a paragraph that ends with a colon (SOURCING.md, Carry-over: "a
// block quotation introduced by “X wrote:”"). The introduction may name its speaker without a
// speech verb: "Garcia's full statement:", "Garcia, in a post on Facebook:", "Here is the letter
// from the ministry:"; then it attributes what follows as "X said:" does. The block itself is the
// speaker's words, as if inside quotation marks.

import type { QuoteSpan } from './quotes';
import { typeSourcePhrase, type SourceInfo } from './source-phrase';

const LEAD_IN = /^(?:here(?:['’]s|\s+is|\s+are)|below\s+is|this\s+is|read|the\s+following\s+is)\s+/i;
// Kinds of source that can have written or said a block of text.
const SPEAKING_KINDS = new Set(['person', 'role', 'anonymous', 'organisation', 'document']);

/**
 * The source a colon-ended paragraph names when it has no speech verb: a document ("Garcia's full
 * statement:") or a speaker with the occasion ("Garcia, in a post on Facebook:"), at most eight words.
 */
export function sourceBeforeColon(lastSentence: string): { name: string; info: SourceInfo } | null {
  const text = lastSentence.trim();
  if (!text.endsWith(':')) return null;
  const [first, ...rest] = text.slice(0, -1).replace(LEAD_IN, '').split(/[,;(—–]/);
  const phrase = first.trim();
  if (!phrase || phrase.split(/\s+/).length > 8) return null;
  // Who introduces the words is a noun phrase, never a clause: "Next up is Mark Zuckerberg, whose ...:",
  // "Type this in the Command Prompt:", "Also, you will now see ...:".
  if (/\b(?:is|are|was|were|has|have|had|will|would|can|could)\b/.test(phrase) || /^(?:also|then|now|next|here|type|click|select|open|go|see|read|note|enter|press|add|use)\b/i.test(phrase)) return null;
  const info = typeSourcePhrase(phrase, true);
  if (!info || !SPEAKING_KINDS.has(info.kind)) return null;
  // A name alone before a colon is as often a label or a teaser ("'GMA' Cookie Search:"): a person
  // or body introduces a quotation only with the occasion after it ("Garcia, in a post on Facebook:").
  return info.kind === 'document' || rest.some((r) => r.trim()) ? { name: phrase, info } : null;
}

/** The whole block as one quotation: its words are the introduced speaker's, none the writer's. */
export function wholeBlockQuotation(text: string): QuoteSpan[] {
  return [{ start: 0, end: text.length, continued: true, open: false }];
}
