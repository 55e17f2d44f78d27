// The frame of a quotation: whatever its verb, a subject and a verb right after a closing quotation
// say whose words they were.
//
//   “We all miss Steve so much,” Benioff weighed in.        subject, then any verb
//   “Let me see your hands!” an officer ordered.              (the verb need not be on a list)
//   “Can I give it to James?” Brooke tearfully asked before apologizing.
//   “It depends,” responded NASA administrator Jim Bridenstine.   verb, then subject
//
// The grammar does the work the verb lists cannot: a quotation followed by a noun phrase and a
// finite verb can only be that person's words. The subject is still typed by its words
// (source-phrase.ts), so "an officer" stays anonymous and "Benioff" named.

import { typeSourcePhrase, type SourceInfo } from './source-phrase';
import { VERBS } from './speech-verbs';
import { isBoundaryGap, tokenize, type Token } from './tokens';

export interface QuoteFrame {
  info: SourceInfo;
  source: string;
  cue: string;
}

// Verbs of being and having are no speech: '“Hamilton” fans were furious', '“Glasgow” has'.
const NOT_SPEECH = /^(?:is|was|has|does|seems|remains|becomes|gets|goes|looks|means|needs|makes|takes|comes|includes|contains|features|follows|uses|shows)$/;
// Common irregular pasts that frame quotations ("spoke", "wrote" are on the lists already).
const IRREGULAR = /^(?:shot|bit|sang|swore|spoke|wrote|said|told|thought|felt|began|went)$/;
const SUBJECT_START = /^(?:\p{Lu}|a$|an$|the$|one$|another$|his$|her$|their$|its$|he$|she$|they$)/u;
const MAX_SUBJECT = 7;

/** A word that can be a finite verb of saying in a quotation's frame. */
function isFrameVerb(t: Token): boolean {
  if (!/^\p{Ll}/u.test(t.word) || NOT_SPEECH.test(t.bare)) return false;
  return VERBS.has(t.bare) || IRREGULAR.test(t.bare) || /^[a-z]{3,}(?:ed|[^s'’]s)$/.test(t.word);
}

/**
 * The speaker of a quotation that ends just before the writer's last words: '~” Benioff weighed in.'
 * `masked` is the sentence with quotations replaced by "~" (quotes.ts).
 */
export function quoteFrame(masked: string): QuoteFrame | null {
  // The sentence opens with the quotation (or inside one) and the writer's words follow its close.
  const close = /^\s*["“„«]?~+["”»]?[,.!?]?["”»]?\s+(?=\S)/.exec(masked);
  if (!close || close[0].replace(/[^~]/g, '').length < 12) return null;
  // Only the frame's own words, up to a second quotation: '” Benioff weighed in, telling Cook, “...”'.
  const rest = masked.slice(close[0].length).replace(/["“„«]?~[\s\S]*$/, '');
  const tokens = tokenize(rest);
  if (tokens.length < 2) return null;
  const gap = (i: number) => rest.slice(tokens[i - 1].end, tokens[i].start);

  // Verb first: '“...,” responded NASA administrator Jim Bridenstine'.
  if (isFrameVerb(tokens[0]) && /ed$/.test(tokens[0].bare) && SUBJECT_START.test(tokens[1].word) && !/^(?:he|she|they)$/.test(tokens[1].word)) {
    let end = 1;
    while (end + 1 < tokens.length && end < MAX_SUBJECT && !isBoundaryGap(gap(end + 1)) && !/^(?:who|which|that|as|after|before|in|on|at|to|when|while|noting|adding|saying)$/.test(tokens[end + 1].bare)) end++;
    const source = rest.slice(tokens[1].start, tokens[end].end);
    const info = typeSourcePhrase(source, false);
    if (info && info.kind !== 'pronoun') return { info, source, cue: tokens[0].word };
    return null;
  }

  // Subject first: '“...,” Benioff weighed in', '“...?” Brooke tearfully asked'.
  if (!SUBJECT_START.test(tokens[0].word)) return null;
  for (let v = 1; v < tokens.length && v <= MAX_SUBJECT; v++) {
    if (isBoundaryGap(gap(v))) return null;
    if (!isFrameVerb(tokens[v])) continue;
    // Adverbs before the verb belong to it: "Brooke tearfully asked".
    let last = v - 1;
    while (last > 0 && /^[a-z]+ly$/.test(tokens[last].word)) last--;
    const source = rest.slice(tokens[0].start, tokens[last].end);
    // "the officers said": a plural noun looks like a verb too; the next candidate is tried.
    const info = typeSourcePhrase(source, false);
    if (info) return { info, source, cue: tokens[v].word };
  }
  return null;
}
