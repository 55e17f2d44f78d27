// Is the sentence a claim, something a reader could check (SOURCING.md, claim)?
//
//   claim:     "Russia has mobilized 50,000 troops"            a number
//              "Gunmen opened fire on Wednesday"               an event with a date
//              "The government outlawed the group"             what someone did or decided
//   not claim: "The situation marks a critical turning point"  the writer's judgement
//              "the war is far from over", "one thing is clear"
//              "Ukraine may shift its focus"                   a forecast
//              "What's next for Ukraine?"                      a question
//              "leaves me with the impression that..."         the writer's own impression
//              "WeWork declined to comment."                   a note on the reporting (no-comment.ts)
//
// The rule weighs evidence both ways and names the words that tipped it, for the reason shown.

import { isNoComment } from './no-comment';
import { matchesOf } from '../text/matches';
import { countWords } from '../text/letters';
import { claimFeatures, isClaim, isClaimSentence, NO_PLACE, type ClaimPlace, type ClaimSignals, type ClaimTap } from './claim-model';

export interface ClaimVerdict {
  claim: boolean;
  /** The words that decided it, for the reason ("a number: “50,000”"). */
  evidence: string;
}

const NUMBER = /\b\d[\d,.]*(?:\s?(?:percent|per cent|%|million|billion|trillion|thousand))?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousands|millions|billions|dozens|half|double|tripled|doubled)\b/i;
const TIME = /\b(?:on|last|this|next|since|until|by|in|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|week|month|year|fall|spring|summer|winter|weekend)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b|\b(?:in|over|for|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:weeks|months|years|days)\b|\bfor\s+(?:months|years|decades|weeks)\b|\b(?:ago|earlier this|later this)\b|\b(?:January|February|March|April|June|July|August|September|October|November|December)\s+\d|\b(?:past|last|next)\s+(?:few|several|two|three|four|five|\d+)\s+(?:days|weeks|months|years)\b|\b[Ss]ince\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w]*)*/;
// Verbs of events and decisions: what someone did.
const EVENT_VERB = /\b(?:killed|killing|died|wounded|injured|attacked|stormed|seized|captured|launched|fired|opened fire|arrested|charged|sentenced|elected|voted|passed|signed|approved|rejected|banned|outlawed|announced|deployed|mobilized|mobilised|assembled|withdrew|retreated|advanced|pushed|supplied|sent|provided|raised|cut|lost|won(?![’']t)|gained|fell|rose|increased|decreased|dropped|grew|declined|joined|left|resigned|appointed|fired|hired|sued|filed|ruled|convicted|acquitted|bought|sold|acquired|paid|spent|invested|built|opened|closed|collapsed|overthrew|invaded|occupied|bombed|shelled|struck|hit|destroyed|damaged|recaptured|retook|reclaimed|repelled|blocked|imposed|lifted|suspended|released|published|reported|confirmed|fought|governed|ruled|drafted|failed|succeeded|beheaded|assaulted|crashed|exploded|erupted|evacuated|displaced|fled|detained|deported|shot|stabbed|murdered|raided|seizing|gunning|shattering|hurling|stepped down|came to power|took office|lands?|travels|visit(?:ed|s)?|met|meets|has faced|have faced|has pushed|has been unable|have been increasingly|has been reducing|has found|has been eager|has seen|has supplied|managed to \w+)\b/i;
// The writer's judgement: evaluative and abstract words of commentary.
const JUDGEMENT = /\b(?:significant(?:ly)?|critical|crucial|dramatic|unusual|unexpected|volatile|pivotal|profound|undoubtedly|clearly|clear|remarkable|notabl[ey]|striking|focal point|turning point|factor|implications|underscores?|highlights?|demonstrates?|illustrates?|signals?|reflects?|marks?|marked|poses?|stands out|far from over|one thing is|delicate|difficult position|bleak|unlikely|likely|potential(?:ly)?|evolving|dynamic|landscape|nature of|attention|alarm(?:s|ing)?|concerns?|challenges?|role in|broader|complicat\w+|escalation|strategic|major|key|serious)\b/gi;
// Evaluative adjectives. Before a noun they colour a statement ("are now facing significant
// setbacks", "the first serious military collaboration since the Cold War") that still asserts
// something checkable, so they weigh half; as the predicate ("the role was critical") or as a verb
// or abstract noun of commentary ("underscores", "a turning point") they are the sentence's point.
const EVALUATIVE_ADJECTIVE = /^(?:significant|critical|crucial|dramatic|unusual|unexpected|volatile|pivotal|profound|clear|remarkable|notable|striking|delicate|bleak|unlikely|likely|potential|evolving|dynamic|broader|strategic|major|key|serious)$/i;
// Words after an adjective that show it is not before its noun: "is significant to", "critical of".
const NOT_A_NOUN = /^(?:to|of|for|in|on|at|as|than|that|and|or|but|with|by|from|because|enough|is|are|was|were|be|been)$/i;

/**
 * How much the writer's judgement weighs against a claim, and the words found. A capitalised word
 * inside the sentence, or one followed by another at its start, is a name ("Mark Zuckerberg", "Key
 * Security Council powers"), not a judgement.
 */
function judgementsIn(text: string): { weight: number; words: string[] } {
  let weight = 0;
  const words: string[] = [];
  for (const m of matchesOf(JUDGEMENT, text)) {
    const word = m[0];
    const atStart = /^[\s"“‘'([]*$/.test(text.slice(0, m.index));
    const after = text.slice(m.index + word.length);
    // At the start of the sentence a name goes on in capitals: "Mark Ellis", "Key Security Council".
    if (/^\p{Lu}/u.test(word) && (!atStart || /^\s+\p{Lu}/u.test(after))) continue;
    const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(after)?.[1];
    const attributive = EVALUATIVE_ADJECTIVE.test(word) && next !== undefined && !NOT_A_NOUN.test(next);
    weight += attributive ? 0.5 : 1;
    words.push(word);
  }
  return { weight, words };
}

const FORECAST = /(?:\b(?:will|won[’']t|could|may|might|would|should|must|can)|\b(?:you|we|I)[’']ll)\s+(?:\w+ly\s+)?(?:be|have|need|depend|become|prove|continue|shape|lead|aid|allow|intensify|shift|alter|mean|face|undermine|affect|influence|determine|result|bring|reshape|tip|hinge|require|make|see|take|remain|\w+)\b|\b(?:is|are)\s+(?:likely|poised|set|bound|going)\s+to\b|\bneeds? to\b/i;
const FORECASTS = new RegExp(FORECAST.source, 'gi');
// A modal inside a clause that only describes something is not the writer's forecast: the sentence
// still states what happened. Two such clauses: a restrictive relative clause whose verb is the modal
// ("balked on terms that would leave it exposed", "changes that would exacerbate the deficit"), and
// an embedded question ("mixed signals about whether the tariffs will ever be removed"). A modal after
// "that" with a subject of its own stays a forecast ("the risk is that the government would ...",
// "there is no guarantee that these forecasts will prove accurate").
const RELATIVE_BEFORE = /[\p{L}\p{N}]\s+(?:that|which|who)\s+(?:\w+ly\s+)?$/u;
// "hidden the frame so that it won't be seen": the purpose of what was done.
const PURPOSE_BEFORE = /\bso\s+that\s[^,;:]*$/i;
const EMBEDDED_QUESTION_BEFORE = /[\p{L}\p{N}](?<!\b(?:as|even|only))\s+(?:whether|if)\s[^,;:]*$/u;

// "Will" with a decision's verb is a plan or a schedule someone announced, which a reader can check:
// "Yahoo will change its name", "Remain Co. will become a holding company", "Audi will offer the car
// in thirteen finishes", "sales of military equipment will still be prohibited". Other verbs stay
// the writer's forecast ("your business will grow", "the sacking will reignite speculation"), as do
// "may", "could" and "might", and anything said of "you", "we" or "people".
const PLANNED = /^(?:will|won(?:'|’)t)\s+(?:(?:not|still|also|now|then|soon|formally|officially|only)\s+)*(?:be\s+(?:\w+ed|paid|held|sold|built|shut|cut|set|taken|given|chosen)\b|(?:become|change|receive|offer|hand|present|launch|open|close|hire|pay|sell|buy|acquire|merge|rename|resign|step|join|leave|release|ship|start|begin|end|hold|vote|sign|testify|front|appear|visit|travel|meet|announce|file|introduce|unveil|debut|replace|succeed|retire|lay)\b)/i;
// The clause before a modal opens with a particular thing: "the", "this", "its", a name, "it".
// (A name of two capitalised words, "Switch Lite"; one alone may just open the sentence.)
const SPECIFIC_SUBJECT = /(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:(?:[Tt]he|[Tt]his|[Tt]hese|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ii]t|[Tt]hey)\b|\p{Lu}\p{L}*\s+\p{Lu})[^,;:]*$/u;
const READER = /\byour?\b/i;
const GENERIC_SUBJECT = /\b(?:you|your|we|our|us|I|people|everyone|anyone|someone|nobody|no one)\b/i;

/** The first modal of a clause that is not a description ("will be", "could shift"), or undefined. */
function forecastIn(text: string): string | undefined {
  for (const m of matchesOf(FORECASTS, text)) {
    // A capitalised "Will" before another capitalised word is a name ("said Will Tjernlund").
    if (/^Will\s+\p{Lu}/u.test(m[0])) continue;
    // A capitalised "May" before a verb in the past is a name ("May said the deal was dead").
    if (/^May\s+(?:said|told|added|wrote|\p{Ll}+ed)\b/u.test(m[0])) continue;
    const before = text.slice(0, m.index);
    if (RELATIVE_BEFORE.test(before) || EMBEDDED_QUESTION_BEFORE.test(before) || PURPOSE_BEFORE.test(before)) continue;
    // "The Switch Lite can play the same titles": what a particular thing or person is able to do is
    // a fact to check, not a forecast; "a good planner can help you", "you can feel" stay generic.
    if (/^can(?:not)?\b|^can[’']t\b/i.test(m[0]) && SPECIFIC_SUBJECT.test(before) && !GENERIC_SUBJECT.test(before) && !READER.test(text.slice(m.index))) continue;
    // A plan has someone to make it: "Finding the money ... will crimp the budget" forecasts.
    if (PLANNED.test(text.slice(m.index)) && !/^\W*\p{L}+ing\b/u.test(text) && !GENERIC_SUBJECT.test(before)) continue;
    return m[0];
  }
  return undefined;
}

const WRITER = /\b(?:I|me|my|we|us|our|[Ll]et[’']s)\b/;
const QUESTION = /\?\s*["”’]?\s*$/;
// "Facebook CEO Mark Zuckerberg, the man with the acquisition plan.": a name and who they are, with
// no verb of its own (a caption's words, mostly). A relative clause ("the man who bought ...") or a
// verb ("On Friday, the administration will announce ...") asserts something, so it does not count.
const IDENTIFICATION = /^(?!(?:On|In|At|After|Before|During|By|For|From|With|Since|Until|When|While|As|If|Then|But|And)\b)(?:\p{Lu}[\p{L}.'’-]*\s+){0,6}\p{Lu}[\p{L}.'’-]*,\s+(?:the|a|an)\s+(?:(?!(?:who|whose|which|that|is|are|was|were|be|been|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did|said|says)\b)(?![\p{L}’'-]*ed\b)[\p{L}’'-]+\s+){0,8}(?![\p{L}’'-]*ed\b)[\p{L}’'-]+\.$/u;
const TRANSITION = /^\s*(?:here(?:'|’)s|here\s+is|that(?:'|’)s)\s+(?:how|what|why|where|when|who)\b[^,;:]{0,30}[.:]?\s*$/i;
const IMPERATIVE = /^\W*(?:please\s+)?(?:grab|look\s+for|take\s+(?:a|it|your|the\s+time)|try|check\s+out|make\s+sure|be\s+sure|don[’']t\s+forget|don[’']t\s+miss|click|visit|join|download|enjoy|imagine|remember|consider|avoid|tap|scroll|share|learn\s+more|discover|explore|pick|choose|stir|mix|bake|preheat|combine|whisk|season|serve|pour)\b(?!\s+(?:said|says|told|was|is|were|are|has|had|have|will|would)\b)/i;
/** "Try setting a schedule", not "Consider Group sold ...": a name may start with the same word. */
function isCallToAction(text: string): boolean {
  const m = IMPERATIVE.exec(text);
  return !!m && !/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length));
}
const wordCount = countWords;
// The writer stepping forward to judge: frames and stance adverbs of commentary ("It is hard to
// overestimate", "certainly", "if only"). The sentence's point is the judgement, so it outweighs one
// piece of evidence ("Ahh, if only Yahoo had bought Snapchat" is a wish, not an event).
const WRITER_STANCE = /\b(?:it is (?:hard|difficult|impossible) to (?:overestimate|overstate|exaggerate|understate)|(?:shouldn(?:'|’)t|should not|cannot|can(?:'|’)t) escape (?:notice|attention)|it is (?:worth|important to) (?:noting|note|remembering|remember)|is (?:a )?testimony to|^\W*(?:ah+,?\s+)?if only|as \w+ (?:a|an) \w+ as (?:they|it) (?:come|comes|gets?)|(?<!\balmost\s)certainly|arguably|surely|obviously|frankly|(?:the|a) self-fulfilling|the imperative is|(?:the )?most (?:important|telling|expedient|striking|interesting) (?:question|thing|point|way|lesson))\b/i;
const OPEN_QUESTION = /^\W*(?:(?:but|and|yet|still|so far),?\s+)?it\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:unclear|uncertain|unknown|not\s+(?:yet\s+|immediately\s+)?(?:clear|known))\s+(?:whether|if|how|when|what|why|who|where|which)\b/i;
const BACKGROUND = /\b(?:is|are)\s+(?:a|an|one of the|known for|home to|popular|located|situated)\b|\bhosts\b/i;

/** Judges a sentence whose quotations are masked; `quoted` says it holds a direct quotation. */
export function judgeClaim(masked: string, quoted: boolean, place: ClaimPlace = NO_PLACE, tap?: ClaimTap): ClaimVerdict {
  const text = masked.replace(/~+/g, ' ');
  if (QUESTION.test(masked) && !quoted) return { claim: false, evidence: 'a question' };
  if (isNoComment(masked)) return { claim: false, evidence: 'a note that someone did not comment' };
  // "It is unclear whether the MacBook Pro will follow suit.": what is not known, so nothing to check.
  if (OPEN_QUESTION.test(masked)) return { claim: false, evidence: 'what is not known' };
  if (IDENTIFICATION.test(text.trim())) return { claim: false, evidence: 'a name and who they are' };
  // "." or "—" left over from the page: nothing is said.
  if (!/[\p{L}\p{N}~]/u.test(masked)) return { claim: false, evidence: 'no words' };
  // "Grab my 12-question quiz", "Look for lean proteins": a call to action (SOURCING.md) addresses the
  // reader and asserts nothing, numbers or not.
  if (!quoted && isCallToAction(text)) return { claim: false, evidence: 'a call to action' };
  // "Here's how it works.", "Here.": the writer leading on, nothing asserted.
  if (!quoted && (TRANSITION.test(text) || wordCount(text) <= 1)) return { claim: false, evidence: 'a transition' };
  // Strong evidence decides (a number with an event or a date; the writer's own impression); the rest
  // is weighed by a model learned from labeled articles (claim-model.ts) together with the writer's
  // own words and where the sentence stands. The line between a checkable claim and the writer's
  // narration or explanation is where hand-written rules ran out: on the development sentences with
  // no or weak evidence, the rules' own sum called 0.68 right, the model 0.77 on sites it was not
  // trained on; on strong evidence the rules were as right or better (`npm run train`).
  const signals = claimSignals(text, quoted);
  let claim = signals.score > 0;
  if (!rulesDecide(signals)) {
    if (tap) {
      // Training reads the features by name; the product scores them as they are read (same sum).
      const features = claimFeatures(text, signals, place);
      tap(features);
      claim = isClaim(features);
    } else claim = isClaimSentence(text, signals, place);
  }
  const evidence = (claim ? signals.pros : signals.cons).join(', ');
  if (evidence) return { claim, evidence };
  // The model may weigh the sentence against the rules' lean: the reason still names what is there.
  const against = (claim ? signals.cons : signals.pros).join(', ');
  if (claim) return { claim, evidence: against ? `a statement of fact, despite ${against}` : 'a statement of fact' };
  return { claim, evidence: against ? `the writer’s narration or explanation, though it holds ${against}` : 'the writer’s narration or explanation, nothing specific to check' };
}

// Scores (claimSignals: 0.5 to start, a number +2, a time or an event +1.5, the writer's impression
// or stance -2) at which the rules' verdict stands without the model.
const DECISIVE_CLAIM = 4;
const DECISIVE_NOT_CLAIM = -1;

/** True when the rules' evidence is strong enough to decide alone; the model weighs the rest. */
export const rulesDecide = (signals: ClaimSignals): boolean => signals.score >= DECISIVE_CLAIM || signals.score < DECISIVE_NOT_CLAIM;

// The evidence claimSignals is gathering, which `weigh` adds to: one function for every sentence, not
// a closure made per sentence (run from the sources, as `npm run bench` does, each named closure also
// costs a call that names it).
let weighing: ClaimSignals = { score: 0, pros: [], cons: [], flags: [] };
function weigh(flag: string, weight: number, words: string): void {
  weighing.score += weight;
  weighing.flags.push(flag);
  (weight > 0 ? weighing.pros : weighing.cons).push(words);
}

/** The rules' evidence for and against a claim, with the words that carry it. */
export function claimSignals(text: string, quoted: boolean): ClaimSignals {
  // A plain declarative sentence in a news story asserts something until the words say otherwise.
  const found: ClaimSignals = { score: 0.5, pros: [], cons: [], flags: [] };
  weighing = found;
  const number = NUMBER.exec(text)?.[0];
  if (number) weigh('number', 2, `a number: “${number.trim()}”`);
  const time = TIME.exec(text)?.[0];
  if (time) weigh('time', 1.5, `a time: “${time.trim()}”`);
  const event = EVENT_VERB.exec(text)?.[0];
  if (event) weigh('event', 1.5, `an event: “${event}”`);
  if (quoted) weigh('quoted', 1, 'a quotation');
  const judgements = judgementsIn(text);
  if (judgements.words.length) weigh('judgement', -Math.min(judgements.weight, 2), `judgement: “${judgements.words.slice(0, 2).join('”, “')}”`);
  const stance = WRITER_STANCE.exec(text)?.[0];
  if (stance) weigh('stance', -2, `the writer’s judgement: “${stance}”`);
  const forecast = forecastIn(text);
  if (forecast) weigh('forecast', -1.5, `a forecast: “${forecast}”`);
  if (WRITER.test(text)) weigh('writer', -2, 'the writer’s own impression');
  // "How chivalrous!": an exclamation in the writer's voice is opinion, unless it reports what
  // happened ("The ceremony was held at Marronnier Park!!"): then the evidence is weighed.
  if (/!\s*$/.test(text) && !quoted) weigh('exclamation', -2, 'an exclamation');
  const hypothetical = /^\s*(?:should|if|were|had|unless|once)\b/i.exec(text)?.[0];
  if (hypothetical) weigh('hypothetical', -1.5, `a hypothesis: “${hypothetical.trim()}”`);
  const background = BACKGROUND.exec(text)?.[0];
  if (background && !number && !time) weigh('background', -1, `background: “${background}”`);
  return found;
}
