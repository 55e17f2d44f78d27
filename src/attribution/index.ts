// Classifies every sentence of an article by how it is sourced (SOURCING.md). Each rule lives in its
// own module beside its cue words; this file runs them in reading order and applies carry-over:
//
//   quotes.ts          where quotations start and end, across sentences and paragraphs
//   attributions.ts    "X said", "said X", "according to X", "as noted by X", '"..." – X'
//   source-phrase.ts   named / anonymous / vague, from the words naming the source
//   speakers.ts        "he", "the strategist", "Azzouz" point back to an earlier speaker
//   agentless.ts       "is seen as", "reportedly", "there is speculation": vague
//   own-hedge.ts       "police said the tablets were believed to ...": the named source's own words
//   outlet-vouching.ts "TMZ has learned", "we're told": vague
//   links.ts           a link on the claim to its source: named
//   claims.ts          checkable claim or the writer's judgement, forecast, question
//   weakest.ts         several attributions: the weakest wins
//   furniture.ts       teasers, credits and the article's own "Sources:" list: neutral
//   attribution-only.ts "“Why now?” Smith said.": a sentence that only attributes the one before
//   block-quotation.ts "Garcia's full statement:" names whose block quotation follows
//   embedded-post.ts   an embedded tweet: its text is the account's words, its credit line furniture
//   reason.ts          the plain-words reason shown to the reader

import type { Block, InlineLink, Label, SentenceReport, SourceType } from '../types';
import type { SentenceSpan } from '../text/sentences';
import { blockSentences } from '../text/block-sentences';
import { findAgentless } from './agentless';
import { isHedgeOf, isOwnVerb } from './own-hedge';
import { sourceBeforeColon, wholeBlockQuotation } from './block-quotation';
import { accountSource, creditLineAuthor, embeddedPostAuthors, postCreditAuthor } from './embedded-post';
import { letterWriters } from './letters';
import { isAttributionOnly } from './attribution-only';
import { interviewAnswers } from './interview';
import { QUOTED_TITLE, findAttributions, quotationSubject, type FoundAttribution } from './attributions';
import { articleVoice } from './article-voice';
import { claimSignals, judgeClaim } from './claims';
import { isFurniture, isFurnitureSentence, isLinkLine, isSourcesHeading, isTitleLine } from './furniture';
import { findSourceLink } from './links';
import { findOutletVouching } from './outlet-vouching';
import { noComment } from './no-comment';
import { isRoleWord, typeSourcePhrase } from './source-phrase';
import { matchesOf } from '../text/matches';
import { findQuoteSpans, isScareQuote, isSpokenWords, isSubstantialQuote, maskQuotes, type QuoteSpan } from './quotes';
import { quoteFrame } from './quote-frame';
import { explain, type Decision } from './reason';
import { SpeakerMemory, type Speaker } from './speakers';
import { weakest } from './weakest';
import { siteOf } from '../text/site';

export interface ClassifyOptions {
  lang?: string;
  /** Receives each claim decision's features with its sentence: for `npm run train` only. */
  claimTap?: (sentence: string, features: Map<string, number>) => void;
}

type Sourced = Exclude<SourceType, 'none'>;

/** One candidate attribution of a sentence, before the weakest one is chosen. */
interface Candidate {
  type: Sourced;
  how: 'speaker' | 'agentless' | 'vouching' | 'link';
  source: string;
  cue: string;
  speaker?: Speaker;
  /** A link that identifies the study or report the sentence's own words cite ("Studies show"). */
  cited?: boolean;
}

/** What a sentence says about itself, before carry-over. */
interface SentenceFacts {
  span: SentenceSpan;
  masked: string;
  quotes: QuoteSpan[];
  /** Holds a direct quotation (not only scare quotes). */
  quote: boolean;
  /** Nothing but quotation: no words of the writer's own. */
  quoteOnly: boolean;
  own?: Candidate;
}

/** What the next block needs to know about this one (carry-over across paragraphs). */
interface BlockMemory {
  /** The one speaker this paragraph quoted, if it quoted exactly one. */
  quotedSpeaker?: Speaker;
  /** The paragraph ends inside a quotation by this speaker. */
  openQuoteSpeaker?: Speaker;
  /** The paragraph introduces a list or block quotation: "President Obama also said:". */
  introducer?: Speaker;
}

