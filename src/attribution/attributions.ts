// Attributions spoken in the sentence itself: a source and the cue that ties it to the sentence.
//
//   subject + verb       "Zelenskyy said", "Officials worry", "the strategist added", "he vowed"
//   verb + subject       '"...," said one anonymous military strategist'
//   apposition           "Ajmi Lourimi, a member of Ennahda's general secretariat, said"
//   according to         "according to British Armed Forces chief Tony Radakin"
//   passive agent        "as noted during President Zelenskyy's update", "was reported by Reuters"
//   document by          "a new report released on Monday by Stanford University's Center ..."
//   dash after a quote   '"..." – British Armed Forces chief Tony Radakin'
//   participle clause    "The ministry issued a statement, saying ..." (participle-clause.ts)
//
// Words inside quotation marks are masked before this runs: a quoted speaker's own "I said" or
// "according to" is not the writer's attribution.

import { BASE_FORMS, INVERTIBLE, VERBS, needsParticle, type VerbClass } from './speech-verbs';
import { ANONYMITY, POSTPOSED_ADJECTIVE, isRoleWord, typeSourcePhrase, type SourceInfo } from './source-phrase';
import { isBoundaryGap, tokenize, type Token } from './tokens';
import { participleSubject } from './participle-clause';
import { quoteFrame } from './quote-frame';
import { weakest } from './weakest';
import { AnyOf, matchesOf } from '../text/matches';

export interface FoundAttribution {
  info: SourceInfo;
  /** The source's words as written. */
  source: string;
  /** The cue words ("said", "according to"). */
  cue: string;
  how: 'verb' | 'according-to' | 'passive' | 'document' | 'dash' | 'possessive';
  verbClass?: VerbClass;
}

// Words between a subject and its verb: "has also warned", "are particularly concerned".
const NEGATED = "didn't doesn't don't won't wouldn't couldn't can't cannot hasn't haven't hadn't isn't wasn't weren't aren't shouldn't";
const AUXILIARY = new Set(
  `has have had is are was were be been being will would could may might can should did does do also still already repeatedly publicly previously later once again has long not never reportedly herself himself themselves itself since now just first then finally recently initially instead further too even twice often always ever earlier usually sometimes separately ${NEGATED} ${NEGATED.replace(/'/g, '’')}`.split(' '),
);
// Adverbs among the auxiliaries: they sit between a subject and its verb ("Big Machine have twice
// denied") without making the words before them a verb phrase.
const ADVERB = /^(?:also|still|later|once|again|previously|repeatedly|publicly|twice|often|always|ever|earlier|usually|sometimes|separately)$/;
/**
 * An auxiliary or adverb of the verb phrase; a capitalised "Will" or "May" is a name ("Will Moy", "May
 * said"), and so is a capitalised word before another capitalised word: a title or a name opens there
 * ("First Minister Alex Salmond said", "First Lady Michelle Obama").
 */
const isAuxiliary = (t: Token, next: Token | undefined) =>
  AUXILIARY.has(t.bare) && !(t.word === 'Will' || t.word === 'May') && !(next && /^\p{Lu}/u.test(t.word) && /^\p{Lu}/u.test(next.word));
/** isAuxiliary for the tokens from..to of a phrase, each with the word after it. */
const phraseHasAuxiliary = (tokens: Token[], from: number, to: number) => {
  for (let i = from; i <= to; i++) if (isAuxiliary(tokens[i], tokens[i + 1]) && !ADVERB.test(tokens[i].bare)) return true;
  return false;
};
const BE = new Set('is are was were be been being'.split(' '));
// Words of a time after "on", "last", "this": "on Tuesday", "last week".
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|night|morning|afternoon|evening|yesterday|today)$/;
// Participles that judge something "as" something: "a country described as", "a plan seen as".
const JUDGED_AS = /^(?:described|viewed|seen|regarded|characteri[sz]ed|portrayed|label?led|branded|dubbed|termed|hailed|praised|critici[sz]ed|cited|remembered|billed|touted|considered|perceived)$/;
// Pieces a publication prints: "a report in the Argus Leader" is the paper's.
const PUBLISHED_PIECE = /^(?:report|study|article|story|paper|piece|interview|editorial|column|op-ed|survey|analysis|investigation)$/;
// The word after "On", "In" that makes the phrase a date: a weekday, a month, a year.
const OPENING_DATE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\d{4}),?$/;
// Verbs whose negation is a refusal to speak: "would not say", "didn't disclose".
const REFUSED = /^(?:say|comment|elaborate|discuss|specify|disclose|reveal|detail|identify|respond)$/;
// Stance words that follow "be" as adjectives: "officials are concerned", "he is confident".
const BE_STANCE = new Set('concerned worried confident convinced adamant'.split(' '));
// Words that start a clause or phrase: a subject never runs back across them.
const CLAUSE = new Set(
  'that which who whom whose when where while because although though since after before if as and but or so yet than with without despite among amid including like unlike in on at from to into over under about against by during through per via whether what how why'.split(' '),
);
// A verb right after one of these is a noun: "its reports", "the claims", "in a statement".
const NOUN_BEFORE = new Set('a an the its their his her our my your this that these those some many any no'.split(' '));

function gapBefore(text: string, tokens: Token[], i: number): string {
  return text.slice(i > 0 ? tokens[i - 1].end : 0, tokens[i].start);
}

function phraseOf(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to].end);
}

const SUBJECT_PRONOUN = /^(?:he|she|they)$/i;
const ADDRESSED_DOCUMENT = /^(?:presentation|letter|memo|report|statement|note|email|e-mail|message|filing|submission|briefing)s?$/;
const RESEARCH_HEADS = /^(?:stud(?:y|ies)|research|reports?|polls?|surveys?|scientists?|researchers?|experts?|analysts?|economists?|data)$/;
// Verbs that need a particle in the middle of a sentence but speak when they close a quotation.
const SPEECH_AT_CLOSE = /^(?:responded|replied|asked|continued|added|posted|agreed|admitted|reported|stated)$/;
const PROGRESSIVE_SPEECH = /^(?:saying|hoping|warning|claiming|alleging|urging|demanding|insisting|arguing|reporting|asking|calling|predicting|accusing)$/;

// Prepositions inside a subject: "a presentation to bondholders indicated" is said by the presentation.
const INNER_PREPOSITION = new Set('of for from in on at about by against over under into across around within'.split(' '));

const OBJECT_DETERMINER = /^(?:the|a|an|its|his|her|their|our)$/;
// A lower-case past tense ("launched"). Asked of every word of every sentence (thatClauseSpeaker):
// a pattern written inside a function is a new object at each call.
const PAST_TENSE = /^[a-z]{3,}ed$/;
/** A lower-case past tense followed by a determiner: a verb and its object ("launched a tour"). */
function isVerbWithObject(tokens: Token[], i: number): boolean {
  return PAST_TENSE.test(tokens[i].word) && OBJECT_DETERMINER.test(tokens[i + 1]?.word ?? '');
}

const FINITE_SPEECH = /^(?:said|says|told|tells|wrote|writes|thought|saw|found|showed|shown)$/;

// A blanked aside (PARENTHETICAL) leaves a run of spaces where its commas were.
const BLANKED_GAP = / {3}/;

/** "an aide to", "a senior adviser to": a role with an indefinite article right before "to" at `j`. */
function unnamedRoleBefore(tokens: Token[], j: number): boolean {
  if (j < 2 || !isRoleWord(tokens[j - 1].word)) return false;
  for (let i = j - 2; i >= Math.max(0, j - 4); i--) if (/^(?:a|an|one)$/.test(tokens[i].bare)) return true;
  return false;
}

/** Walks left from `end` to the start of the noun phrase that ends there; -1 when there is none. */
function phraseStartBefore(text: string, tokens: Token[], end: number): number {
  let j = end;
  let count = 0;
  while (j >= 0 && count < 10) {
    // "Apple cancelled its failed project first announced": a past tense with its object is a clause
    // of its own; the noun phrase starts after it.
    // ("analysts who have studied the figures say": a relative clause, read by relativeSubject.)
    if (j < end && isVerbWithObject(tokens, j) && !(j > 0 && (AUXILIARY.has(tokens[j - 1].bare) || /^(?:who|that|which)$/.test(tokens[j - 1].bare)))) return j + 1;
    // "Usov says the family thought": a verb of the lists with its object's determiner ends the clause
    // before the subject.
    // So does a past tense or "says" of the lists, which no noun phrase holds: "He said officials believe".
    if (j < end && VERBS.has(tokens[j].bare) && /^\p{Ll}/u.test(tokens[j].word) && (OBJECT_DETERMINER.test(tokens[j + 1].word) || FINITE_SPEECH.test(tokens[j].word) || (/ed$/.test(tokens[j].word) && !(j > 0 && NOUN_BEFORE.has(tokens[j - 1].bare))))) return j + 1;
    // "That report found": a determiner opening the sentence or clause, not a relative pronoun.
    // ("that I needed": before a subject pronoun "that" opens a clause; it determines no noun.)
    if (/^(?:that|these|those)$/.test(tokens[j].bare) && j < end && (j === 0 || isBoundaryGap(gapBefore(text, tokens, j))) && !/^(?:i|we|you|he|she|it|they)$/i.test(tokens[j + 1].word)) return j;
    // "people familiar with the matter", "a source close to the family": the preposition belongs to the
    // subject; so does "to" after a document: "a presentation to bondholders indicated" is the presentation's.
    // So do "with knowledge of" and "to" after an unnamed role: "a person with knowledge of the talks",
    // "an aide to the senator" (not "former ambassador to the Ukraine Marie Yovanovitch").
    const bound = j > 0 && (POSTPOSED_ADJECTIVE.test(tokens[j - 1].bare) || (tokens[j].bare === 'to' && (ADDRESSED_DOCUMENT.test(tokens[j - 1].bare) || unnamedRoleBefore(tokens, j))) || (tokens[j].bare === 'with' && tokens[j + 1]?.bare === 'knowledge'));
    if (CLAUSE.has(tokens[j].bare) && !INNER_PREPOSITION.has(tokens[j].bare) && !bound) break;
    // "by" is the subject's only after a participle ("reports seen by Reuters"); otherwise it ends a
    // clause before the subject: "reduced to destitution by policies Mr Mugabe's critics have blamed".
    if (tokens[j].bare === 'by' && j > 0 && !/(?:ed|en|wn)$/.test(tokens[j - 1].bare)) break;
    // A preposition at the very start of the sentence or after a boundary opens an adverbial.
    if (INNER_PREPOSITION.has(tokens[j].bare) && (j === 0 || isBoundaryGap(gapBefore(text, tokens, j)) || j === end)) break;
    count++;
    // A blanked aside ("In Paris, on Monday, police said") separates what comes before it, like its commas did.
    if (j === 0 || isBoundaryGap(gapBefore(text, tokens, j)) || BLANKED_GAP.test(gapBefore(text, tokens, j))) return j;
    j--;
  }
  return j === end ? -1 : j + 1;
}

