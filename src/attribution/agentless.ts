// Vague attribution with no one behind it (SOURCING.md: "Agentless phrasing hides the source"):
//
//   "is seen as part of a broader strategy"         passive opinion verbs
//   "are thought to be particularly useful"
//   "has been hailed as a model", "previously seen as unlikely"
//   "North Korean troops have reportedly joined"    hedging adverbs
//   "A reported 50,000 troops"                      "reported" as an adjective
//   "there is growing debate", "there is speculation"
//   "raised fears that militants were expanding"    a fear or concern *that* something is true
//                                                   carries a claim nobody owns; "raised questions
//                                                   about" and "sparked concerns about" carry none
//   "Reports of intense bombardments"               unowned reports

import { AnyOf, matchesOf } from '../text/matches';

export interface AgentlessCue {
  /** The words that hide the source, as written. */
  words: string;
}

const OPINION_PARTICIPLES =
  'believed|thought|expected|anticipated|seen|viewed|regarded|considered|perceived|reported|rumou?red|said|alleged|understood|estimated|described|hailed|deemed|tipped|feared|predicted|projected|suspected|touted|billed|claimed|known|assumed|presumed|reputed|found';

// "viewed as many as 40 times", "seen as well as heard": "as ... as" compares; it judges nothing.
const AS_COMPARISON = String.raw`\s+\w+\s+as\b`;

// The words every match of a pattern holds, where they are rarer than the pattern's first words:
// asked first, so that most sentences are not searched by the pattern at all (matches.ts).
const CUES = new Map<RegExp, RegExp>();
function cued(pattern: RegExp, cue: RegExp): RegExp {
  CUES.set(pattern, cue);
  return pattern;
}

