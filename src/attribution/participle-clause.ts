// A speech participle after a comma or a document: "The ministry issued a statement on Tuesday,
// saying the troops had withdrawn", "The company issued a statement saying it would cut jobs". The
// participle has no subject of its own; it shares the main clause's, so the sentence is attributed
// to whoever the main clause is about ("The ministry", "An official", "He").
//
//   attributes:   ", saying the troops had withdrawn"   ", adding that talks would resume"
//                 ", saying, “Are there ...?”"          ", telling reporters that ..."
//   attributes nothing: ", saying goodbye", ", saying nothing", ", adding to the pressure",
//                 ", noting the date" (no reported content follows)

import { VERBS } from './speech-verbs';
import { typeSourcePhrase, type SourceInfo } from './source-phrase';
import { isBoundaryGap, type Token } from './tokens';

/** Participles that report speech when a clause or a quotation follows them. */
const SPEECH_PARTICIPLES = new Set(
  'saying adding noting warning claiming arguing explaining insisting stating asserting declaring acknowledging admitting confirming stressing emphasising emphasizing reiterating writing telling'.split(' '),
);

// Words that open an adverbial before the main clause: "On Tuesday, the ministry issued ...".
const OPENER = new Set(
  'in on at after before during when while as since although though because if despite amid following earlier later meanwhile however separately then yesterday today last this by with without over under from for'.split(' '),
);
const CONJUNCTION = new Set('but and yet so'.split(' '));
// Finite verbs and auxiliaries that end the main clause's subject: "The ministry has issued".
const FINITE = new Set(
  'is are was were has have had will would could did does do can may might must should shall took gave sent spoke went made held put met wrote told said came led left brought began ran stood kept got became sought threw won lost hit struck withdrew rose fell'.split(
    ' ',
  ),
);
const DETERMINER = new Set('a an the this that these those his her its their our my some any no every each'.split(' '));
const CLAUSE_OPENER = /^(?:he|she|they|it|we|i|you|there|the|a|an|this|that|these|those|his|her|its|their|our|some|many|most|no|all|both|\d[\d,.]*|\p{Lu}\S*)$/u;
// A quotation or "that"-clause right after the participle, or after "in a statement".
const REPORTED = /^\s*(?:[:,]\s*)?["“~]|^\s+that\b|^\s+(?:in|on|at)\s+(?:[\w’'.-]+\s+){1,3}?that\b/;
// "telling reporters that", "warning residents: “...”": these take a listener before the content.
const TO_LISTENER = /^\s+(?:[\w’'.-]+\s+){1,3}?(?:that\b|[:,]?\s*["“~])/;
const TAKES_LISTENER = new Set(['telling', 'warning']);

function gapBefore(text: string, tokens: Token[], i: number): string {
  return text.slice(i > 0 ? tokens[i - 1].end : 0, tokens[i].start);
}

/** A word that can be a finite verb: a listed verb or auxiliary, or a lower-case past form. */
function isFiniteVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (/^\p{Lu}/u.test(t.word)) return false;
  if (FINITE.has(t.bare)) return true;
  // "a retired general", "the so-called" are adjectives after a determiner.
  if (/[a-z]ed$/.test(t.bare)) return i === 0 || !DETERMINER.has(tokens[i - 1].bare);
  return VERBS.has(t.bare) && !/ing$/.test(t.bare);
}

/** True when reported content follows the participle at `p`: a quotation, "that", or a clause. */
function reportsContent(text: string, tokens: Token[], p: number): boolean {
  const after = text.slice(tokens[p].end);
  if (REPORTED.test(after) || (TAKES_LISTENER.has(tokens[p].bare) && TO_LISTENER.test(after))) return true;
  // "saying the troops had withdrawn", "saying it showed the suspect": a clause with its own verb.
  const next = tokens[p + 1];
  if (!next || isBoundaryGap(gapBefore(text, tokens, p + 1)) || !CLAUSE_OPENER.test(next.word)) return false;
  for (let i = p + 2; i < Math.min(tokens.length, p + 10); i++) {
    if (isBoundaryGap(gapBefore(text, tokens, i))) return false;
    if (isFiniteVerb(tokens, i)) return true;
  }
  return false;
}

/** Where the main clause starts: after an opening adverbial ("On Tuesday,") or a conjunction. */
function clauseStart(text: string, tokens: Token[], before: number): number {
  let s = 0;
  if (OPENER.has(tokens[0].bare) || /ly$/.test(tokens[0].bare)) {
    let i = 1;
    while (i < before && !/,/.test(gapBefore(text, tokens, i))) i++;
    if (i >= before) return -1;
    s = i;
  }
  while (s < before && CONJUNCTION.has(tokens[s].bare)) s++;
  return s;
}

// What someone issues, sends or posts: "issued a statement saying", "sent a letter ... stating that".
const ISSUED = /^(?:statement|letter|release|post|note|memo|tweet|email|e-mail|message|video|notice|filing|complaint|lawsuit|motion|petition|report|memorandum)s?$/;

/**
 * True when the participle at `p` belongs to a document named just before it in the same clause,
 * without a comma: "The company issued a statement saying ...". The document says what its issuer
 * says, so the main clause's subject speaks.
 */
function documentBefore(text: string, tokens: Token[], p: number): boolean {
  for (let i = p - 1; i >= Math.max(1, p - 8); i--) {
    if (isBoundaryGap(gapBefore(text, tokens, i + 1))) return false;
    if (ISSUED.test(tokens[i].bare) && DETERMINER.has(tokens[i - 1].bare)) return true;
    if (ISSUED.test(tokens[i].bare) && i > 1 && DETERMINER.has(tokens[i - 2].bare)) return true;
  }
  return false;
}

export interface ParticipleSubject {
  info: SourceInfo;
  source: string;
  cue: string;
}

/**
 * The main clause's subject as the speaker of the participle at `p` (", saying ..."), or null when
 * the participle reports nothing or the clause has no subject that can be a source.
 */
export function participleSubject(text: string, tokens: Token[], p: number, sentenceStart: boolean): ParticipleSubject | null {
  if (!SPEECH_PARTICIPLES.has(tokens[p].bare) || p < 2) return null;
  if ((!/,/.test(gapBefore(text, tokens, p)) && !documentBefore(text, tokens, p)) || !reportsContent(text, tokens, p)) return null;
  const s = clauseStart(text, tokens, p);
  if (s < 0) return null;
  // The subject runs to the main verb; an apposition set off by commas may sit between them
  // ("Smith, 45, spoke to reporters, saying ...").
  let end = -1;
  let inApposition = false;
  for (let i = s + 1; i < p && i - s <= 20; i++) {
    const gap = gapBefore(text, tokens, i);
    if (isBoundaryGap(gap)) {
      if (!/,/.test(gap) || /[;:()"“”~]/.test(gap)) return null;
      if (end < 0) end = i - 1;
      inApposition = !inApposition;
    }
    if (!inApposition && isFiniteVerb(tokens, i)) {
      if (end < 0) end = i - 1;
      if (end - s >= 8) return null;
      const phrase = text.slice(tokens[s].start, tokens[end].end);
      const info = typeSourcePhrase(phrase, s === 0 && sentenceStart);
      return info ? { info, source: phrase, cue: tokens[p].word } : null;
    }
  }
  return null;
}