/** Walks right from `start` over the noun phrase that starts there; returns its last token. */
function phraseEndAfter(text: string, tokens: Token[], start: number, max = 12): number {
  let j = start;
  while (j + 1 < tokens.length && j - start < max - 1) {
    if (isBoundaryGap(gapBefore(text, tokens, j + 1))) break;
    const next = tokens[j + 1].bare;
    // "people briefed on the matter", "a source close to the family": the preposition is the phrase's.
    if (POSTPOSED_ADJECTIVE.test(tokens[j].bare) && /^(?:with|to|on|about)$/.test(next)) {
      j++;
      continue;
    }
    // "the World Travel and Tourism Council": "and" inside a name does not end it.
    if (next === 'and' && /^\p{Lu}/u.test(tokens[j + 2]?.word ?? '') && /^\p{Lu}/u.test(tokens[j].word)) {
      j++;
      continue;
    }
    if (/^(?:who|which|that|when|where|while|because|after|before|if|as|highlighting|adding|saying|but|and|during|to)$/.test(next)) break;
    // A finite verb after the noun phrase starts the clause it is the subject of ("a report from the
    // Center ... is not the first"); so does "there" ("a data release from China there was ...").
    if (/^(?:is|are|was|were|has|have|had|will|would|there)$/.test(tokens[j + 1].word)) break;
    // "by NASA's Hubble Space Telescope supported the existence": the phrase ends before a verb and its object.
    if (isVerbWithObject(tokens, j + 1)) break;
    // "data from the Census Bureau show the population grew": so before a verb of the lists, unless a
    // determiner makes it a noun ("people familiar with the report").
    // Only forms that are verbs whatever comes before ("a new case report" is a noun).
    const plainVerb = FINITE_SPEECH.test(next) || /ed$/.test(next) || /^(?:show|suggest|indicate|reveal|say)$/.test(next);
    if (VERBS.has(next) && plainVerb && /^\p{Ll}/u.test(tokens[j + 1].word) && !NOUN_BEFORE.has(tokens[j].bare) && !INNER_PREPOSITION.has(tokens[j].bare)) break;
    // "accused by critics of promoting high-tax policies": a preposition before a gerund opens the
    // verb's complement, not more of the agent.
    if (/^(?:of|for)$/.test(next) && /^[a-z]{3,}ing$/.test(tokens[j + 2]?.word ?? '')) break;
    // A time is no part of who speaks: "Amnesty International on Tuesday", "the top court last week",
    // "a post at the time".
    if (/^(?:on|last|this|next|yesterday|today)$/.test(next) && TIME_WORD.test(tokens[next === 'on' || /^(?:last|this|next)$/.test(next) ? j + 2 : j + 1]?.bare ?? '')) break;
    if (next === 'at' && tokens[j + 2]?.bare === 'the' && tokens[j + 3]?.bare === 'time') break;
    // "said Smith in a statement" stops; "an officer stationed in Kursk" goes on; so does a piece in
    // a named publication: "a report in the Argus Leader", "a study in The Lancet".
    const inPublication = next === 'in' && PUBLISHED_PIECE.test(tokens[j].bare) && /^\p{Lu}/u.test(tokens[tokens[j + 2]?.bare === 'the' ? j + 3 : j + 2]?.word ?? '');
    if (/^(?:in|on|at)$/.test(next) && /^(?:a|an|the|his|her|its|their|an)$/i.test(tokens[j + 2]?.bare ?? '') && !inPublication) break;
    j++;
  }
  return j;
}