// The article's last blocks, where the author's biography and the publisher's notes sit.
const CLOSING_BLOCKS = 3;
const CONTINUATION = /^(?:additionally|also|in addition|moreover|furthermore|besides|likewise|similarly)\b/i;
const SPEAKER_KINDS = new Set(['person', 'role', 'anonymous', 'organisation', 'document', 'pronoun']);

/** "the actor", "the singer": a definite description that points back like a pronoun (source-phrase.ts). */
const isEpithet = (a: FoundAttribution) => a.info.type === 'anonymous' && a.info.kind === 'role';

function latestNamedPerson(memory: SpeakerMemory): Speaker | null {
  const latest = memory.latestPerson();
  return latest?.info.type === 'named' && latest.info.kind === 'person' ? latest : null;
}

/** Drops descriptions that point back to no one the story named: "The weather said little". */
function withoutStrayEpithets(found: FoundAttribution[], memory: SpeakerMemory): FoundAttribution[] {
  return found.filter((a) => !isEpithet(a) || memory.findByName(a.source, a.info.head) || memory.introducedUnnamed(a.info.head) || latestNamedPerson(memory));
}

/** Turns found attributions into candidates, resolving pronouns and second mentions to speakers. */
function resolve(found: FoundAttribution[], memory: SpeakerMemory): Candidate[] {
  const out: Candidate[] = [];
  for (const a of found) {
    let speaker: Speaker | null = null;
    if (a.info.kind === 'pronoun') {
      // "its findings", "his claim that": the possessive itself.
      const pronoun = a.how === 'possessive' ? a.info.head : a.source;
      speaker = memory.resolvePronoun(pronoun);
      // A pronoun nobody introduced still points at an identified person in the story.
      out.push({
        type: speaker?.info.type ?? 'named',
        how: 'speaker',
        source: a.source,
        cue: a.cue,
        speaker: speaker ?? undefined,
      });
      continue;
    }
    if (a.info.kind === 'share') {
      // "Fifty-one percent say": the respondents of the poll just named, or of no poll the reader can find.
      const survey = memory.latestSurvey();
      out.push({ type: survey ? survey.info.type : 'vague', how: 'speaker', source: a.source, cue: a.cue, speaker: survey ?? undefined });
      continue;
    }
    if (SPEAKER_KINDS.has(a.info.kind)) {
      // "the strategist" after "one anonymous military strategist"; "Azzouz" after "Lotfi Azzouz".
      const repeatable = /^the\b/i.test(a.source) || (a.info.type === 'named' && (a.info.kind === 'person' || a.info.kind === 'organisation'));
      let earlier = repeatable ? memory.findByName(a.source, a.info.head) : null;
      // "said the actor" after "Van Der Beek said": a definite description points back like a pronoun,
      // to the last person the story named.
      // (One pointing to no one was dropped before: see withoutStrayEpithets.)
      // One the story introduced without a name ("a UK man ... the man wrote") stays unnamed.
      const unnamed = !earlier && isEpithet(a) && memory.introducedUnnamed(a.info.head);
      if (unnamed) {
        out.push({ type: 'anonymous', how: 'speaker', source: a.source, cue: a.cue, speaker: memory.remember(a.source, { ...a.info, kind: 'anonymous' }) });
        continue;
      }
      if (!earlier && isEpithet(a)) earlier = latestNamedPerson(memory);
      const definiteRepeat = earlier && (/^the\b/i.test(a.source) || a.info.type === 'named');
      speaker = earlier && definiteRepeat ? memory.remember(earlier.name, earlier.info) : memory.remember(a.source, a.info);
    }
    out.push({ type: speaker?.info.type ?? a.info.type, how: 'speaker', source: a.source, cue: a.cue, speaker: speaker ?? undefined });
  }
  return out;
}

function factsOf(block: Block, span: SentenceSpan, spans: QuoteSpan[], masked: string): SentenceFacts {
  const quotes = spans.filter((q) => q.end > span.start && q.start < span.end);
  const m = masked.slice(span.start, span.end);
  const quoteOnly = quotes.length > 0 && !/[\p{L}\p{N}]/u.test(m.replace(/~+/g, ''));
  const quote = quotes.some((q) => q.continued || q.open || !isScareQuote(block.text.slice(q.start, q.end)));
  return { span, masked: m, quotes, quote, quoteOnly };
}

