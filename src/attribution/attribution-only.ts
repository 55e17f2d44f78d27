// A sentence that is nothing but an attribution, whose content is the sentence before it
// (SOURCING.md, Carry-over: "the first sentence of a quotation whose attribution comes in its next
// sentence"). A quotation ending in "?" or "!" ends a sentence, so the speaker comes in one of its own:
//
//   '“Why now?” | Smith said.'
//   '“…on the Chinese part?” | He Jianxiong, the former executive director of …, said at a Nov. 6 event.'
//   '…right out of her hotel room ... | TMZ has learned.'
//
// Not: "Smith said the plan was rushed." (it says something of its own), '“…,” Smith said.' (one sentence).

import { wholeWordAt } from '../text/letters';

// What may follow the attribution: when, where and to whom it was said, and nothing else.
const CIRCUMSTANCE = /^(?:on|at|in|during|to|after|before|from|via|with|while|when|last|this|earlier|later|recently|again|then|afterwards|yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
// "told reporters", "told The Guardian": the one who heard it.
const LISTENER_VERB = /^(?:told|tells|tell)$/i;
const MAX_TAIL_WORDS = 14;

const wordsIn = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];

/** Where a whole word first occurs in the text, or -1. */
const wordAt = wholeWordAt;

/**
 * True when the (masked) sentence holds only the attribution made of `source` and `cue`: nothing
 * before them but a conjunction, nothing after them but its circumstances, and no quotation.
 */
export function isAttributionOnly(masked: string, source: string, cue: string): boolean {
  if (masked.includes('~')) return false;
  const sourceAt = wordAt(masked, source);
  const cueAt = source === cue ? sourceAt : wordAt(masked, cue);
  if (sourceAt < 0 || cueAt < 0) return false;
  const head = masked.slice(0, Math.min(sourceAt, cueAt));
  // Before self-vouching only the outlet's name: "TMZ has learned."
  const outletName = source === cue && wordsIn(head).every((w) => /^\p{Lu}/u.test(w));
  if (!outletName && wordsIn(head).some((w) => !/^(?:and|but|so|as)$/i.test(w))) return false;
  const tail = masked.slice(Math.max(sourceAt + source.length, cueAt + cue.length)).replace(/[\s.!?]+$/, '').trim();
  const tailWords = wordsIn(tail);
  if (tailWords.length === 0) return true;
  if (tailWords.length > MAX_TAIL_WORDS || /\b(?:that|whether|if)\b/i.test(tail)) return false;
  if (CIRCUMSTANCE.test(tail.replace(/^,\s*/, ''))) return true;
  // 'asked Jane Roe, the mayor.': who the speaker is.
  if (cueAt < sourceAt && /^,\s*(?:the|a|an)\b/i.test(tail)) return true;
  return LISTENER_VERB.test(cue) && cueAt > sourceAt && tailWords.length <= 3;
}