const PATTERNS: RegExp[] = [
  // "is believed to", "are widely seen as", "has been described as", "it is understood that"
  new RegExp(
    `\\b(?:is|are|was|were|be|been|being)\\s+(?:(?:widely|generally|largely|often|commonly|increasingly|previously|now|also|still|long|broadly|privately|initially)\\s+)?(?:${OPINION_PARTICIPLES})\\s+(?:to|as(?!${AS_COMPARISON})|that)\\b`,
    'gi',
  ),
  // The auxiliary shared with a verb before "and": "He is Eton-educated and considered to identify
  // with ...", "and thought to be" (not "and said that": an active verb with its clause).
  cued(/\band\s+(?:(?:widely|generally|largely|often|commonly|also|long)\s+)?(?:believed|thought|considered|regarded|seen|viewed|deemed|perceived|understood|rumou?red|reputed|presumed|assumed)\s+(?:to|as)\b/gi, /\band\s/i),
  // A participle standing alone after a noun: "a country seen as the lone success", "previously seen as unlikely"
  cued(/\b(?:(?:widely|generally|largely|often|commonly|increasingly|previously|long|once|now)\s+)?(?:seen|viewed|regarded|perceived|hailed|touted|billed|described|portrayed|characteri[sz]ed|critici[sz]ed|derided|denounced)\s+as\b(?!\s+\w+\s+as\b)/gi, /\sas\b/i),
  /\b(?:reportedly|allegedly|supposedly|purportedly|reputedly|rumou?redly)\b/gi,
  // (No cue for this one and for "left ... wondering": measured on 8,000 of the bench's sentences, the
  // cue alternatives cost more than these patterns, which start with rare letters: 0.37 us against
  // 0.30 us here, 0.47 us against 0.17 us below.)
  /\b[Aa]n?\s+(?:reported|estimated|rumou?red|alleged|purported)\s+(?=\d|[a-z]+\s+(?:of|troops|people|soldiers))/g,
  // ("It's said that": the contraction too; "it was revealed that": a disclosure by no one.)
  /\b(?:it|this)(?:\s+(?:is|was|has been|had been)|['’]s)\s+(?:widely\s+)?(?:believed|thought|understood|said|reported|rumou?red|alleged|claimed|suggested|feared|expected|estimated|revealed)\b/gi,
  // "is considered the original sin", "old and considered a failure": a judgement held by no one,
  // with its complement straight after the participle (with "to", "as", "that": the first pattern).
  cued(/\b(?:is|are|was|were|be|been|being|and)\s+(?:(?:widely|generally|largely|often|commonly|still|now|also|long)\s+)?considered\s+(?:a|an|the|one\s+of|among)\b/gi, /considered\s/i),
  // "is often credited with inventing paper", "is blamed for the attack": credit and blame given by no one.
  cued(/\b(?:is|are|was|were|be|been|being)\s+(?:(?:widely|generally|largely|often|commonly|also|long|usually)\s+)?(?:credited\s+with|blamed\s+for)\b/gi, /credited|blamed/i),
  // "Rumor has it", "rumors swirled that", "rumor holds that": talk that nobody owns.
  cued(/\b[Rr]umou?rs?\s+(?:has\s+it|have\s+it|holds?|swirl(?:ed|s|ing)?|circulat(?:ed|e|es|ing)|abound(?:ed|s)?|spread|suggest(?:ed|s)?)\b/g, /umou?rs?\s/),
  /\bthere\s+(?:is|are|was|were|has been|have been)\s+(?:(?:growing|widespread|increasing|much|some|mounting|intense|considerable)\s+)?(?:speculation|debate|talk|rumou?rs|suggestions|reports|claims|fears|concerns?\s+that|belief)\b/gi,
  cued(/\b(?:raised?|raises|raising|sparked?|sparks|sparking|prompted|prompts|fuell?ed|fuels|triggered|stoked|heightened)\s+(?:new\s+|fresh\s+|growing\s+)?(?:fears|concerns|worries|speculation|suspicions)\s+that\b/gi, /(?:fears|concerns|worries|speculation|suspicions)\s/i),
  cued(/\b(?:raised?|raises|raising|sparked?|sparks|fuell?ed|fuels)\s+(?:new\s+|fresh\s+)?speculation\b/gi, /speculation/i),
  cued(/(?:^|[^\p{L}])(?:(?:unconfirmed|recent|local|media|news|press|early|initial|conflicting)\s+)*[Rr]eports\s+(?:of|that)\b/gu, /[Rr]eports\s/u),
  /\b(?:left|leaving|leaves)\s+(?:many|some|others|observers)\s+(?:wondering|questioning|asking|speculating|fearing)\b/gi,
  // "missing the 4.8 percent gain that was expected", "more was expected Wednesday": an expectation
  // with no one holding it (a relative clause or a clause of its own, with no "to" after it).
  cued(/\b(?:(?:that|which)\s+(?:is|was|were|are|had\s+been|has\s+been)|(?:more|less|further|worse)\s+(?:is|was|are|were))\s+(?:widely\s+)?(?:expected|anticipated|forecast|predicted)\b(?!\s+(?:to|that|by)\b)/gi, /expected|anticipated|forecast|predicted/i),
  // "a third case was reported in a 55-year-old man": a report with no one making it.
  cued(/\b(?:was|were|has\s+been|have\s+been)\s+reported\s+(?:in|among)\b/gi, /reported/i),
  // "By all accounts, the law worked": accounts with no one giving them ("by her own account" names her).
  cued(/\b[Bb]y\s+(?:all|most|many|several|some|other|(?:almost|nearly)\s+all)\s+accounts\b/g, /accounts/),
  // "Tariffs protect jobs, the thinking goes": whose thinking, the sentence does not say.
  cued(/\bthe\s+(?:thinking|argument|theory|logic|reasoning|story|line)\s+goes\b/gi, /\sgoes\b/i),
  // "is estimated at 40,000", "have been accused of blocking aid", "was suspected of sponsoring terrorism"
  cued(
    /\b(?:is|are|was|were|be|been|being)\s+(?:(?:widely|long|also|previously|currently|now)\s+)?(?:estimated\s+at|(?:accused|suspected)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+)?of)\b/gi,
    /estimated\s+at|accused|suspected/i,
  ),
];

// "has been described as “heartbreaking” by the conservation department": the agent is named after
// all, and the attribution rule takes it as the source ("by blocking aid" says how, not who).
// After a noun phrase "by" is the noun's: "seen as a
// preemptive measure by Russia" hides who sees it. Only a quotation or a word or two may come between.
const AGENT_FOLLOWS = /^\s*(?:["“][^"”]{1,60}["”]|(?!(?:a|an|the)\b)[\w-]+(?:\s+[\w-]+)?)?\s*\bby\s+(?:the\s+|a\s+|an\s+|many\s+|some\s+|most\s+)?(?![a-z]+ing\b)[\p{L}]/u;

// A capitalised word before "reports": a name, unless it opens the sentence as a determiner would.
const NAME_BEFORE = /(?:\S\s+|^\s*(?!(?:Some|Many|Several|Other|Such|These|Those|Earlier|Previous|Recent|Multiple|Numerous|Conflicting|Unconfirmed|Initial|Early|Further|More|No)\s))[\p{L}.'’-]*\p{Lu}[\p{L}.'’-]*\s?$/u;

const ANY_PATTERN = new AnyOf(PATTERNS, CUES);

/** Every agentless attribution in the (masked) sentence, in order of appearance. */
export function findAgentless(masked: string): AgentlessCue[] {
  const found: { at: number; words: string }[] = [];
  // Most sentences hold none of the phrasings: one search of all their cues says so (matches.ts).
  const any = ANY_PATTERN.mayMatch(masked);
  for (const pattern of PATTERNS) {
    if (!any && !ANY_PATTERN.always.has(pattern)) continue;
    for (const m of matchesOf(pattern, masked, CUES.get(pattern))) {
      if (/\bas$/i.test(m[0]) && AGENT_FOLLOWS.test(masked.slice(m.index + m[0].length))) continue;
      // "The Associated Press reports that": a verb with its named subject, not unowned reports.
      if (/^\W?reports\s/.test(m[0]) && NAME_BEFORE.test(masked.slice(0, m.index + 1))) continue;
      found.push({ at: m.index, words: m[0].replace(/^[^\p{L}]+/u, '').trim() });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ words }) => ({ words }));
}
