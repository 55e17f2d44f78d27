// "WeWork declined to comment.", "A spokesman did not respond to a request for comment.", "Smith
// could not be reached for comment.": the writer discloses that a party was asked and said nothing.
// Nothing about the story's world is asserted: it is a note on the reporting, like "The Gazette has
// asked the ministry for comment", so it is never an unsourced claim. It is that party's answer, so the
// party is its source (both of the corpus's labelers read it so: "WeWork declined to comment" is named).
//
// Only the whole sentence: "X declined to comment, but the company's shares fell 3%" still claims.

import { mayMatch } from '../text/matches';

const SILENCE = [
  // "declined to comment", "refused to comment on the report", "declined requests for an interview",
  // "declined to say when Disney might change its strategy"
  String.raw`(?:declined|refused)\s+(?:to\s+(?:comment|respond|elaborate|be\s+interviewed|discuss|say|specify|disclose|reveal|detail|identify)\b|(?:repeated\s+|multiple\s+)?requests?\s+for\s+(?:comment|an\s+interview)\b)`,
  // "would not say whether", "won't comment on", "did not elaborate": the same refusal, with a modal
  String.raw`(?:(?:would|will|did|does|do)\s*(?:not|n[’']t)|won[’']t)\s+(?:comment|respond|elaborate|discuss|say|specify|disclose|reveal|detail|identify)\b`,
  // "did not (immediately) respond to a request for comment", "has not returned calls seeking comment"
  String.raw`(?:did|does|has|have|had)\s*(?:not|n[’']t)\s+(?:immediately\s+)?(?:respond|reply|return)(?:ed)?\s+(?:to\s+)?(?:[\w’'.-]+\s+){0,4}?(?:requests?|calls?|e-?mails?|messages?|inquiries|queries|questions)\b`,
  // "could not be reached for comment", "was not immediately available for comment"
  String.raw`(?:could|can|was|were|is|are)\s*(?:not|n[’']t)\s+(?:immediately\s+)?(?:be\s+)?(?:reached|available|contacted)\b`,
  // "The attorney general's office had no comment", "Smith had no immediate comment"
  String.raw`(?:had|has|have|offered|gave)\s+no\s+(?:immediate\s+|further\s+)?comment\b`,
  // "Ars is asking Mojang for comment (and will update this post ...)": the question, not yet an answer
  String.raw`(?:is|are|was|were|has|have|had)\s+(?:been\s+)?ask(?:ed|ing)\s+(?:[\w’'.-]+\s+){0,4}?for\s+(?:comment|a\s+response)\b`,
].join('|');

// An optional opener ("Reached by phone on Friday,"), a subject with no clause of its own, the
// silence, and a tail with no further clause.
const NO_COMMENT = new RegExp(String.raw`^(?:[^,;~]{0,60},\s*)?[^;~]{1,120}?\s(?:(?:also|again|repeatedly|has|have|had)\s+)*(?:${SILENCE})[^;~]{0,120}$`, 'i');
const CLAUSE_IN_SUBJECT = /\b(?:who|whose|which)\b/i;
const CLAUSE_IN_TAIL = /\b(?:but|while|although|whereas|though|who|whose|which)\b|,\s*and\b/i;
const SILENCE_AT = new RegExp(SILENCE, 'i');
// A word each of SILENCE's six branches holds, in the order above: "declined"/"refused"; "not" or
// "n't" (also in "won't"), in the second, third and fourth; "comment" in the fifth; "ask" in the sixth.
// Most sentences hold none, and are not searched by SILENCE_AT, which starts at every word.
const SILENCE_CUE = /declined|refused|not|n['’]t|comment|ask/i;

/** True for a sentence whose only news is that someone did not comment (quotations masked). */
export function isNoComment(masked: string): boolean {
  return noComment(masked) !== null;
}

/**
 * Who did not comment, and the words that say so: "WeWork" and "declined to comment". Both labelers
 * of the corpus read such a sentence as that party's answer (named when the party is named), so the
 * party is its source.
 */
export function noComment(masked: string): { subject: string; silence: string } | null {
  if (!mayMatch(SILENCE_AT, masked, SILENCE_CUE)) return null;
  const text = masked.trim();
  // The silence alone first: a sentence without it cannot match the whole pattern, which, anchored
  // and backtracking over the whole sentence, is slow to fail and asked of most sentences twice.
  if (!SILENCE_AT.test(text) || !NO_COMMENT.test(text)) return null;
  const at = SILENCE_AT.exec(text);
  if (!at) return null;
  const subject = text.slice(0, at.index);
  const tail = text.slice(at.index + at[0].length);
  if (CLAUSE_IN_SUBJECT.test(subject) || CLAUSE_IN_TAIL.test(tail)) return null;
  // "Reached by phone on Friday, Smith declined": the opener is no part of the subject; nor are the
  // auxiliaries before the silence ("has also").
  const bare = subject.replace(/^[^,]{0,60},\s*/, '').replace(/\s+(?:(?:also|again|repeatedly|has|have|had)\s+)*$/i, '').trim();
  // The subject is a party, not a clause: "John M. Ford had other books that were not available".
  if (/\b(?:that|had|has|have|is|are|was|were)\b/.test(bare) || bare.split(/\s+/).length > 8) return null;
  return { subject: bare, silence: at[0].trim() };
}