// A document with no maker of its own, beside a named speaker of the same sentence, is how that
// speaker said it: '“...,” he told settler leaders, according to a statement.'
const BARE_CHANNEL = /^(?:a|an|the)\s+(?:(?:written|joint|brief|short|video|news|press)\s+)?(?:statement|transcript|release|video|recording|post|letter)$/i;

function channelsDropped(found: FoundAttribution[]): FoundAttribution[] {
  const namedSpeaker = found.some((a) => a.how === 'verb' && a.verbClass === 'speech' && a.info.type === 'named');
  return namedSpeaker ? found.filter((a) => !(a.how === 'according-to' && BARE_CHANNEL.test(a.source.trim()))) : found;
}

/** The candidates a sentence states itself: speakers, agentless phrasing, vouching, a source link. */
function ownCandidates(block: Block, f: SentenceFacts, memory: SpeakerMemory): Candidate[] {
  const link = findSourceLink(block.links, block.text, f.span.start, f.span.end);
  // "Studies have shown ..." with a link to the study: the link identifies what the words do not.
  const said = findAttributions(f.masked);
  // A partial quotation with no verb of saying goes to the named subject of its clause.
  const subjectQuoted = said.length === 0 && f.quotes.some((q) => isSpokenWords(block.text.slice(q.start, q.end))) ? quotationSubject(f.masked) : null;
  const stated = withoutStrayEpithets(channelsDropped(subjectQuoted ? [subjectQuoted] : said), memory).map((a) => withQuotedWords(a, f.masked, block.text.slice(f.span.start, f.span.end)));
  const found = stated.filter((a) => !(link && a.verbClass === 'research' && a.info.type === 'vague'));
  // "WeWork declined to comment.": the party's answer, with the party as its source.
  const silence = found.length === 0 ? noComment(f.masked) : null;
  const silent = silence ? typeSourcePhrase(silence.subject, f.span.start === 0) : null;
  // Only a party the reader can identify: "a spokesman did not respond" is no anonymous source to flag.
  // ("He declined to say": a pronoun only when it points back to someone the story named.)
  const identified = silent?.type === 'named' && (silent.kind !== 'pronoun' || memory.resolvePronoun(silence!.subject)?.info.type === 'named');
  if (silence && identified && !/\bask(?:ed|ing)\b/i.test(silence.silence)) found.push({ info: silent, source: silence.subject, cue: silence.silence, how: 'verb', verbClass: 'speech' });
  const candidates = resolve(found, memory);
  // resolve gives one candidate per attribution found: the named ones that report speech.
  const namedSpeech = found.filter((a, i) => candidates[i].type === 'named' && (a.how === 'according-to' || a.verbClass === 'speech'));
  // The paragraph's last words name, with a colon, whose words come next: "Garcia's full statement:".
  if (candidates.length === 0 && f.span.end >= block.text.trimEnd().length) {
    const named = sourceBeforeColon(f.masked);
    if (named) candidates.push(...resolve([{ info: named.info, source: named.name, cue: 'introducing what follows', how: 'verb' }], memory));
  }
  // Hedges that hide no one: a named source's own, or one with a link on it ("an [estimated]
  // 700,000" points to whoever made the estimate).
  const hedges = findAgentless(f.masked).filter((cue) => !namedSpeech.some((a) => isHedgeOf(f.masked, a, cue.words)) && !found.some((a) => isOwnVerb(f.masked, a, cue.words)) && !isLinkedHedge(link, cue.words));
  for (const cue of hedges) candidates.push({ type: 'vague', how: 'agentless', source: cue.words, cue: cue.words });
  const vouching = findOutletVouching(f.masked);
  if (vouching) candidates.push({ type: 'vague', how: 'vouching', source: vouching, cue: vouching });
  if (link) candidates.push({ type: 'named', how: 'link', source: link.href, cue: link.text, cited: found.length < stated.length });
  return candidates;
}

/** Agentless words with a link on them, or inside its text. */
function isLinkedHedge(link: InlineLink | null, words: string): boolean {
  return !!link && (link.text.includes(words) || words.includes(link.text));
}

/**
 * 'the "Pose" actor': a source read from the masked sentence holds a placeholder where a quoted title was;
 * the reader is shown the words (masking keeps every offset, so the same place in the sentence).
 */