/** A named person in apposition after the phrase ending at `end`, closing the sentence: ", Fiona Hill." */
function namedApposition(text: string, tokens: Token[], end: number): { phrase: string; info: SourceInfo } | null {
  // The description may go on before the comma: "another witness in the impeachment probe, ...".
  let first = end + 1;
  while (first < tokens.length && first - end <= 8 && !isBoundaryGap(gapBefore(text, tokens, first))) first++;
  if (first >= tokens.length || !/^\s*,\s*$/.test(gapBefore(text, tokens, first))) return null;
  const last = phraseEndAfter(text, tokens, first);
  if (!/^\s*[.!?]?["”’]?\s*$/.test(text.slice(tokens[last].end))) return null;
  const phrase = phraseOf(text, tokens, first, last);
  const info = typeSourcePhrase(phrase, false);
  return info?.type === 'named' && info.kind === 'person' ? { phrase, info } : null;
}

/**
 * The whole subject when the words before "and" are a noun phrase that opens the clause: "Parata and
 * his family", "Businesses and residents". One named conjunct identifies who speaks; otherwise the
 * weaker kind stands. Null when the words before "and" are a clause of their own ("The company cut
 * jobs and executives said").
 */
function coordinatedSubject(text: string, tokens: Token[], from: number, k: number, opensSentence: boolean, right: SourceInfo | null): { phrase: string; info: SourceInfo } | null {
  const and = from - 1;
  if (and < 1 || tokens[and].bare !== 'and' || isBoundaryGap(gapBefore(text, tokens, and)) || isBoundaryGap(gapBefore(text, tokens, from))) return null;
  const start = phraseStartBefore(text, tokens, and - 1);
  if (start < 0 || and - start > 6 || !(start === 0 || isBoundaryGap(gapBefore(text, tokens, start)))) return null;
  const left = tokens.slice(start, and);
  // A verb inside means a clause: a listed verb, an auxiliary, a lower-case past tense.
  if (left.some((t, i) => VERBS.has(t.bare) || isAuxiliary(t, tokens[start + i + 1]) || BE.has(t.bare) || /^[a-z]{3,}ed$/.test(t.word) || CLAUSE.has(t.bare) && !INNER_PREPOSITION.has(t.bare))) return null;
  // Without a tagger, only the shapes a noun phrase surely has: a name ("Parata", "Tom Young"), a
  // determiner and up to two words ("his family"), one word ("Businesses"), or a name with its
  // complement ("The Lancet Commission on pollution"). "Tuukka Rask made 25 saves" is none of them.
  const capitalised = (t: Token) => /^\p{Lu}/u.test(t.word);
  const preposition = left.findIndex((t) => INNER_PREPOSITION.has(t.bare));
  const nounPhrase =
    left.every(capitalised) ||
    (left.length <= 3 && (NOUN_BEFORE.has(left[0].bare) || left.length === 1)) ||
    (preposition > 0 && left.slice(0, preposition).every(capitalised) && left.length - preposition <= 3 && left.slice(preposition + 1).every((t) => !/\d/.test(t.word)));
  if (!nounPhrase) return null;
  // "he and his wife Kali": the pronoun's person is the one named again; the named conjunct speaks.
  if (and - start === 1 && /^(?:he|she|they|it|we|i|you)$/i.test(tokens[start].word)) return null;
  // "Businesses and residents": a plural noun that opens the sentence is capitalised for that alone.
  const initialPlural = start === 0 && opensSentence && left.length === 1 && /^\p{Lu}\p{Ll}+s$/u.test(left[0].word);
  const leftInfo = initialPlural ? typeSourcePhrase(left[0].bare) : typeSourcePhrase(phraseOf(text, tokens, start, and - 1), start === 0 && opensSentence);
  // The words before "and" end on their head noun or a name: "his family", "Parata"; not "cut jobs".
  const last = left[left.length - 1];
  if (initialPlural && !leftInfo && right) return { phrase: phraseOf(text, tokens, start, k), info: { ...right, plural: true } };
  if (!leftInfo || !(/^\p{Lu}/u.test(last.word) || last.bare.replace(/s$/, '') === leftInfo.head.replace(/s$/, ''))) return null;
  // "The Lancet Commission on pollution and health": "and" inside the phrase's own complement.
  const inner = left.some((t) => INNER_PREPOSITION.has(t.bare));
  const both = [leftInfo, right].filter((x): x is SourceInfo => !!x);
  const namedOne = both.find((x) => x.type === 'named' && x.kind !== 'pronoun');
  const chosen = inner ? leftInfo : (namedOne ?? weakest(both)!);
  return { phrase: phraseOf(text, tokens, start, k), info: { ...chosen, plural: !inner || chosen.plural } };
}

// "the two said": a number of people, not a description of one.
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|few|other|latter|former)$/;
const PLAIN_SAYING = /^(?:say|says|said|tell|tells|told|add|adds|added|write|writes|wrote)$/;

/**
 * The subject of a verb of saying that no word list knows is still someone speaking, because only
 * people and bodies say or tell: "protesters said", "indigenous elders say" (an unnamed group), "the
 * suspect said", "the brokerage said" (a definite description that points back to someone the story
 * introduced, resolved like "the actor": index.ts).
 */
function speakerByVerb(phrase: string, head: Token, verb: Token): SourceInfo | null {
  if (/^[a-z]+[^s]s$/.test(head.word) && head.bare.length > 4) {
    return { type: 'anonymous', kind: 'anonymous', head: head.bare.replace(/s$/, ''), plural: true };
  }
  // Only with the plain verbs of saying: "the script called for" and "the plan showed" are no speakers.
  if (PLAIN_SAYING.test(verb.bare) && /^the(?:\s+[a-z][a-z-]*){1,3}$/i.test(phrase.trim()) && /^[a-z]{3,}$/.test(head.word) && !/s$/.test(head.word) && !NUMBER_WORD.test(head.word)) {
    return { type: 'anonymous', kind: 'role', head: head.bare, plural: false };
  }
  return null;
}

// Blanked asides and unquoted titles leave runs of spaces in a phrase: the reader sees its words, once spaced.
const attribution = (
  info: SourceInfo | null,
  source: string,
  cue: string,
  how: FoundAttribution['how'],
  verbClass?: VerbClass,
): FoundAttribution | null => (info ? { info, source: source.includes('  ') ? source.replace(/\s{2,}/g, ' ') : source, cue, how, verbClass } : null);

/**
 * The noun phrase that opens the sentence as its subject, when a finite verb follows it ("Vietnam
 * is", "The company has", "Boeing confirmed") and the sentence runs without a full stop to `and`.
 * Only a name, an organisation, a role or a pronoun: "The decision was ... and said" has no speaker.
 */
function openingSubject(text: string, tokens: Token[], and: number, sentenceStart: boolean): { phrase: string; info: SourceInfo } | null {
  if (!/^\s*$/.test(text.slice(0, tokens[0].start))) return null;
  // "In his Instagram post, Van Der Beek even touched upon ... and noted": past an opening adverbial.
  let start = 0;
  if (INNER_PREPOSITION.has(tokens[0].bare)) {
    while (start < and && !/,/.test(gapBefore(text, tokens, start + 1))) start++;
    start++;
  }
  if (start >= and - 1 || CLAUSE.has(tokens[start].bare)) return null;
  const verbNext = (i: number) => FINITE_AFTER_SUBJECT.test(tokens[i].word) || (AUXILIARY.has(tokens[i].bare) && tokens[i].word !== 'Will');
  let end = start;
  while (end < Math.min(and, start + 6) && !isBoundaryGap(gapBefore(text, tokens, end + 1)) && !verbNext(end + 1)) end++;
  if (end >= and - 1 || !verbNext(end + 1)) return null;
  // No second subject between: "Smith resigned and officials said" has its own.
  for (let i = end + 2; i < and; i++) if (/[.;:]/.test(gapBefore(text, tokens, i))) return null;
  // Not an adverbial ("On one Facebook page an unidentified poster") nor a phrase cut after its determiner.
  if (INNER_PREPOSITION.has(tokens[start].bare) || NOUN_BEFORE.has(tokens[end].bare)) return null;
  const phrase = phraseOf(text, tokens, start, end);
  const info = typeSourcePhrase(phrase, start === 0 && sentenceStart);
  if (!info || info.type !== 'named' || info.kind === 'document') return null;
  return { phrase, info };
}
const FINITE_AFTER_SUBJECT = /^(?:is|are|was|were|has|have|had|will|would|can|could|[a-z]{3,}ed|[a-z]{3,}[^s]s)$/;

/**
 * The name that opens a chain of appositions ending before `comma`: "Cmdr. Sean Robertson" in "Cmdr.
 * Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military operation ..., told". Only a
 * named person or organisation opening its clause; the phrases between describe it.
 */
function firstOfChain(text: string, tokens: Token[], comma: number): { phrase: string; info: SourceInfo } | null {
  let previous = -1;
  for (let i = comma - 1; i > 0 && comma - i < 20; i--) {
    const gap = gapBefore(text, tokens, i);
    if (isBoundaryGap(gap) && !/,/.test(gap)) break;
    if (/,/.test(gap)) {
      previous = i;
      break;
    }
  }
  if (previous < 0) return null;
  const start = phraseStartBefore(text, tokens, previous - 1);
  if (start < 0 || !(start === 0 || isBoundaryGap(gapBefore(text, tokens, start)))) return null;
  const phrase = phraseOf(text, tokens, start, previous - 1);
  const info = typeSourcePhrase(phrase, start === 0);
  return info && info.type === 'named' && (info.kind === 'person' || info.kind === 'organisation') && /^\p{Lu}/u.test(tokens[previous - 1].word) ? { phrase, info } : null;
}

/** A verb's subject, before it ("Zelenskyy said") or after it ('," said Lotfi Azzouz'). */
function subjectOfVerb(text: string, tokens: Token[], v: number, sentenceStart: boolean): FoundAttribution | null {
  const verb = tokens[v];
  const cls = VERBS.get(verb.bare)!;
  let k = v - 1;
  let passive = false;
  // An adverb in -ly, unless a determiner makes it a noun: "his family believe", "the rally said".
  // ("very", "so" before such an adverb: "as Gizmodo very recently explained".)
  const skippable = (i: number) => isAuxiliary(tokens[i], tokens[i + 1]) || (/^[a-z]+ly$/.test(tokens[i].word) && !(i > 0 && NOUN_BEFORE.has(tokens[i - 1].bare))) || (/^(?:very|so|quite|most|more)$/.test(tokens[i].word) && /^[a-z]+ly$/.test(tokens[i + 1]?.word ?? ''));
  let auxiliaries = 0;
  while (k >= 0 && skippable(k) && !isBoundaryGap(gapBefore(text, tokens, k + 1))) {
    if (!/ly$/.test(tokens[k].bare) && tokens[k].bare !== 'also' && tokens[k].bare !== 'not') auxiliaries++;
    if (BE.has(tokens[k].bare)) passive = true;
    k--;
  }
  // A time between the subject and its verb: "Amnesty International on Tuesday said", "the court last
  // week ruled", "Smith yesterday said".
  if (k > 0 && TIME_WORD.test(tokens[k].bare) && /^(?:on|last|this|next)$/.test(tokens[k - 1].bare) && !isBoundaryGap(gapBefore(text, tokens, k + 1))) k -= 2;
  else if (k > 0 && /^(?:yesterday|today)$/.test(tokens[k].bare) && !isBoundaryGap(gapBefore(text, tokens, k + 1))) k--;
  // ... and an adverb before the time: "The Associated Press later today reported".
  if (k < v - 1 && k > 0 && /^(?:later|earlier|also)$/.test(tokens[k].bare) && !isBoundaryGap(gapBefore(text, tokens, k + 1))) k--;
  // ... and an auxiliary before them: "Swamy had earlier this week alleged".
  while (k < v - 1 && k > 0 && isAuxiliary(tokens[k], tokens[k + 1]) && !isBoundaryGap(gapBefore(text, tokens, k + 1))) {
    auxiliaries++;
    k--;
  }
  // "a country described as the lone success": a participle straight before "as" describes the noun
  // before it, passive with no agent (the agentless rule's business); only an object fronted by
  // "what", "which", "that" makes it active ("in what host Tom Bergeron described as").
  if (JUDGED_AS.test(verb.bare) && tokens[v + 1]?.bare === 'as' && !tokens.slice(Math.max(0, v - 8), v).some((t) => /^(?:what|which|that)$/.test(t.bare))) return null;
  // "is expected to", "were told": passive voice hides the source (the agentless rule's business).
  if (passive && !BE_STANCE.has(verb.bare) && /(?:ed|en|wn|ld|ght|id)$/.test(verb.bare)) return null;
  // "Suggestions are welcome": an adjective after "be".
  if (passive && verb.bare === 'welcome') return null;
  if (passive === false && BE_STANCE.has(verb.bare) && !/^(?:worried|concerned)$/.test(verb.bare)) return null;
  // "the administration will announce a strategy": a speech still to come attributes nothing yet.
  // So is one that might happen: "if the country would announce the investigations".
  if (tokens.slice(k + 1, v).some((t) => /^(?:will|would|might|should|may)$/.test(t.word)) && cls === 'speech') return null;
  // "did not say whether", "won't disclose": a refusal to speak is no-comment.ts's ("declined to say").
  if (REFUSED.test(verb.bare) && tokens.slice(k + 1, v).some((t) => t.bare === 'not' || /n['’]t$/.test(t.bare))) return null;
  // ("Many fear that", "..., some say": a quantifier opening its clause is the subject, not a determiner.)
  // So is one an auxiliary follows, or one that opens a relative clause: "resistance that some have
  // called the “Belfastisation”" (a determiner needs its noun before any verb).
  const quantifierSubject = k >= 0 && /^(?:many|some|most|several|few)$/.test(tokens[k].bare) && (k === 0 || isBoundaryGap(gapBefore(text, tokens, k)) || auxiliaries > 0 || /^(?:that|which)$/.test(tokens[k - 1].bare));
  if (k >= 0 && !quantifierSubject && (NOUN_BEFORE.has(tokens[k].bare) || /['’]s$/.test(tokens[k].word))) return null;
  // "Fort Worth Police Department responded and confirmed that": a second verb shares the first's subject.
  if (k > 1 && tokens[k].bare === 'and' && /^[a-z]{3,}ed$/.test(tokens[k - 1].word) && !isBoundaryGap(gapBefore(text, tokens, k)) && !isBoundaryGap(gapBefore(text, tokens, k - 1))) {
    const start = phraseStartBefore(text, tokens, k - 2);
    if (start >= 0 && (start === 0 || isBoundaryGap(gapBefore(text, tokens, start)))) {
      const phrase = phraseOf(text, tokens, start, k - 2);
      const info = typeSourcePhrase(phrase, start === 0 && sentenceStart);
      if (info && info.type === 'named' && cls !== 'research') return attribution(info, phrase, verb.word, 'verb', cls);
    }
  }
  // "Vietnam is one of China's most vocal critics and has accused Beijing of ...": a second verb
  // phrase after "and" shares the subject that opens the sentence.
  // So does one after "but": "Young didn't address the cost but did criticize the plan".
  // (Not a noun in a list: "healing and hope and everything else".)
  if (k > 1 && (tokens[k].bare === 'and' || tokens[k].bare === 'but') && sentenceStart && cls !== 'research' && !/^(?:and|or)$/.test(tokens[v + 1]?.bare ?? '')) {
    const shared = openingSubject(text, tokens, k, sentenceStart);
    if (shared) return attribution(shared.info, shared.phrase, verb.word, 'verb', cls);
  }
  // "two highly critical reports": after a number and its modifiers a form in -s is a plural noun.
  if (/s$/.test(verb.bare)) {
    for (let m = k; m >= 0 && k - m < 3 && /^\p{Ll}/u.test(tokens[m].word) && !isBoundaryGap(gapBefore(text, tokens, m + 1)); m--) {
      if (/^(?:two|three|four|five|six|seven|eight|nine|ten|dozens|several|\d[\d,.]*)$/.test(tokens[m].bare)) return null;
    }
  }
  // "NIU’s title hopes", "China’s sweeping territorial claims": after a possessive and its modifiers
  // a verb form ending in -s is the phrase's plural noun.
  if (/s$/.test(verb.bare) && k > 0) {
    let m = k;
    while (m > 0 && k - m < 3 && /^\p{Ll}/u.test(tokens[m].word) && !isBoundaryGap(gapBefore(text, tokens, m + 1))) m--;
    if (m < k && /['’]s$/.test(tokens[m].word) && !isBoundaryGap(gapBefore(text, tokens, m + 1))) return null;
  }

  const gap = gapBefore(text, tokens, k + 1);
  const directlyAfterBoundary = k < 0 || isBoundaryGap(gap);
  // The first word is capitalised only for being first, unless a quotation comes before it
  // ('"...," Doctor asks': a surname, not the noun "doctor").
  const opensSentence = tokens.length > 0 && !/[~\p{L}\p{N}]/u.test(text.slice(0, tokens[0].start));
  /** The noun phrase before a relative pronoun at `r`, as the verb's subject. */
  const relativeSubject = (r: number): FoundAttribution | null => {
    if (r <= 0 || k - r > 8 || cls === 'research' || /ing$/.test(verb.bare) || isBoundaryGap(gapBefore(text, tokens, r))) return null;
    // "reported that smooth muscle expresses": after a verb "that" opens what was said, not a relative clause.
    if (VERBS.has(tokens[r - 1].bare) && /^\p{Ll}/u.test(tokens[r - 1].word)) return null;
    const from = phraseStartBefore(text, tokens, r - 1);
    // Only the clause's subject: "keeps in place a prime minister who has declared" describes an object.
    if (from < 0 || !(from === 0 || isBoundaryGap(gapBefore(text, tokens, from)))) return null;
    const subject = phraseOf(text, tokens, from, r - 1);
    let info = typeSourcePhrase(subject, from === 0 && sentenceStart && opensSentence);
    // "Senator James Lankford, an Oklahoma Republican who warned": the description is in apposition
    // to the name before its comma, who is the one who warned.
    if (info && info.type !== 'named' && from > 0 && /^,\s*$/.test(gapBefore(text, tokens, from))) {
      const nameStart = phraseStartBefore(text, tokens, from - 1);
      const name = nameStart >= 0 ? phraseOf(text, tokens, nameStart, from - 1) : '';
      const named = name ? typeSourcePhrase(name, nameStart === 0 && sentenceStart && opensSentence) : null;
      if (named?.type === 'named' && named.kind === 'person') return attribution(named, name, verb.word, 'verb', cls);
    }
    if (!info || info.kind === 'pronoun' || (BASE_FORMS.has(verb.bare) && !info.plural && auxiliaries === 0)) return null;
    return attribution(info, subject.replace(/^(?:but|and|however|so|yet)\s+/i, ''), verb.word, 'verb', cls);
  };
  // "She didn't give a date, but said SpaceX would fly": the sentence's own subject, when it is a
  // pronoun, says the second half too.
  if (k > 0 && /^(?:but|and)$/.test(tokens[k].bare) && INVERTIBLE.has(verb.bare) && sentenceStart && opensSentence && SUBJECT_PRONOUN.test(tokens[0].word)) {
    return attribution(typeSourcePhrase(tokens[0].word), tokens[0].word, verb.word, 'verb', cls);
  }
  // "A spokesperson who did not wish to be named said": a relative clause, without commas, that
  // withholds the name of the subject before it.
  if (!directlyAfterBoundary && k > 1 && cls === 'speech') {
    for (let r = k; r > 0 && k - r < 12 && !isBoundaryGap(gapBefore(text, tokens, r + 1 <= k ? r + 1 : r)); r--) {
      if (tokens[r].bare !== 'who') continue;
      if (!ANONYMITY.test(phraseOf(text, tokens, r, k))) break;
      const from = phraseStartBefore(text, tokens, r - 1);
      if (from < 0) break;
      const name = phraseOf(text, tokens, from, r - 1);
      const info = typeSourcePhrase(name, from === 0 && sentenceStart && opensSentence);
      return attribution({ type: 'anonymous', kind: 'anonymous', head: info?.head ?? 'source', plural: info?.plural ?? false }, name, verb.word, 'verb', cls);
    }
  }
  // "Analysts who said so", "the report that concluded": the relative pronoun stands for the subject.
  if (!directlyAfterBoundary && k >= 0 && /^(?:who|that|which)$/.test(tokens[k].bare)) {
    const found = relativeSubject(k);
    if (found) return found;
  }
  if (!directlyAfterBoundary && k >= 0 && !CLAUSE.has(tokens[k].bare)) {
    // A subject pronoun is the whole subject: "attack code he said exploits the flaw" (a relative
    // clause without its "that") is his saying, not the code's.
    // Only with a verb of saying: "a photo she posted", "the finale he hoped for" are no attribution.
    const start = SUBJECT_PRONOUN.test(tokens[k].word) && INVERTIBLE.has(verb.bare) ? k : phraseStartBefore(text, tokens, k);
    // A participle takes a subject only in "with experts noting", "with reports indicating".
    // "lawyers are demanding", "authorities are reporting": "be" makes a verb of saying progressive.
    // Not "is promising" (an adjective), "are writing apps", "is denying vaccines" (actions).
    const progressive = passive && PROGRESSIVE_SPEECH.test(verb.bare);
    if (/ing$/.test(verb.bare) && !progressive && !(start > 0 && tokens[start - 1].bare === 'with')) return null;
    // "Washington-based analysts who have done the calculations say": the subject is before the
    // relative clause (only when the words after "who" are no subject themselves).
    const verbPhrase = start >= 0 && phraseHasAuxiliary(tokens, start, k);
    if (start > 0 && /^(?:who|that|which)$/.test(tokens[start - 1].bare) && (verbPhrase || !typeSourcePhrase(phraseOf(text, tokens, start, k), false))) {
      const found = relativeSubject(start - 1);
      if (found) return found;
    }
    if (start >= 0) {
      // "Last week State Department official David Holmes revealed": the time is no part of the subject.
      let from = start;
      if (/^(?:last|this|next|earlier|later)$/.test(tokens[from].bare) && /^(?:week|month|year|night|weekend|summer|spring|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[from + 1]?.bare ?? '') && from + 2 <= k) from += 2;
      // A date opening the sentence without a comma: "On Monday the company said", "In 2019 Apple said".
      else if (from > 0 && /^(?:on|in|since|by)$/.test(tokens[from - 1].bare) && OPENING_DATE.test(tokens[from].word)) {
        let to = from + 1;
        while (to <= k && (OPENING_DATE.test(tokens[to].word) || /^\d{1,4},?$/.test(tokens[to].word))) to++;
        if (to <= k) from = to;
      }
      let phrase = phraseOf(text, tokens, from, k);
      // A subject is a noun phrase: "have helped Ukrainian forces maintain" is not one.
      if (phraseHasAuxiliary(tokens, start, k)) return null;
      // A subject never opens with a preposition: "of the region’s most vocal critics ... claims".
      if (INNER_PREPOSITION.has(tokens[from].bare)) return null;
      // Nor is it the object of one: in "compassion during Carlineo's sentencing in a letter posted on
      // Twitter", "posted" is a participle describing the letter, not a verb whose subject is the phrase.
      // (Not after an auxiliary, "by policies critics have long blamed", nor after a word that also
      // opens a clause, "Before the examiner concluded".)
      if (/ed$/.test(verb.bare) && auxiliaries === 0 && from > 0 && /^(?:during|in|on|at|of|for|from|with|about|through|under|over|into|against)$/.test(tokens[from - 1].bare) && !isBoundaryGap(gapBefore(text, tokens, from))) return null;
      // "Usov says the family thought ...": a subject right after a verb of saying opens what was said;
      // the one who says it is the source.
      // So does one after "<verb> that": "the laboratory reported that smooth muscle ... expresses".
      const opener = from > 1 && tokens[from - 1].bare === 'that' && !isBoundaryGap(gapBefore(text, tokens, from - 1)) ? from - 2 : from - 1;
      if (opener >= 0 && VERBS.has(tokens[opener].bare) && /^\p{Ll}/u.test(tokens[opener].word) && !isBoundaryGap(gapBefore(text, tokens, opener + 1))) return null;
      let info = typeSourcePhrase(phrase, from === 0 && sentenceStart && opensSentence);
      // "Parata and his family believe", "The Lancet Commission on pollution and health found": the
      // subject runs back across "and" to the start of its clause.
      const joined = coordinatedSubject(text, tokens, from, k, sentenceStart && opensSentence, info);
      if (joined) {
        phrase = joined.phrase;
        info = joined.info;
      }
      if (!info && cls === 'speech') info = speakerByVerb(phrase, tokens[k], verb);
      // "Officials worry" but not "the US state of": a base form needs a plural subject or an auxiliary.
      if (info && BASE_FORMS.has(verb.bare) && auxiliaries === 0 && !info.plural && !/^(?:they|we|i|you)$/i.test(phrase)) return null;
      // "Sources told CNN": an outlet's own sources, concrete people it withholds (SOURCING.md: "our
      // sources say" is anonymous); "sources suggest" stays vague.
      if (info?.type === 'vague' && info.head === 'source' && /^told$|^tell$/.test(verb.bare) && /^\s+\p{Lu}/u.test(text.slice(verb.end))) {
        info = { ...info, type: 'anonymous', kind: 'anonymous' };
      }
      // "Studies have shown that", "researchers found that": findings with nobody identifiable behind
      // them ("if scientists found signs of it" reports no finding).
      const thatClause = /^\s+that\b/i.test(text.slice(verb.end));
      const vagueFindings = info?.type === 'vague' && RESEARCH_HEADS.test(info.head) && thatClause;
      // "Howitt found that they had 18 times the number": a that-clause makes the verb report a
      // finding, whoever found it; "police found a body" is an action.
      const reportedFinding = info?.type !== 'vague' && thatClause;
      // "Moreover, the report’s authors concluded, federal recommendations are ...": set off by
      // commas, the verb frames what the sentence reports.
      const framing = cls === 'research' && /^\s*,/.test(text.slice(verb.end)) && /,\s*$/.test(text.slice(0, tokens[from].start));
      if (info && (cls !== 'research' || info.kind === 'document' || info.kind === 'organisation' || info.kind === 'pronoun' || vagueFindings || reportedFinding || framing)) {
        phrase = phrase.replace(/^(?:but|and|however|so|yet)\s+/i, '');
        return attribution(info, phrase, verb.word, 'verb', cls);
      }
      return null;
    }
  }
  // "Ajmi Lourimi, a member of Ennahda's general secretariat, said": a subject, then an apposition.
  // (An abbreviation's full stop may end the apposition: "Sen. Ben Sasse, R-Neb., called".)
  if (k >= 0 && /^\.?\s*(?:,|[—–]|\s-)\s*$/.test(gap) && !/ing$/.test(verb.bare)) {
    let comma = -1;
    for (let i = k; i > 0; i--) {
      // Commas or dashes set off the clause: "The Palestinian Authority - which ... - called for".
      if (/,|[—–]|\s-\s/.test(gapBefore(text, tokens, i))) {
        comma = i;
        break;
      }
      if (isBoundaryGap(gapBefore(text, tokens, i))) break;
    }
    // "A senior engineer, who spoke on condition of anonymity, said": a relative clause about the subject.
    // "A senior official, speaking on condition of anonymity, said": a participle phrase about the
    // subject is read like a relative clause.
    // ("groundbreaking advances, says X" is no such phrase: a participle takes a complement.)
    // ("The study, published in Nature, found": a past participle too.)
    const participle = comma > 0 && /^[a-z]{3,}(?:ing|ed)$/.test(tokens[comma].word) && /^(?:on|to|in|at|for|from|with|by|about|the|a|an|his|her|their|its|anonymity|that|last|this|earlier)$/.test(tokens[comma + 1]?.bare ?? '');
    const relative = comma > 0 && (/^(?:who|whose|which)$/.test(tokens[comma].bare) || participle);
    if (relative && k - comma < 25) {
      const nameStart = phraseStartBefore(text, tokens, comma - 1);
      if (nameStart >= 0) {
        const name = phraseOf(text, tokens, nameStart, comma - 1);
        const clause = phraseOf(text, tokens, comma, k);
        const info = typeSourcePhrase(name, nameStart === 0 && sentenceStart && opensSentence);
        // The clause can withhold the name ("who spoke on condition of anonymity"): then it is anonymous
        // whatever the subject's words are.
        if (ANONYMITY.test(clause)) {
          return attribution({ type: 'anonymous', kind: 'anonymous', head: info?.head ?? 'source', plural: info?.plural ?? false }, name, verb.word, 'verb', cls);
        }
        if (info) return attribution(info, name, verb.word, 'verb', cls);
        // "Israeli settlers, who overwhelmingly form part of ..., said": an unnamed group of people.
        if (cls === 'speech' && /^[a-z]+[^s]s$/.test(tokens[comma - 1].word) && tokens[comma - 1].bare.length > 4) {
          return attribution({ type: 'anonymous', kind: 'anonymous', head: tokens[comma - 1].bare.replace(/s$/, ''), plural: true }, name, verb.word, 'verb', cls);
        }
        return null;
      }
    }
    // The apposition describes the subject: "a member of ...", "the leader of ...", "Tunisia country director".
    // After a full name any apposition describes it: "Charles Simpson, program administrator for ..., told".
    const fullNameBefore = comma > 1 && /^\p{Lu}/u.test(tokens[comma - 1].word) && /^\p{Lu}/u.test(tokens[comma - 2].word);
    // "Steenburgen's son, filmmaker Charlie McDowell, said": a title before a name is an apposition too.
    // (A title is a noun of a role or a doer: "filmmaker", "senator"; not "entitled", "allowing".)
    const title = comma > 0 ? tokens[comma].word : '';
    const titledName = /^\p{Ll}+$/u.test(title) && (isRoleWord(title) || /^[a-z]{3,}(?:er|or|ist|ian)$/.test(title)) && /^\p{Lu}/u.test(tokens[comma + 1]?.word ?? '') && comma + 1 <= k;
    // ("Lopez, 54, said": an age in apposition.)
    const describes = comma > 0 && (fullNameBefore || titledName || /^(?:a|an|the|one|another|its|his|her|their|\p{Lu}\S*|\d{1,3})$/u.test(tokens[comma].word));
    if (describes && k - comma < 25) {
      const nameStart = phraseStartBefore(text, tokens, comma - 1);
      if (nameStart >= 0) {
        const name = phraseOf(text, tokens, nameStart, comma - 1);
        const apposition = phraseOf(text, tokens, comma, k);
        const a = typeSourcePhrase(name, nameStart === 0 && sentenceStart && opensSentence);
        const appositionHead = apposition.replace(/\s+(?:and|who|which)\b.*$/, '');
        const b = typeSourcePhrase(appositionHead, false);
        // "..., a Syrian refugee who asked not to be identified, said": the apposition withholds the name.
        if (ANONYMITY.test(apposition)) {
          return attribution({ type: 'anonymous', kind: 'anonymous', head: a?.head ?? b?.head ?? 'source', plural: a?.plural ?? false }, name, verb.word, 'verb', cls);
        }
        // Two appositions in a row: "Jane Roe, a spokeswoman for Acme, the country's largest utility,
        // said": the name before the first is the subject.
        const chained = firstOfChain(text, tokens, comma);
        if (chained) return attribution(chained.info, chained.phrase, verb.word, 'verb', cls);
        if (a && a.type === 'named' && (a.kind === 'person' || a.kind === 'organisation')) return attribution(a, name, verb.word, 'verb', cls);
        // (The apposition shown without its relative clause: "the Somalis", not "the Somalis who were
        // translating for me".)
        if (b && b.type === 'named' && b.kind === 'person') return attribution(b, appositionHead, verb.word, 'verb', cls);
        if (a && b) return attribution(a, name, verb.word, 'verb', cls);
      }
    }
  }
  // '"...," said X' and ', said X': the subject follows.
  // Right after a quotation any verb of saying frames it: '“...,” promises Thrasher.'
  const afterQuotation = cls === 'speech' && /~/.test(gap);
  if (directlyAfterBoundary && (INVERTIBLE.has(verb.bare) || afterQuotation) && v + 1 < tokens.length) {
    const next = tokens[v + 1];
    // '," said councillor Ines Barros': a lower-case title right before a name starts the subject too.
    // Several lower-case words may come first: '," said chief inspector Jane Roe', 'says veteran industry analyst Ken Doctor'.
    let n = v + 1;
    while (n < v + 5 && n + 1 < tokens.length && /^\p{Ll}/u.test(tokens[n].word) && !isBoundaryGap(gapBefore(text, tokens, n + 1))) n++;
    // (A title is a noun of a role or a doer: "planner", "novelist".)
    const titledName = n > v + 1 && (isRoleWord(tokens[n - 1].word) || /^[a-z]{3,}(?:er|or|ist|ian)$/.test(tokens[n - 1].word)) && /^\p{Lu}/u.test(tokens[n]?.word ?? '');
    // '"...," say economists': a bare plural source.
    const barePlural = /^(?:say|said)$/.test(verb.bare) && typeSourcePhrase(next.word, false)?.plural === true && /^[a-z]+s$/.test(next.word);
    // '," wrote 43-year-old Martin Taylor': an age before the name.
    const agedName = /^\d+-year-old$/i.test(next.word) && /^\p{Lu}/u.test(tokens[v + 2]?.word ?? '');
    if (!isBoundaryGap(gapBefore(text, tokens, v + 1)) && (titledName || barePlural || agedName || /^(?:\p{Lu}|a$|an$|one$|the$|another$|two$|three$|several$|some$|many$)/u.test(next.word))) {
      const end = phraseEndAfter(text, tokens, v + 1);
      const phrase = phraseOf(text, tokens, v + 1, end);
      // 'said the policy change paved the way for ...': a clause, not a subject.
      // (A capitalised "Will" there is a name: '" said Will Tjernlund'.)
      if (end - v >= 12 || tokens.slice(v + 1, end + 1).some((t) => BE.has(t.bare) || /^(?:has|have|had|will|would)$/.test(t.word))) return null;
      const info = typeSourcePhrase(phrase, false) ?? (cls === 'speech' ? speakerByVerb(phrase, tokens[end], verb) : null);
      // '..., said another witness, former adviser Fiona Hill.': the apposition names the one described.
      if (info && info.type !== 'named') {
        const renamed = namedApposition(text, tokens, end);
        if (renamed) return attribution(renamed.info, renamed.phrase, verb.word, 'verb', cls);
      }
      if (info) return attribution(info, phrase, verb.word, 'verb', cls);
    }
  }
  return null;
}

// Asides set off by commas between a subject and its verb: fixed adverbials, and a short phrase
// opened by a preposition ("Richardson, via USA Today, said"; "Smith, in a radio interview, said").
const PARENTHETICAL =
  /,\s*(?:(?:via|in|during|through|at|on|from|after|before|like|unlike|with)\s+[^,.;:~"“”]{1,40}?|(?:earlier|later)(?:\s+[^,.;:~"“”]{1,30}?)?|however|meanwhile|though|too|moreover|furthermore|instead|nevertheless|nonetheless|in turn|in response|for (?:his|her|their|its) part|for example|for instance|by contrast|in contrast|in a statement|in an interview|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*,(?=\s)/gi;
const ACCORDING_TO = /\b(?:according to|as reported by|as cited by|as quoted by|citing)\s+/gi;
const PASSIVE_AGENT = /\b(?:as|was|were|been|is|are)\s+(?:first\s+)?(?:noted|reported|stated|announced|confirmed|said|revealed|disclosed|quoted|cited|told|outlined|described|detailed|estimated|shown|found)\s+(?:by|in|during|at)\s+/gi;
const DOCUMENT_BY = /\b(?:report|study|survey|analysis|poll|paper|review|audit|investigation|data|figures|statistics|estimates|research|tests|testing|measurements|benchmarks|email|e-mail|memo|letter|statement|filing|presentation)\b[^,.;~]{0,60}?\b(?:by|from)\s+(?=\p{Lu}|the\s+\p{Lu}|[a-z]+\s+\p{Lu})/giu;
// "The poll was open from Monday": the document is the subject of "be" and an adjective, so what
// follows "from" is no maker of it ("a report was released by Pew", "the figures are from Eurostat"
// still name their maker).
const DOCUMENT_PREDICATE = /\b(?:is|are|was|were|be|been)\s+(?!(?:by|from)\s|\p{Ll}+(?:ed|wn|tten|ken|ven|ne)\s)/u;
// A judgement in the passive with its agent: "was denied by Andrew", "has been described as
// “heartbreaking” by the conservation department", "seen by many voters as a hero". After a noun
// phrase "by" belongs to the noun: "is seen as a preemptive measure by Russia" stays agentless.
const JUDGED_BY = /\b(?:(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:denied|disputed|rejected|dismissed|critici[sz]ed|condemned|praised|hailed|described|called|dubbed|labell?ed|branded|seen|viewed|regarded|considered|accused|blamed)\s+(?:as\s+(?:["“][^"”]{1,60}["”]|(?!(?:a|an|the)\b)[\w-]+(?:\s+[\w-]+)?)\s+)?by|(?:seen|viewed|regarded|considered|perceived)\s+by(?=\s[^,.;]{1,60}?\bas\b))\s+/giu;
const DASH_AFTER_QUOTE = /["”]\s*[–—-]{1,2}\s*(\p{Lu}[^~]{2,120})$/u;
const FINDINGS_REPORT = /^\s*(?:\p{Ll}+\s+){0,2}?(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|found|find|reveal|reveals|revealed|conclude|concluded|say|says|said|point|points|pointed|were|are)\b|^\s*[,:]/u;
const POSSESSIVE_FINDINGS = /\b(its|their)\s+(?:key\s+|main\s+|central\s+|latest\s+)?(findings|conclusions|estimates|figures|data|analysis)\b/gi;
// What someone says, as a noun with its content: "his claim that he visited", "Andrew's insistence
// that the pair were not close" (SOURCING.md: a pronoun takes the type of the person it refers to).
const CLAIM_NOUNS = 'claims?|assertions?|insistence|contention|denials?|admission|allegations?';
const CLAIM_NOUN = String.raw`(?:(?:own|earlier|later|repeated|previous|latest|public|first)\s+)?(?:${CLAIM_NOUNS})(?:\s+[^.,;:~]{0,40}?)?\s+that\b`;
// A stance someone is brought to: "The demand has US officials wondering if ...", "left analysts
// questioning" (SOURCING.md: "Officials worry" is an attribution; so is being made to worry).
const CAUSED_STANCE = /\b(?:has|have|had|left|leaves|leaving|got|gets|keeps|kept)\s+((?:[\p{L}\p{N}.'’-]+\s+){1,5}?)(?:wondering|worried|questioning|fearing|concerned|speculating)\b/gu;
// Words every match of DOCUMENT_BY, JUDGED_BY and CAUSED_STANCE holds, asked before those long
// patterns (matches.ts): most sentences have none.
const DOCUMENT_BY_CUE = /(?:by|from)\s/iu;
const JUDGED_BY_CUE = /by\s/iu;
const CAUSED_STANCE_CUE = /wondering|worried|questioning|fearing|concerned|speculating/u;
const CLAIM_NOUN_PRESENT = new RegExp(String.raw`\b(?:${CLAIM_NOUNS})\s`, 'i');
const POSSESSIVE_CLAIM = new RegExp(String.raw`\b(his|her|their)\s+(${CLAIM_NOUN})`, 'gi');
const NAMED_CLAIM = new RegExp(String.raw`((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}-]*)['’]s\s+(${CLAIM_NOUN})`, 'gu');

// Phrases searched after the verbs ("according to", "as noted by", "its findings", ...), with their
// cues: most sentences hold none, which one search of them all says (matches.ts, AnyOf). (JUDGED_BY
// and DOCUMENT_BY keep their own cues: "by" and "from", which most sentences hold, would let nearly
// every sentence through.)
const ANY_PHRASE = new AnyOf(
  [ACCORDING_TO, PASSIVE_AGENT, CAUSED_STANCE, POSSESSIVE_FINDINGS, POSSESSIVE_CLAIM, NAMED_CLAIM],
  new Map([
    [CAUSED_STANCE, CAUSED_STANCE_CUE],
    [POSSESSIVE_CLAIM, CLAIM_NOUN_PRESENT],
    [NAMED_CLAIM, CLAIM_NOUN_PRESENT],
  ]),
);
const NO_MATCHES: RegExpExecArray[] = [];

/** matchesOf, or no match when the one search of all the phrases (`any`: ANY_PHRASE) found none that `pattern` may match. */
function phraseMatches(any: boolean, pattern: RegExp, text: string, cue?: RegExp): RegExpExecArray[] {
  return any || ANY_PHRASE.always.has(pattern) ? matchesOf(pattern, text, cue) : NO_MATCHES;
}

// Verbs with a that-clause that state no one's view: "the rule requires that", "which means that".
const NOT_A_VIEW = /^(?:ensured|required|provided|insured|stipulated|dictated|mandated|guaranteed)$/;

const LISTENER_START = /^(?:me|him|her|us|them|you|the|a|an|his|its|their|our|my|your|\p{Lu}.*|\p{Ll}+s)$/u;

/**
 * Where the that-clause of the verb at `v` starts: right after it, or after a listener ("shared with
 * AutoIndustriya.com that", "confided to friends that"); -1 when none follows.
 */
function thatAfter(text: string, tokens: Token[], v: number): number {
  let at = -1;
  if (tokens[v + 1]?.word === 'that') at = isBoundaryGap(gapBefore(text, tokens, v + 1)) ? -1 : v + 1;
  // The listener is a noun phrase: a pronoun, a determiner, a name or a plural ("to him", "to the
  // court", "to friends"); "needed to pace myself so that" is an infinitive, not a listener.
  else if (/^(?:with|to)$/.test(tokens[v + 1]?.word ?? '') && LISTENER_START.test(tokens[v + 2]?.word ?? '')) {
    for (let i = v + 2; i < Math.min(tokens.length, v + 6) && at < 0; i++) {
      if (isBoundaryGap(gapBefore(text, tokens, i))) return -1;
      if (tokens[i].word === 'that') at = i;
    }
  }
  // A clause follows, with a verb of its own: "talked to reporters that day" has none.
  const clause = at < 0 ? [] : tokens.slice(at + 1, at + 9);
  return clause.some((t, i) => FINITE_AFTER_SUBJECT.test(t.word) || isAuxiliary(t, tokens[at + 2 + i])) ? at : -1;
}

/** After "that" at v + 1, a finite verb comes before any coordinator: "that" opens a clause. */
function thatClauseVerbFirst(tokens: Token[], v: number): boolean {
  for (let i = v + 2; i < Math.min(tokens.length, v + 12); i++) {
    if (/^(?:and|or|but)$/.test(tokens[i].bare)) return false;
    if (FINITE_AFTER_SUBJECT.test(tokens[i].word) || isAuxiliary(tokens[i], tokens[i + 1])) return true;
  }
  return false;
}

/**
 * A verb off the lists with its that-clause, whose subject a reader can identify: "Mayer hinted that
 * the company was pleased", "Cook joked that he's not Alicia Keys". The grammar says someone states
 * a view; the subject must open its clause and be a named person or body.
 */
function thatClauseSpeaker(text: string, tokens: Token[], sentenceStart: boolean): FoundAttribution | null {
  for (let v = 1; v + 1 < tokens.length; v++) {
    const verb = tokens[v];
    // Past tenses only: a word in -s before "that" is as often a plural noun ("proteins that will help").
    // ("left unmentioned that": a participle in un- is an adjective, not a verb.)
    // A crowd's view may be in any tense: "Scientists felt that", "Many people are finding that".
    const pastTense = PAST_TENSE.test(verb.word);
    if (!(pastTense || /^[a-z]{3,}(?:s|ing)?$/.test(verb.word)) || NOT_A_VIEW.test(verb.bare) || VERBS.has(verb.bare) || /^un/.test(verb.bare)) continue;
    if (isBoundaryGap(gapBefore(text, tokens, v)) || thatAfter(text, tokens, v) < 0) continue;
    let k = v - 1;
    while (k > 0 && /^[a-z]+ly$/.test(tokens[k].word)) k--;
    let auxiliary = false;
    while (k > 0 && isAuxiliary(tokens[k], tokens[k + 1])) {
      auxiliary = true;
      k--;
    }
    if (NOUN_BEFORE.has(tokens[k].bare)) continue;
    const start = phraseStartBefore(text, tokens, k);
    if (start < 0 || !(start === 0 || isBoundaryGap(gapBefore(text, tokens, start)))) continue;
    const phrase = phraseOf(text, tokens, start, k);
    const info = typeSourcePhrase(phrase, start === 0 && sentenceStart);
    const shown = phrase.replace(/^(?:but|and|however|so|yet|even)\s+/i, '');
    if (pastTense && !auxiliary && info?.type === 'named' && (info.kind === 'person' || info.kind === 'organisation' || info.kind === 'role' || info.kind === 'pronoun')) {
      return attribution(info, shown, verb.word, 'verb', 'stance');
    }
    // The crowd with its that-clause is a weasel attribution whatever its verb: "the editors' list"
    // of verbs cannot hold them all, the grammar can.
    // (A noun phrase, not a clause: "Some have automated savings accounts that" holds a verb; and the
    // that-clause's verb comes before any "and": "will deplore that decision and were repelled" has
    // "that" as a determiner.)
    // (People, not talk: "rumors swirled that" is agentless talk, agentless.ts's reading.)
    const people = info?.type === 'vague' && (isRoleWord(info.head) || /^(?:people|many|some|others|most)$/.test(info.head));
    if (people && info.plural && !phraseHasAuxiliary(tokens, start, k) && thatClauseVerbFirst(tokens, v)) {
      return attribution(info, shown, verb.word, 'verb', 'stance');
    }
  }
  return null;
}

/**
 * The sentence with its discourse asides and bracketed asides blanked (same length, so offsets hold):
 * "Netanyahu, however, said" lets the subject meet its verb. Each pattern needs a character most
 * sentences lack (a comma, an opening bracket): a sentence without it is left as it is.
 */
function withoutAsides(text: string): string {
  let out = text;
  if (out.includes(',')) out = out.replace(PARENTHETICAL, (m) => ' '.repeat(m.length));
  if (out.includes('(')) out = out.replace(BRACKETED_ASIDE, asideBlanked);
  return out;
}

/**
 * The named subject whose words a partial quotation in its own clause gives: "Benioff introduced Cook
 * as “someone who has redefined what it means to be a chief executive”", "Grisham has given “plenty
 * of on-the-record statements”". No verb of saying, but the text gives the quotation to the subject
 * (SOURCING.md: every quotation goes to the speaker the text gives it). Only a person, an organisation
 * or a pronoun opening the sentence, a finite verb right after it, and the quotation later in the same
 * clause; the caller asks only for quotations that are words spoken, not titles or scare quotes.
 */
export function quotationSubject(masked: string, sentenceStart = true): FoundAttribution | null {
  const quoteAt = masked.indexOf('~');
  if (quoteAt < 0) return null;
  // A quotation in brackets glosses a word ('the Sandai Wagyu (“three big Japanese cattle”)'): nobody says it.
  if (/\(\s*["“]?$/.test(masked.slice(0, quoteAt))) return null;
  const blanked = withoutAsides(masked);
  const tokens = tokenize(blanked);
  const before = tokens.findIndex((t) => t.start >= quoteAt);
  // A subject and its verb come before the quotation.
  if (before >= 0 && before < 2) return null;
  if (tokens.length < 2) return null;
  // openingSubject reads the token at its limit: the first after the quotation, or the last one.
  const subject = openingSubject(blanked, tokens, before < 0 ? tokens.length - 1 : before, sentenceStart);
  if (!subject || (subject.info.kind !== 'person' && subject.info.kind !== 'organisation' && subject.info.kind !== 'pronoun')) return null;
  // The quotation belongs to the subject's own clause: no full stop, colon or semicolon before it.
  if (/[.;:!?]\s/.test(blanked.slice(0, quoteAt))) return null;
  const verb = tokens.find((t) => t.start > blanked.indexOf(subject.phrase) + subject.phrase.length - 1);
  // "There was a flicker ... as if to say": an expletive is no subject; "The Obama administration’s
  // first comments": a possessive is no verb.
  if (!verb || /['’]/.test(verb.word) || /^(?:there|here|it|this|that)$/i.test(subject.phrase)) return null;
  // "The council passed a budget that some have called “a gift”": a relative clause before the
  // quotation has a subject of its own.
  if (tokens.some((t) => t.start > verb.start && t.start < quoteAt && /^(?:that|which|who|whom|whose)$/.test(t.bare))) return null;
  return attribution(subject.info, subject.phrase, verb.word, 'verb', 'speech');
}

/**
 * ', reported the Associated Press.', ', said Lt. Matt Harris, the department's spokesman.': a verb
 * after a comma whose subject follows it and ends the sentence (with an apposition at most).
 */
function isClosingFrame(masked: string, verb: Token, source: string): boolean {
  if (!/,\s*$/.test(masked.slice(0, verb.start))) return false;
  const after = masked.slice(verb.end).trimStart();
  if (!after.startsWith(source)) return false;
  const rest = after.slice(source.length);
  return /^\s*(?:,[^,;~]{0,80})?[.!?]?\s*$/.test(rest) && !masked.slice(0, verb.start).includes('~');
}

/** The phrase that starts at character `at` and runs to the next boundary. */
function phraseFrom(text: string, tokens: Token[], at: number): string | null {
  const first = tokens.findIndex((t) => t.start >= at);
  if (first < 0 || text.slice(at, tokens[first].start).trim()) return null;
  return phraseOf(text, tokens, first, phraseEndAfter(text, tokens, first));
}

/**
 * True when a verb that needs a particle elsewhere ("asked whether", "responded that") speaks the
 * sentence's quotation: right after it ('“…?” asked Jane Roe'), or closing a sentence the quotation
 * opens ('“...,” Stafford, a member of the crew, responded.'; not "responded to the request").
 */
function speaksQuotation(masked: string, verb: Token): boolean {
  if (INVERTIBLE.has(verb.bare) && /~[\s,.!?"”’]*$/.test(masked.slice(0, verb.start))) return true;
  return SPEECH_AT_CLOSE.test(verb.bare) && /^\s*["“„«]?~/.test(masked) && /^\s*(?:[\p{L}’'-]+\s+){0,3}?(?:with\s+\S+\s+)?\S*[.!?]?\s*$/u.test(masked.slice(verb.end));
}

/**
 * The verb's subject read with the parenthetical words kept: blanking ", too," brings "Netanyahu,
 * however, said" together, but also takes the comma that sets off '..., too, said Mary E. Lovely'.
 */
function withParentheticals(input: string, blanked: string, verb: Token, sentenceStart: boolean): FoundAttribution | null {
  if (input === blanked) return null;
  const tokens = tokenize(input);
  const v = tokens.findIndex((t) => t.start === verb.start);
  return v < 0 ? null : subjectOfVerb(input, tokens, v, sentenceStart);
}

// "Rep. Frank Lucas (R-OK), the ranking member, asked", "Charlie McDowell (“The Discovery”) also
// remembers": words in brackets describe the phrase before them and never speak for the sentence,
// unless they hold an attribution of their own ("(according to the UN)").
const BRACKETED_ASIDE = /\([^()]{1,80}\)/g;
const ATTRIBUTING_ASIDE = /\baccording\b|\bsaid\b|\bsays\b|\bciting\b|\bvia\b/i;
const asideBlanked = (m: string) => (ATTRIBUTING_ASIDE.test(m) ? m : ' '.repeat(m.length));

// 'the "Pose" actor': a quoted title inside a noun phrase is part of it, not a quotation to stop at.
// Masked, the title is a run of "~", which would end the phrase: it stands as one capitalised word
// of placeholder letters (QUOTED_TITLE), and index.ts gives the source its words back.
const TITLE_IN_PHRASE = /(?<=\b(?:the|a|an|his|her|its|their)\s)["“](\p{Lu}[^"“”,.;:!?~]{0,30}|~{1,30})["”](?=\s\p{Ll})/gu;
export const QUOTED_TITLE = /Ŧŧ*/;
const titleAsWord = (_: string, title: string) => ` ${title.startsWith('~') ? 'Ŧ' + 'ŧ'.repeat(title.length - 1) : title} `;

// '..., reports Reuters.', '"...," added Smith.': after a comma or a quotation, an invertible verb
// with only its subject after it, to the sentence's end, is the frame; it needs no particle.
const SUBJECT_TO_END = /^\s+(?:[\p{L}\p{N}.'’&-]+\s+){0,6}[\p{L}\p{N}.'’&-]+\s*[.!?]?["”’]?\s*$/u;
function isInvertedFrame(text: string, tokens: Token[], v: number): boolean {
  // ("The team won, added Smith's goal": a possessive's noun is a thing, not the one who adds.)
  const rest = text.slice(tokens[v].end);
  return v > 0 && INVERTIBLE.has(tokens[v].bare) && /[,"”~]/.test(gapBefore(text, tokens, v)) && SUBJECT_TO_END.test(rest) && !/\p{L}['’]s\s/u.test(rest);
}

// After a sentence-opening verb of saying: its subject (words, commas), then a colon or comma and the quotation.
const SUBJECT_THEN_QUOTATION = /^\s[^:;"“”~.!?]{1,100}[:,]\s*["“~]/u;
/** 'Says Bourdain: "..."', 'Added Todd Schneider, a spokesman for FirstEnergy, “...”'. */
function opensWithSayingVerb(masked: string, verb: Token): boolean {
  return verb.start === 0 && INVERTIBLE.has(verb.bare) && SUBJECT_THEN_QUOTATION.test(masked.slice(verb.end));
}

/** Every attribution the sentence states itself (masked: quotations replaced by "~"). */
export function findAttributions(input: string, sentenceStart = true): FoundAttribution[] {
  // "Netanyahu, however, said": a discourse adverb set off by commas stands between a subject and
  // its verb. Blank it out (same length, so offsets hold) and the subject meets its verb.
  // Each of the three needs a character most sentences lack (a comma, an opening bracket, a quotation
  // mark, the first of each pattern): a sentence without it is left as it is, as the search would.
  let masked = withoutAsides(input);
  if (masked.includes('"') || masked.includes('“')) masked = masked.replace(TITLE_IN_PHRASE, titleAsWord);
  const tokens = tokenize(masked);
  let found: FoundAttribution[] = [];
  let closingFrame: FoundAttribution | null = null;
  const push = (a: FoundAttribution | null) => {
    if (a) found.push(a);
  };
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v];
    // A capitalised verb is a name ("Will", "Grant"), except a verb of saying that opens the sentence
    // before its subject and the quotation: 'Says Bourdain: "It's big."', 'Added Todd Schneider, a
    // spokesman, “We believe ...”'.
    if (!VERBS.has(t.bare)) continue;
    const opening = v === 0 && /^\p{Lu}/u.test(t.word) && opensWithSayingVerb(masked, t);
    if (/^\p{Lu}/u.test(t.word) && !opening) continue;
    const particle = needsParticle(t.bare);
    if (particle && !opening && !particle.test(masked.slice(t.end)) && !speaksQuotation(masked, t) && !isInvertedFrame(masked, tokens, v)) continue;
    // "he continued" attributes a quotation; "the strikes continued" is an event.
    if (/^continue[ds]?$/.test(t.bare) && !masked.includes('~')) continue;
    const own = subjectOfVerb(masked, tokens, v, sentenceStart) ?? withParentheticals(input, masked, t, sentenceStart);
    if (own && isClosingFrame(masked, t, own.source)) closingFrame = own;
    if (own) push(own);
    // ", saying ...": only when the sentence has no speaker yet; "Smith said ..., adding" has one.
    else if (found.length === 0) {
      const shared = participleSubject(masked, tokens, v, sentenceStart);
      if (shared) push(attribution(shared.info, shared.source.replace(/^(?:but|and|however|so|yet)\s+/i, ''), shared.cue, 'verb', 'speech'));
    }
  }
  // "Mayer hinted that", "Cook joked that": a finite verb with a that-clause, said by a named subject.
  if (found.length === 0) push(thatClauseSpeaker(masked, tokens, sentenceStart));
  // "Officials declared an emergency, reported KTLA.": the closing frame attributes the whole
  // sentence; the speech verbs before it are what was reported, not who reported it.
  if (closingFrame) found = found.filter((a) => a === closingFrame || a.how !== 'verb');
  // '“We all miss Steve,” Benioff weighed in': a quotation's frame, whatever its verb.
  if (found.length === 0) {
    const frame = quoteFrame(masked);
    if (frame) push(attribution(frame.info, frame.source, frame.cue, 'verb', 'speech'));
  }
  const phrases = ANY_PHRASE.mayMatch(masked);
  for (const m of phraseMatches(phrases, ACCORDING_TO, masked)) {
    const phrase = phraseFrom(masked, tokens, m.index + m[0].length);
    if (phrase) push(attribution(typeSourcePhrase(phrase), phrase, m[0].trim(), 'according-to'));
  }
  for (const m of phraseMatches(phrases, PASSIVE_AGENT, masked)) {
    const phrase = phraseFrom(masked, tokens, m.index + m[0].length);
    if (phrase) push(attribution(typeSourcePhrase(phrase), phrase, m[0].trim(), 'passive'));
  }
  for (const m of matchesOf(JUDGED_BY, masked, JUDGED_BY_CUE)) {
    const phrase = phraseFrom(masked, tokens, m.index + m[0].length);
    if (phrase) push(attribution(typeSourcePhrase(phrase), phrase, m[0].trim(), 'passive'));
  }
  for (const m of matchesOf(DOCUMENT_BY, masked, DOCUMENT_BY_CUE)) {
    // A capitalised "Analysis" or "Report" inside the sentence is a title's word ("The Briefing: A
    // Daily Analysis of News and Events from a Christian Worldview"), not a document someone made.
    if (m.index > 0 && /^\p{Lu}/u.test(m[0])) continue;
    if (DOCUMENT_PREDICATE.test(m[0])) continue;
    const phrase = phraseFrom(masked, tokens, m.index + m[0].length);
    const info = phrase ? typeSourcePhrase(phrase) : null;
    if (phrase && info?.type === 'named') push(attribution({ ...info, kind: 'document' }, phrase, m[0].trim(), 'document'));
  }
  for (const m of phraseMatches(phrases, CAUSED_STANCE, masked, CAUSED_STANCE_CUE)) {
    const phrase = m[1].trim();
    push(attribution(typeSourcePhrase(phrase), phrase, m[0].slice(m[0].lastIndexOf(' ') + 1), 'verb', 'stance'));
  }
  // (A closing quotation mark first: most sentences have none.)
  const dash = masked.includes('"') || masked.includes('”') ? DASH_AFTER_QUOTE.exec(masked) : null;
  if (dash) push(attribution(typeSourcePhrase(dash[1].replace(/[.\s]+$/, '')), dash[1].replace(/[.\s]+$/, ''), '–', 'dash'));
  for (const m of phraseMatches(phrases, POSSESSIVE_FINDINGS, masked)) {
    // Findings report only when they show or say something, or are where something is found
    // ("their findings show", "in its findings"); "Their findings do not lead to prosecutions" is
    // about the findings.
    if (!FINDINGS_REPORT.test(masked.slice(m.index + m[0].length)) && !/\b(?:in|to|with|per|from)\s+$/i.test(masked.slice(0, m.index))) continue;
    push(attribution({ type: 'named', kind: 'pronoun', head: m[1].toLowerCase(), plural: m[1].toLowerCase() === 'their' }, m[0], m[2], 'possessive'));
  }
  // Most sentences have no claim noun: one cheap test before the two searches.
  if ((phrases || ANY_PHRASE.always.has(POSSESSIVE_CLAIM)) && CLAIM_NOUN_PRESENT.test(masked)) {
    for (const m of matchesOf(POSSESSIVE_CLAIM, masked)) {
      push(attribution({ type: 'named', kind: 'pronoun', head: m[1].toLowerCase(), plural: m[1].toLowerCase() === 'their' }, m[1], m[2].split(/\s+/)[0], 'possessive'));
    }
    for (const m of matchesOf(NAMED_CLAIM, masked)) push(attribution(typeSourcePhrase(m[1]), m[1], m[2].split(/\s+/)[0], 'possessive'));
  }
  return found;
}