function withQuotedWords(a: FoundAttribution, masked: string, original: string): FoundAttribution {
  if (!QUOTED_TITLE.test(a.source)) return a;
  const pattern = a.source.split(/(Ŧŧ*|\s+)/).map((part) => (QUOTED_TITLE.test(part) ? '["“]~+["”]' : /^\s+$/.test(part) ? '\\s+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  const m = new RegExp(pattern).exec(masked);
  return m ? { ...a, source: original.slice(m.index, m.index + m[0].length).replace(/\s{2,}/g, ' ') } : a;
}

// Stands for the quotation of the sentence before when its frame comes in a sentence of its own.
const QUOTATION_BEFORE = `“${'~'.repeat(16)}” `;

/**
 * '“Can I give it to James?” | Brooke tearfully asked before apologizing.': a quotation ending in "?"
 * or "!" ends its sentence, so its frame stands alone; read it as the frame of that quotation.
 */
function frameOfQuotationBefore(f: SentenceFacts, memory: SpeakerMemory): Candidate | undefined {
  const frame = quoteFrame(QUOTATION_BEFORE + f.masked.trimStart());
  // Only a sentence that is nothing but the frame: '“Why not?” The company dropped 20%.' is news.
  if (!frame || !isAttributionOnly(f.masked, frame.source, frame.cue)) return undefined;
  const found = withoutStrayEpithets([{ info: frame.info, source: frame.source, cue: frame.cue, how: 'verb', verbClass: 'speech' }], memory);
  return weakest(resolve(found, memory));
}

function report(
  text: string,
  index: number,
  heading: boolean,
  decision: Decision,
  extra: { sourceType: SourceType; quote: boolean; claim: boolean; inherited: boolean; speaker?: string; kind?: string; href?: string },
): SentenceReport {
  const out: SentenceReport = {
    text,
    label: decision.label,
    sourceType: extra.sourceType,
    quote: extra.quote,
    claim: extra.claim,
    inherited: extra.inherited,
    reason: explain(decision),
    block: index,
    heading,
  };
  if (decision.source !== undefined) out.source = decision.source;
  if (extra.speaker) out.speaker = extra.speaker;
  if (extra.kind) out.sourceKind = extra.kind;
  if (extra.href) out.sourceHref = extra.href;
  return out;
}

/** Classifies every sentence of the article's blocks, in reading order. */
export function classifyBlocks(blocks: Block[], options: ClassifyOptions = {}): SentenceReport[] {
  const out: SentenceReport[] = [];
  const memory = new SpeakerMemory();
  let previous: BlockMemory = {};
  let inSourcesList = false;
  const postAuthors = embeddedPostAuthors(blocks);
  const letters = letterWriters(blocks);
  const answers = interviewAnswers(blocks);
  const voice = articleVoice(blocks);
  // The interviewee: the person the article named before its first answer ("Junior Gaspard").
  let interviewee: Speaker | null = null;

  blocks.forEach((block, index) => {
    const sentences = blockSentences(block, options.lang);
    const heading = block.kind === 'heading';
    const simple = neutralSentences(out, sentences, index, heading);
    if (isSourcesHeading(block.text)) {
      inSourcesList = true;
      previous = {};
      return simple(heading ? 'heading' : 'sources-list');
    }
    if (heading) {
      inSourcesList = false;
      previous = {};
      return simple('heading');
    }
    if (inSourcesList) {
      for (const s of sentences) {
        const r = report(s.text, index, false, { label: 'neutral', how: 'sources-list' }, { sourceType: 'none', quote: false, claim: false, inherited: false });
        r.listedSource = true;
        const link = block.links.find((l) => l.end > s.start && l.start < s.end);
        if (link) r.sourceHref = link.href;
        out.push(r);
      }
      return;
    }
    // A code listing inside a quoted blog post ("rekt: { list: [ ...") is no sentence, and like
    // furniture it does not break the quotation's carry-over.
    if (block.kind === 'preformatted') return simple('code');
    // Furniture between two paragraphs of one speaker (a caption, a teaser) does not break carry-over.
    // A credit line ("— Name (@handle) June 3, 2024", "[ CNET ]" under the quotation it credits) is
    // furniture too, like a photo credit.
    const creditLine = postCreditAuthor(block.text) || (index > 0 && postAuthors[index - 1] && creditLineAuthor(block.text));
    if (isFurniture(block.text, index >= blocks.length - CLOSING_BLOCKS) || isLinkLine(block) || creditLine) return simple('furniture');
    memory.read(block.text);
    const postAuthor = postAuthors[index];
    const letter = letters[index];
    // A headline-like line ("The presidential body swerve") asserts nothing unless it attributes.
    // A short line that gives a date or a number ("June 9 – Tampa, FL @ MidFlorida Amphitheatre",
    // "Spain (Group F): 11th appearance") is a row of the story's data: checkable, not a label. (On the
    // development pages such lines were claims 29 times to 2; a list item alone, 7 to 1.)
    const titleLine = isTitleLine(block.text) && !isDataRow(block.text) && !(previous.introducer && introducedItem(block));

    // A block quotation after "X wrote:", or one without quotation marks right after a paragraph
    // quoting one speaker (a quotation set as a block needs none), is one quotation throughout: an
    // "officials told us" inside it is the quoted speaker's sourcing, not the writer's attribution.
    // One with quotation marks of its own reads like a paragraph: '"…" – Tony Radakin'.
    const ownSpans = findQuoteSpans(block.text);
    const quotedBlock = block.kind === 'blockquote' && (!!previous.introducer || (!!previous.quotedSpeaker && ownSpans.length === 0));
    const spans = quotedBlock || postAuthor || letter ? wholeBlockQuotation(block.text) : ownSpans;
    const creditedSpeaker = postAuthor ? memory.remember(postAuthor, accountSource(postAuthor)) : letter ? memory.remember(letter.name, letter.info) : undefined;
    // A paragraph that opens a quotation while the last one ended inside a quotation continues it.
    if (previous.openQuoteSpeaker && spans[0] && spans[0].start <= 1) spans[0].continued = true;
    const masked = maskQuotes(block.text, spans);
    const facts = sentences.map((s) => factsOf(block, s, spans, masked));
    const decided: (Candidate | undefined)[] = facts.map((f, i) => {
      const chosen = weakest(ownCandidates(block, f, memory)) ?? (i > 0 && facts[i - 1].quoteOnly ? frameOfQuotationBefore(f, memory) : undefined);
      // People named but not quoted: a later "he" may mean them ("Neumann bought ... He agreed").
      if (!chosen || chosen.how !== 'speaker') rememberMentions(f.masked, memory);
      rememberRoles(f.masked, memory);
      return chosen;
    });
    const inheritedFrom: (string | undefined)[] = facts.map(() => undefined);
    const carried: (Candidate | undefined)[] = facts.map(() => undefined);

    if (answers[index] && !interviewee) interviewee = latestNamedPerson(memory) ?? memory.remember('the interviewee', { type: 'named', kind: 'person', head: 'interviewee', plural: false });
    facts.forEach((f, i) => {
      // A link alone may still be set aside below (on words that claim nothing): the carried source stands by.
      if (decided[i] && decided[i]!.how !== 'link') return;
      if (answers[index] && interviewee) {
        carried[i] = speakerCandidateFor(interviewee);
        inheritedFrom[i] = 'in this answer of the interview';
        return;
      }
      if (creditedSpeaker) {
        carried[i] = speakerCandidateFor(creditedSpeaker);
        inheritedFrom[i] = postAuthor ? 'in this embedded post (credited below it)' : 'in this reader’s letter (signed below it)';
        return;
      }
      // The same quotation as an attributed sentence of this paragraph, before or after it.
      for (let j = 0; j < facts.length; j++) {
        if (j === i || !speakerCandidate(decided[j])) continue;
        if (facts[j].quotes.some((q) => f.quotes.includes(q))) {
          carried[i] = decided[j];
          inheritedFrom[i] = j < i ? 'in the sentence before' : 'in the next sentence';
          break;
        }
      }
      if (carried[i]) return;
      // The attribution is the whole next sentence: '“Why now?” Smith said.', '… TMZ has learned.'
      const next = decided[i + 1];
      if (next && (f.quoteOnly ? next.how === 'speaker' : next.how === 'vouching') && isAttributionOnly(facts[i + 1].masked, next.source, next.cue)) {
        carried[i] = next;
        inheritedFrom[i] = 'in the next sentence';
        return;
      }
      const at = lastSpeakerBefore(decided, i);
      const before = at >= 0 ? decided[at] : undefined;
      // More of the words of a speaker quoted earlier in the paragraph, framed by the writer:
      // '“...,” Obama said. Abbas “has put aside efforts to shortcut the pursuit of peace.”'
      const moreOfTheQuotation = at >= 0 && facts[at].quote && f.quotes.some((q) => isSubstantialQuote(block.text.slice(q.start, q.end)));
      // A further quotation of the same speaker, or "Additionally, ..." after reported speech.
      if (before && (f.quoteOnly || moreOfTheQuotation || CONTINUATION.test(f.masked))) {
        carried[i] = before;
        inheritedFrom[i] = 'earlier in the paragraph';
        return;
      }
      const openedHere = f.quotes.some((q) => !q.continued);
      const onlyQuotation = facts.every((g) => g.quoteOnly);
      if (f.quotes.some((q) => q.continued) && previous.openQuoteSpeaker && i === 0) {
        carried[i] = speakerCandidateFor(previous.openQuoteSpeaker);
        inheritedFrom[i] = 'in the quotation begun in the paragraph before';
      } else if (!decided.some((c) => c) && onlyQuotation && previous.quotedSpeaker && (openedHere || f.quoteOnly)) {
        carried[i] = speakerCandidateFor(previous.quotedSpeaker);
        inheritedFrom[i] = 'in the paragraph before';
      } else if (!decided.some((c) => c) && previous.introducer && introducedItem(block)) {
        carried[i] = speakerCandidateFor(previous.introducer);
        inheritedFrom[i] = 'in the introduction to this list';
      } else if (!decided.some((c) => c) && f.quoteOnly && openedHere) {
        // An interview's answer with no "he said": quoted words in the first person after the writer
        // names one person ("It all started on a day Huston will never forget. “I was working at ...”")
        // are that person's; the quotation marks say they are not the writer's.
        // So are the words of a paragraph that is only a quotation under a line that names one person
        // ("Sarah Bessey with “In which I think we should do it anyway”", then "“Do it anyway. ...”"):
        // a roundup's credit for the excerpt below it.
        const previousText = index > 0 ? blocks[index - 1].text : '';
        const underCreditLine = i === 0 && onlyQuotation && isShortLine(previousText);
        const person = firstPersonQuotation(block.text, f.quotes) || underCreditLine ? onePersonNamedBefore(facts.slice(0, i), previousText, memory) : null;
        if (person) {
          carried[i] = speakerCandidateFor(person);
          inheritedFrom[i] = 'in the words before this quotation, which name the one who speaks';
        }
      }
    });

    // A sentence with no words of the writer's own continues the last quotation's speaker.
    facts.forEach((f, i) => {
      if (decided[i] || carried[i] || !f.quoteOnly) return;
      const last = carried.slice(0, i).reverse().find((c) => c);
      if (last) {
        carried[i] = last;
        inheritedFrom[i] = 'earlier in the paragraph';
      }
    });

    facts.forEach((f, i) => {
      const place = { first: index === 0, closing: index >= blocks.length - CLOSING_BLOCKS, alone: facts.length === 1, index: i, voice };
      // Training reads the sentences nothing in them sources; a link the verdict then sets aside
      // ("Shop the rest of the sale here") would feed the model its own decisions back.
      const tap = options.claimTap && !decided[i] ? (features: Map<string, number>) => options.claimTap!(f.span.text, features) : undefined;
      const verdict = judgeClaim(f.masked, f.quote, place, tap);
      // A link sources a claim (SOURCING.md: "a link on the claim"); on the writer's advice, opinion
      // or a shopping tip ("I tried the mouse instead", "Shop the rest of the sale here") it sources
      // nothing, whatever it points to. Words that cite a finding ("Studies show") make a claim.
      const own = decided[i]?.how === 'link' && !decided[i]?.cited && !verdict.claim ? undefined : decided[i];
      const chosen = own ?? carried[i];
      let decision: Decision;
      if (chosen) {
        const how = own ? (own.how === 'speaker' ? 'speaker' : own.how) : 'inherited';
        decision = {
          label: chosen.type,
          // The reader is shown who speaks: a link's site; agentless phrasing and the outlet's own
          // vouching name no one, so they have words (the cue) but no source.
          source: chosen.how === 'link' ? hostOf(chosen.source) : chosen.how === 'speaker' ? chosen.source : undefined,
          cue: chosen.cue,
          how,
          from: inheritedFrom[i],
          refersTo: chosen.speaker?.name,
        };
      } else if (titleLine || isFurnitureSentence(f.span.text)) {
        decision = { label: 'neutral', how: 'furniture' };
      } else {
        decision = verdict.claim
          ? { label: 'unsourced', how: 'claim', evidence: verdict.evidence }
          : { label: 'neutral', how: 'none', evidence: verdict.evidence };
      }
      out.push(
        report(f.span.text, index, false, decision, {
          sourceType: chosen ? chosen.type : 'none',
          quote: f.quote || (f.quotes.length > 0 && chosen?.how === 'speaker'),
          claim: verdict.claim && !((titleLine || isFurnitureSentence(f.span.text)) && !chosen),
          inherited: !own && !!chosen,
          speaker: chosen?.speaker?.name,
          kind: chosen ? kindOf(chosen) : undefined,
          href: chosen?.how === 'link' ? chosen.source : undefined,
        }),
      );
    });

    if (!(titleLine && !decided.some((c) => c))) previous = rememberBlock(block, facts, decided, carried, spans, previous);
  });
  return out;
}

/** A link's site as the name of a source ("bbc.co.uk"); a relative link is the page's own site. */
const hostOf = (href: string) => siteOf(href) || 'this site';

/** The kind of source for the report's sources list. */
function kindOf(c: Candidate): string {
  if (c.how === 'link') return 'link';
  if (c.how !== 'speaker') return 'vague';
  const kind = c.speaker?.info.kind;
  if (!kind || kind === 'pronoun') return c.type === 'named' ? 'person' : c.type;
  return kind;
}

// "Eyamba Sowers, a real estate agent,": a full name, then a role in apposition (its last noun).
const ROLE_APPOSITION = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+),\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}]+)(?=\s*[,.;]|\s+(?:at|for|of|with|in|from|who)\b)/gu;

// The comma and article every match of ROLE_APPOSITION holds: asked first, as the name run is tried
// at every capital letter of the sentence and few sentences hold an apposition.
const ROLE_APPOSITION_CUE = /,\s+(?:a|an|the)\s/u;

/** Notes the roles the sentence gives named people in apposition (SpeakerMemory.noteRole). */
function rememberRoles(masked: string, memory: SpeakerMemory): void {
  if (!masked.includes(', ')) return;
  for (const m of matchesOf(ROLE_APPOSITION, masked, ROLE_APPOSITION_CUE)) {
    const role = m[2];
    if (isRoleWord(role) || /^[a-z]{3,}(?:er|or|ist|ian)$/.test(role)) memory.noteRole(m[1], role);
  }
}

/**
 * The people a sentence names without quoting them, so that a later "he" can mean them. Its subject
 * is the likeliest: the first person named ("Morrison was the third witness ... with Zelensky. He
 * said"), or the person its opening "he" or "she" stands for ("He then referred to Cooke's
 * testimony. ... he concluded"), is remembered last.
 */
function rememberMentions(masked: string, memory: SpeakerMemory): void {
  const pronoun = /^\W*(he|she)\b/i.exec(masked)?.[1];
  const subject = pronoun ? memory.resolvePronoun(pronoun) : null;
  const names = memory.mentionsIn(masked);
  for (const name of [...names].reverse()) memory.mention(name);
  if (subject) memory.mention(subject.name);
  // An unnamed person met or spoken to after the last name ("went to see a dermatologist", "with a
  // friend who monitors politics"): a later "he" or "she" may be them, not someone named before.
  const lastName = names.length ? masked.lastIndexOf(names[names.length - 1]) : -1;
  for (const m of matchesOf(UNNAMED_OBJECT, masked, UNNAMED_OBJECT_CUE)) {
    if (m.index < lastName) continue;
    const info = typeSourcePhrase(m[1], false);
    if (info?.type === 'anonymous' && !info.plural) memory.remember(m[1], info);
  }
}
const UNNAMED_OBJECT = /\b(?:with|to|from|see|saw|seen|visited|met|called|asked|consulted)\s+((?:a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z]+)(?=\s+(?:who|that|and|in|at|on|about)\b|[,.;:]|$)/g;
const UNNAMED_OBJECT_CUE = /\s(?:a|an)\s/;

/** One line of a few words, without a full stop: a credit or an introduction, not a paragraph. */
const isShortLine = (text: string) => text.split(/\s+/).length <= 20 && !/[.!?]["”’)]?\s*$/.test(text.trim());

/** Quoted words that speak as "I" or "we": someone's own account, not a title or a term. */
function firstPersonQuotation(text: string, quotes: QuoteSpan[]): boolean {
  return quotes.some((q) => FIRST_PERSON.test(text.slice(q.start, q.end)) && isSpokenWords(text.slice(q.start, q.end)));
}
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|me|my|we|we['’](?:re|ve|d|ll)|our|us)\b/;

/**
 * The one person the words just before a quotation name: the paragraph's sentences before it, or,
 * when it opens its paragraph, the paragraph before. Two people named leave the speaker open.
 */
function onePersonNamedBefore(before: SentenceFacts[], previousText: string, memory: SpeakerMemory): Speaker | null {
  const text = before.length > 0 ? before.map((f) => f.masked).join(' ') : previousText;
  const people = new Set(memory.mentionsIn(text).map((name) => memory.findByName(name)).filter((s): s is Speaker => s?.info.type === 'named' && s.info.kind === 'person'));
  return people.size === 1 ? [...people][0] : null;
}

/**
 * Reports every sentence of a block as neutral, for the reason given (a heading, furniture, code).
 * (Made here: a function named inside the loop over blocks is, run from the sources, named again
 * for every block.)
 */
function neutralSentences(out: SentenceReport[], sentences: SentenceSpan[], index: number, heading: boolean): (how: Decision['how']) => void {
  return (how) => {
    for (const s of sentences) {
      out.push(report(s.text, index, heading, { label: 'neutral', how }, { sourceType: 'none', quote: false, claim: false, inherited: false }));
    }
  };
}

/** A candidate that names a speaker, or undefined. */
const speakerCandidate = (c?: Candidate) => (c && c.how === 'speaker' ? c : undefined);

/** Index of the last sentence before `i` attributed to a speaker, or -1. */
function lastSpeakerBefore(decided: (Candidate | undefined)[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (decided[j]?.how === 'speaker') return j;
  return -1;
}

function speakerCandidateFor(speaker: Speaker): Candidate {
  return { type: speaker.info.type, how: 'speaker', source: speaker.name, cue: 'quoted', speaker };
}

/** A line that gives a number or a date, by the claim rules' own evidence ("Spain (Group F): 11th appearance"). */
function isDataRow(text: string): boolean {
  const signals = claimSignals(text, false);
  return signals.flags.includes('number') || signals.flags.includes('time');
}

/**
 * A list item, a block quotation, or a short line without a full stop, after "X said:". A paragraph
 * ending in a colon introduces something itself: it is no item of the list before it.
 */
function introducedItem(block: Block): boolean {
  if (block.kind === 'list-item' || block.kind === 'blockquote') return true;
  return block.text.length < 200 && !/[.!?:]["”’)]?$/.test(block.text.trim());
}

function rememberBlock(
  block: Block,
  facts: SentenceFacts[],
  decided: (Candidate | undefined)[],
  carried: (Candidate | undefined)[],
  spans: QuoteSpan[],
  previous: BlockMemory,
): BlockMemory {
  const memory: BlockMemory = {};
  const speakers = [...decided, ...carried].filter((c): c is Candidate => !!c && c.how === 'speaker' && !!c.speaker);
  const distinct = new Set(speakers.map((c) => c.speaker?.name));
  // A paragraph of one speaker's words (quoted, or reported as "he defended his decision").
  if (distinct.size === 1 && speakers.every((c) => c.speaker?.info.kind !== 'document') && facts.length > 0) {
    memory.quotedSpeaker = speakers[0].speaker;
  }
  const last = spans[spans.length - 1];
  if (last?.open && speakers.length) memory.openQuoteSpeaker = speakers[speakers.length - 1].speaker;
  if (/:\s*$/.test(block.text) && speakers.length) memory.introducer = speakers[speakers.length - 1].speaker;
  // A list keeps its introducer from item to item.
  if (!memory.introducer && previous.introducer && introducedItem(block)) memory.introducer = previous.introducer;
  return memory;
}

export type { Label };
