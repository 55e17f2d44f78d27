// What kind of source a phrase names (SOURCING.md, source_type):
//
//   named      "Tony Radakin", "White House press secretary Josh Earnest", "the Pentagon",
//              "Ukrainian intelligence", "the report", "President Zelenskyy's update", "the president"
//   anonymous  "one anonymous military strategist", "a Ukrainian officer stationed in Kursk",
//              "officials", "Western nations", "people familiar with the matter", "our sources"
//   vague      "experts", "analysts", "recent reports", "sources", "many Tunisians", "critics"
//
// A person or group the writer leaves unnamed is anonymous; a generic crowd is vague.

import type { SourceType } from '../types';

export type SourceKind = 'person' | 'organisation' | 'document' | 'role' | 'anonymous' | 'vague' | 'pronoun' | 'share';

export interface SourceInfo {
  type: Exclude<SourceType, 'none'>;
  kind: SourceKind;
  /** The head noun, lower case ("strategist"), to recognise "the strategist" later. */
  head: string;
  plural: boolean;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Roles of people: unnamed, they make an anonymous source. */
const PERSON_ROLES = words(`official officer source person strategist diplomat aide adviser advisor insider
  politician lawmaker legislator member staffer employee worker witness resident investigator prosecutor
  soldier commander spokesman spokeswoman spokesperson representative executive exec negotiator individual
  agent analyst expert economist scientist researcher academic professor doctor engineer leader manager
  minister editor correspondent reporter columnist secretary chief director officer-in-charge activist organiser organizer campaigner volunteer colleague friend relative
  neighbour neighbor insider authority nation country government state ally partner acquaintance
  participant attendee delegate envoy ambassador emissary operative militant fighter student teacher
  parent user customer driver pilot nurse lawyer attorney consultant banker trader investor contractor
  admirer associate supporter opponent critic observer elder protester demonstrator farmer villager
  survivor victim parent mother father son daughter wife husband brother sister family relative
  councillor councilor councilman councilwoman alderman alderwoman commissioner mp mep trustee sheriff
  detective inspector constable superintendent sergeant lieutenant colonel admiral bishop rabbi imam
  cleric priest chairperson treasurer`);

/** Heads that never identify anyone, whatever their modifiers: "experts", "reports", "many". */
const VAGUE_HEADS = words(`experts analysts observers critics commentators pundits scholars economists
  scientists researchers academics sources reports rumours rumors studies surveys research polls people others
  some many most several skeptics sceptics supporters opponents detractors locals voices circles
  speculation observers onlookers insiders backers proponents advocates defenders boosters
  cheerleaders naysayers`);

/** Institutions that speak for themselves when a place or name qualifies them: "Ukrainian intelligence". */
const INSTITUTIONS = words(`intelligence military army navy government ministry police parliament court
  embassy council agency department commission committee office authority bureau administration
  regulator cabinet presidency kremlin pentagon company firm bank party union university institute
  service court tribunal senate congress`);

/** Documents and data sets: "the report", "UN figures". */
const DOCUMENTS = words(`report study survey analysis poll paper review audit data figures statistics
  findings filing filings presentation document documents memo letter statement census assessment estimate estimates
  records notes minutes guidelines indictment complaint lawsuit ruling transcript release update post video footage records
  email e-mail article tweet website evidence testimony messages texts recording recordings photos images`);

/** Roles that denote one person when definite: "the president", "the prime minister". */
const SINGLE_ROLES = words(`president minister secretary chancellor premier governor mayor chairman chairwoman
  chair ceo director chief commander spokesman spokeswoman spokesperson king queen pope prince
  senator judge founder head leader ambassador general coach manager owner author editor pentagon
  kremlin company ministry government department agency police court military army`);

/** Kin a person has only one of (at a time): "the victim's mother", "her husband". A lawyer or an aide is one of several (source-types.test.ts). */
const ONE_PER_PERSON = words('mother father wife husband widow widower fiancé fiancée fiance fiancee');

const TITLES = words(`mr mrs ms dr prof gen lt col sgt capt maj adm gov sen rep rev sir dame lord lady
  president minister secretary general chancellor premier king queen prince princess pope judge justice
  senator governor mayor chief commander director ambassador sheikh ayatollah`);

/** Kinds of organisation that take their name in apposition: "research firm Gartner". */
const BODY_KINDS = words(`group company firm charity organisation organization agency nonprofit consultancy watchdog
  tank outlet newspaper magazine website site network broadcaster publication association body coalition
  campaign insurer regulator startup carrier airline lender bank fund union institute foundation studio
  publisher club league team hospital school society trust daily weekly tabloid utility`);
// Nouns of people by what they do: "developer", "programmer", "novelist", "technician".
const AGENTIVE = /^[a-z]{2,}(?:er|or|ist|ian|ant|ent)$/;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
// The other words of a date: a day or a year, an abbreviated month ("Dec. 6", "Jan. 5, 2020").
const DATE_PART = /^(?:\d{1,4}(?:st|nd|rd|th)?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?),?$/;
// Collective and quantity nouns whose members speak: "a number of", "a group of", "dozens of".
const COLLECTIVE = /^(?:(?:a|an|the|one)\s+)?(?:(?:large|small|growing|wide|broad|whole)\s+)?(?:number|group|handful|couple|majority|minority|host|lot|team|panel|dozen|dozens|hundreds|thousands|pair|chorus|coalition|string|slew|raft)\s+of\s+/i;

const SHARE = /^(?:(?:an?|some|about|nearly|almost|roughly|only|just)\s+)?(?:(?:overwhelming|slim|narrow|bare|large|clear|whopping)\s+)?(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s+(?:percent|per\s+cent|%)(?:\s+of\s+[\p{L}\s'’-]+)?$|^(?:a|the)\s+(?:(?:slim|narrow|clear|large|bare)\s+)?majority(?:\s+of\s+[\p{L}\s'’-]+)?$/iu;
const DETERMINERS = words('a an one another the this that these those some any each our their its his her');
const INDEFINITE = words('a an one another');
/** A member of a party or a people: "Republican", "Democrats", "Ukrainian". */
const PARTY_OR_PEOPLE = /^(?:\p{Lu}\p{Ll}+(?:an|ian|ese|i)|Democrat|Republican|Conservative|Liberal|Tory|Socialist|Communist|Independent)$/u;
const QUANTIFIERS = words('some many most several few numerous various other countless multiple');
const PRONOUNS = words('he she they it him her them we');
const POSSESSIVE_DETERMINERS = words('his her its their');

// Nationality and group adjectives are modifiers, not names: "Ukrainian officials", "Western nations".
const GROUP_ADJECTIVE = /^(?:[A-Z][a-z]+(?:an|ian|ese|ish|ic|i)|Western|Eastern|Northern|Southern|Arab|French|Dutch|Greek|Swiss|Thai|Islamist|Muslim|Christian|Jewish|Sunni|Shiite|Shia|Democratic|Republican|Conservative|Labour|Liberal|Tory|Allied|Foreign|International|Local|Federal|Senior|Military|Security|Government|Administration)$/;
// "insiders" only in lower case: "Business Insider" is an outlet, not a withheld source.
const ANONYMITY_WORDS = /\b(?:anonymous|anonymity|unnamed|unidentified|familiar with|close to|briefed on|knowledgeable about|with (?:direct )?knowledge of|not authori[sz]ed|declined to be (?:named|identified)|asked not to be (?:named|identified)|(?:did|does) not (?:wish|want) to be (?:named|identified))\b/i;
// ("Insiders say" opening a sentence is the plural, never the outlet.)
export const ANONYMITY = { test: (s: string) => ANONYMITY_WORDS.test(s) || /\b(?:insiders?|Insiders)\b/.test(s) };

function tokens(phrase: string): string[] {
  return phrase.match(/[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu) ?? [];
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
// "witnesses", "churches": -es after a hissing sound; "officials", "parties" otherwise.
const singular = (w: string) => w.replace(/(?:ies)$/, 'y').replace(/(?<=(?:ss|sh|ch|x|z))es$/, '').replace(/(?<=[^s])s$/, '');
const bare = (w: string) => w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');

/** A lower-case word that names a person's role or title ("councillor", "spokesman", "senator"). */
export function isRoleWord(word: string): boolean {
  const w = bare(word);
  return PERSON_ROLES.has(w) || PERSON_ROLES.has(singular(w)) || SINGLE_ROLES.has(w) || TITLES.has(w);
}

/**
 * A hyphenated title stands for the role it names: "editor-in-chief" and "attorney-at-law" for
 * their first part, "co-founder" and "vice-president" for their last. Other compounds stay whole.
 */
function roleOfCompound(word: string): string {
  if (!/^\p{Ll}+(?:-\p{Ll}+)+$/u.test(word)) return word;
  const parts = word.split('-');
  if (/^(?:in|at|of)$/.test(parts[1] ?? '') && isRoleWord(parts[0])) return parts[0];
  return isRoleWord(parts[parts.length - 1]) ? parts[parts.length - 1] : word;
}

/** The phrase's head: its first lower-case noun after determiners and modifiers ("officer"). */
function headOf(toks: string[]): number {
  for (let i = 0; i < toks.length; i++) {
    const w = bare(toks[i]);
    // "many in Hong Kong", "some at the ministry": a quantifier before a preposition stands alone ("some
    // of the officials" are officials).
    if (QUANTIFIERS.has(w) && toks[i + 1] && /^(?:in|at|on|across|around|within|among|inside|outside)$/.test(toks[i + 1])) return i;
    if (DETERMINERS.has(w) || QUANTIFIERS.has(w) || /^\d/.test(w)) continue;
    if (isCapitalised(toks[i]) && !(i === 0 && isLexicon(w))) continue;
    const next = toks[i + 1];
    // The head is the last lower-case word before a preposition, a name, or the end.
    // A participle after a known noun describes it: "a group representing rural counties" (not
    // "longtime housing economist").
    if (!next || POST_MODIFIER.test(next) || POSTPOSED_ADJECTIVE.test(next) || (/^[a-z]{3,}ing$/.test(next) && (BODY_KINDS.has(w) || PERSON_ROLES.has(singular(w))))) return i;
    if (isCapitalised(next)) {
      // "royal PR aides", "reporter Nisan Ahmado's source": a capitalised run that more nouns follow
      // only modifies them; the head comes later.
      let j = i + 1;
      while (j < toks.length && isCapitalised(toks[j])) j++;
      if (j < toks.length && !POST_MODIFIER.test(toks[j])) continue;
      return i;
    }
  }
  return toks.length - 1;
}

// Participles after the head describe it: "a transcript reviewed by Business Insider".
/**
 * Adjectives set after a noun with a complement that describes the person: "a source close to the
 * family", "the agent responsible for southeast Alabama", "officials involved in the talks".
 */
export const POSTPOSED_ADJECTIVE = /^(?:familiar|close|knowledgeable|briefed|responsible|involved|opposed|loyal|connected|affiliated)$/;
const POST_MODIFIER = /^(?:of|for|to|at|in|from|with|on|by|who|whose|which|that|stationed|based|close|familiar|briefed|speaking|working|involved|told|and|or|across|around|within|outside|inside|near|throughout|among|like|including|from|reviewed|seen|obtained|released|published|issued|compiled|prepared|sent|written|signed|cited|quoted|presented|provided|filed|submitted|captured|recorded)$/;
const isLexicon = (w: string) =>
  DETERMINERS.has(w) || QUANTIFIERS.has(w) || VAGUE_HEADS.has(w) || PERSON_ROLES.has(singular(w)) ||
  PERSON_ROLES.has(w) || DOCUMENTS.has(w) || DOCUMENTS.has(singular(w)) || PRONOUNS.has(w) || INSTITUTIONS.has(w);

/**
 * True when the words hold a proper name: a run of capitalised words that is not a title alone,
 * not the sentence's first word when that word is an ordinary noun ("Officials said"), and not a
 * modifier of an unnamed role ("a White House official", "Ukrainian officials").
 */
export function hasProperName(toks: string[], sentenceInitial: boolean): boolean {
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalised(toks[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && (isCapitalised(toks[j + 1]) || (/^(?:of|and|for|de|al|bin|van|von|der|la|le)$/.test(toks[j + 1]) && toks[j + 2] && isCapitalised(toks[j + 2])))) j++;
    const run = toks.slice(i, j + 1);
    const next = toks[j + 1];
    const modifier = next !== undefined && !isCapitalised(next) && !POST_MODIFIER.test(next);
    // The sentence's first word is capitalised whatever it is: before a lower-case noun it is an
    // ordinary modifier ("Deficit hawks", "Former royal aides"), unless it is a possessive name.
    const initialModifier = i === 0 && sentenceInitial && run.length === 1 && modifier && !/['’]s$/.test(run[0]);
    const lexiconOnly = initialModifier || run.every((w, k) => (k === 0 && i === 0 && sentenceInitial && isLexicon(bare(w))) || TITLES.has(bare(w)));
    const groupAdjective = run.length === 1 && GROUP_ADJECTIVE.test(run[0]);
    // "a White House official" leaves the official unnamed; "Tsvangirai's spokesman" says whose.
    const possessive = /['’]s$/.test(run[run.length - 1]);
    const roleModifier = modifier && !possessive && (PERSON_ROLES.has(singular(bare(next))) || groupAdjective);
    if (!lexiconOnly && !roleModifier && !(groupAdjective && modifier)) return true;
    i = j + 1;
  }
  return false;
}

const ORGANISATION_WORD = /^(?:Ministry|Department|Agency|Council|University|Center|Centre|Institute|Committee|Party|Pentagon|Kremlin|House|Reuters|Times|Post|News|Inc|Corp|Group|Bank|Fund|Commission|Office|Police|Army|Court|Government|Bureau|Service|Association|Foundation|Organization|Organisation|Union|Parliament|Congress|Senate|Intelligence|Network|Journal|Press|Forces|Board|Authority|Administration|Company|BBC|CNN|AP|AFP|UN|NATO|EU|FBI|CIA)$/;

/** Types a source phrase, or returns null when it names no possible source ("the attack"). */
export function typeSourcePhrase(phrase: string, sentenceInitial = false): SourceInfo | null {
  // "one neo-bank CEO", "a Labour MP": a role written in capitals is still a role, not a name.
  const toks = tokens(phrase.trim()).map((w) => (/^\p{Lu}{2,4}s?$/u.test(w) && isRoleWord(w.replace(/s$/, '')) ? w.toLowerCase() : roleOfCompound(w)));
  if (toks.length === 0) return null;
  const first = bare(toks[0]);
  // The writer ("I asked him", "we reported") is not a source; the outlet vouching is another rule.
  // ("US officials": the acronym, not the pronoun.)
  if (/^(?:i|we|you|me|us)(?:['’](?:m|re|ve|ll|d))?$/.test(first) && !/^\p{Lu}{2,}$/u.test(toks[0])) return null;
  // "Anyone who says ...", "nobody thinks": no one in particular, and no report.
  if (/^(?:anyone|anybody|nobody|whoever)$/.test(first) && toks.length === 1) return null;
  // A determiner alone names no one; "many" and "some" alone are a crowd ("some say").
  if (toks.length === 1 && first !== 'many' && first !== 'some' && (DETERMINERS.has(first) || QUANTIFIERS.has(first))) return null;
  // "In the PLAN stage": a phrase opened by a preposition is an adverbial, never who speaks.
  // ("of West Virginia served by ...": a complement cut from its noun names no one either.)
  if (/^(?:in|on|at|during|after|before|with|without|from|into|under|over|through|for|of|by)$/.test(first) && toks.length > 1) return null;
  // "1119 Eighth St.": a number before a name is an address, not a speaker.
  if (/^\d+$/.test(first) && toks.length > 1 && toks.slice(1).every(isCapitalised)) return null;
  // A date is no speaker ("by December 2023", "on Monday"), nor a phrase that ends in a year
  // ("Wikileaks in 2010": a time, cut from the sentence with its subject).
  // (A month alone may be a surname: "May said".)
  if (toks.every((w) => CALENDAR.test(w.replace(/,$/, '')) || DATE_PART.test(w)) && (toks.length > 1 || /day$/.test(toks[0]))) return null;
  if (/^\d{4}$/.test(toks[toks.length - 1]) && toks.length > 1 && /^(?:in|since|until|by|from|of)$/i.test(toks[toks.length - 2])) return null;
  // "that which it most fears": a pronoun takes no modifiers, so "it most" names no one.
  if (toks.length > 1 && /^(?:it|they|she|him|them)$/.test(first)) return null;
  if (toks.length === 1 && PRONOUNS.has(first)) {
    return { type: 'named', kind: 'pronoun', head: first, plural: first === 'they' || first === 'we' };
  }
  // "He Jianxiong", "He Yafei": the Chinese surname He, not the pronoun, when a name follows it.
  if (first === 'he' && toks.length <= 3 && toks.slice(1).every(isCapitalised)) {
    return { type: 'named', kind: 'person', head: bare(toks[toks.length - 1]), plural: false };
  }
  // "Fifty-one percent", "an overwhelming 70 percent of Americans", "a majority of voters": the
  // respondents of a survey, identified by the poll the story names (SpeakerMemory.latestSurvey).
  if (SHARE.test(phrase.trim())) return { type: 'vague', kind: 'share', head: 'respondent', plural: true };
  if (/^(?:our|my)$/.test(first) && /\bsources?\b/i.test(phrase)) {
    return { type: 'anonymous', kind: 'anonymous', head: 'source', plural: true };
  }
  // "one senior Ohio Republican", "a Ukrainian", "another Democrat": a person known only by a party
  // or a people, whatever the capitals say.
  // (Only as the phrase's own head: "a transcript obtained by The Guardian" is the transcript.)
  if (INDEFINITE.has(first) && toks.length > 1 && PARTY_OR_PEOPLE.test(toks[toks.length - 1]) && !toks.some((w) => /^(?:by|of|for|from|in|at|with|to|[a-z]+ed)$/.test(w))) {
    return { type: 'anonymous', kind: 'anonymous', head: bare(toks[toks.length - 1]), plural: false };
  }
  // "this Republican", "that Ukrainian": a demonstrative points back to a person the story introduced,
  // named or not, like "the actor" (an epithet, resolved in index.ts).
  if (/^(?:this|that)$/.test(first) && toks.length === 2 && PARTY_OR_PEOPLE.test(toks[1])) {
    return { type: 'anonymous', kind: 'role', head: bare(toks[1]), plural: false };
  }
  // "Spokespeople for utilities", "spokesmen and spokeswomen for state agencies": several official
  // voices of bodies the writer does not name.
  if (/^spokes(?:people|men|women|persons)$/.test(first) && !toks.slice(1).some(isCapitalised)) {
    return { type: 'anonymous', kind: 'anonymous', head: 'spokesperson', plural: true };
  }
  const index = headOf(toks);
  const head = bare(toks[index]);
  const headIsName = isCapitalised(toks[index]) && !(index === 0 && sentenceInitial && isLexicon(head));
  // "officials", "nations", "people" are plural; "US", "Reuters"-like names, "status" and a surname
  // after a first name ("Derek Scissors") are not.
  const fullName = index > 0 && isCapitalised(toks[index]) && isCapitalised(toks[index - 1]) && !ORGANISATION_WORD.test(toks[index - 1]) && !GROUP_ADJECTIVE.test(toks[index - 1]) && !isLexicon(bare(toks[index - 1]));
  // "many", "some", "several" standing alone mean people, in the plural; "police say" as "people say".
  const plural = /^(?:people|police|staff|personnel)$/.test(head) || (QUANTIFIERS.has(head) && head !== 'other') || (/[^su]s$/.test(head) && head.length > 3 && !/^\p{Lu}+$/u.test(toks[index]) && !fullName);
  const single = singular(head);
  const result = (type: SourceInfo['type'], kind: SourceKind): SourceInfo => ({ type, kind, head: single, plural });
  if (ANONYMITY.test(phrase)) return result('anonymous', 'anonymous');
  // "a number of analysts", "a group of employees": the people after "of" are the source.
  const collective = COLLECTIVE.exec(phrase.trim());
  if (collective) {
    const inner = typeSourcePhrase(phrase.trim().slice(collective[0].length), false);
    if (inner) return { ...inner, plural: true };
  }

  const pre = toks.slice(0, index + 1);
  const post = toks.slice(index + 1);
  const quantified = pre.some((w) => QUANTIFIERS.has(bare(w)));
  // "editor Jon Sopel", "chief Tony Radakin": a name in apposition right after the role.
  // Any noun before a full name of two or more words works the same: "self-made millionaire Grant
  // Sabatier", "early retiree Jane Roe" (the name, not the noun, says who).
  const nameAfterNoun = post.length >= 2 && post.length <= 4 && post.every((w) => isCapitalised(w) && !CALENDAR.test(w)) && /^\p{Ll}/u.test(toks[index]);
  const apposedName = post.length > 0 && isCapitalised(post[0]) && !CALENDAR.test(post[0]) && (PERSON_ROLES.has(single) || SINGLE_ROLES.has(single) || TITLES.has(single) || AGENTIVE.test(single) || nameAfterNoun);
  // "whale rescue group Project Jonah", "research firm Gartner": a body named right after its kind.
  const apposedBody = post.length > 0 && isCapitalised(post[0]) && !CALENDAR.test(post[0]) && BODY_KINDS.has(single);
  // "the leader of Ennahda", "a spokesman for the Pentagon": one person speaking for a named body.
  // A spokesperson "for the utility", "for its parent": the body the story has already identified
  // (SOURCING.md: "a spokesperson for the utility said" is named).
  const ofNamedBody =
    /^(?:of|for|at)$/.test(post[0] ?? '') &&
    (post.slice(1, 3).some((w) => isCapitalised(w)) || (/^spokes/.test(head) && /^(?:the|its|their)$/.test(post[1] ?? '') && post.length >= 3)) &&
    ((first === 'the' && SINGLE_ROLES.has(single)) || /^spokes/.test(head));
  // "one Weibo commenter", "a Tesla driver": the indefinite article leaves the person unnamed, whatever
  // names the modifiers hold (a name would follow the noun: "a Google engineer, Jane Roe").
  // "a WeWork spokesperson", "a company spokeswoman": the body speaking through its official voice
  // (SOURCING.md: a named organisation speaking for itself), whatever the article.
  if (/^spokes/.test(head) && pre.some((w, i) => i > 0 && i < index && (isCapitalised(w) || BODY_KINDS.has(bare(w)) || INSTITUTIONS.has(bare(w))))) return result('named', 'organisation');
  const unnamedOne = INDEFINITE.has(first) && !isCapitalised(toks[index]) && post.length === 0 && (AGENTIVE.test(single) || PERSON_ROLES.has(single) || (SINGLE_ROLES.has(single) && !INSTITUTIONS.has(single))) && !DOCUMENTS.has(single);
  if (unnamedOne && !ANONYMITY.test(phrase)) return result('anonymous', 'anonymous');
  const named = headIsName || hasProperName(pre, sentenceInitial) || apposedName || ofNamedBody;
  // "data from MarketAxess", "a report by RAND", "figures of the UN": a document with its maker.
  // "a transcript reviewed by Business Insider": a document an identified outlet has seen.
  const makerAt = /^(?:reviewed|seen|obtained|released|published|issued|compiled|prepared|sent|written|signed)$/.test(post[0] ?? '') && post[1] === 'by' ? 1 : 0;
  // "a report in the Argus Leader", "a study in Nature": a piece in a named publication.
  const inPublication = post[0] === 'in' && DOCUMENTS.has(single) && post.slice(1, 3).some((w) => isCapitalised(w) && !CALENDAR.test(w));
  const byNamedMaker = inPublication || (/^(?:of|by|from)$/.test(post[makerAt] ?? '') && post.slice(makerAt + 1, makerAt + 3).some((w) => isCapitalised(w)));

  // "Tunisians", "many Americans": a people, not a source anyone can check.
  // ("Israelis", "Pakistanis"; a doubled consonant before "-is" makes a surname: "Harris", "Ellis".)
  if (pre.every((w) => QUANTIFIERS.has(bare(w)) || (/^\p{Lu}\p{L}{3,}(?:ans|ites|is|ese)$/u.test(w) && !/(\p{L})\1is$/u.test(w))) && /s$/.test(toks[index])) {
    return result('vague', 'vague');
  }
  if (VAGUE_HEADS.has(head) || (toks.length === 1 && QUANTIFIERS.has(first))) {
    // "sources" alone is vague; "law enforcement sources" and "Pentagon sources" are anonymous.
    if (head === 'sources' && index > 0 && !quantified) return result('anonymous', 'anonymous');
    // "sources in the Rukban camp", "sources inside the ministry": a concrete, withheld group.
    // ("sources involved in the turnout effort": the same.)
    if (head === 'sources' && !quantified && post.length > 1 && /^(?:in|at|inside|within|near|on|close|involved)$/.test(post[0])) return result('anonymous', 'anonymous');
    if (/^(?:reports|studies|polls|surveys)$/.test(head) && (named || (byNamedMaker && post[makerAt] !== 'of'))) return result('named', 'document');
    return result('vague', 'vague');
  }
  if (head === 'source') return result('anonymous', 'anonymous');
  if (DOCUMENTS.has(single) || DOCUMENTS.has(head)) {
    // "footage obtained by the station", "evidence presented at trial", "text messages Volker provided":
    // the writer says which document; so does a kind before it ("surveillance video", "court records").
    const identified = /^(?:obtained|reviewed|seen|provided|presented|released|published|filed|submitted|shared|posted|captured|recorded|taken)$/.test(post[0] ?? '') || (index > 0 && !QUANTIFIERS.has(bare(toks[index - 1])) && !/^(?:new|recent|other|some|earlier|latest|several|multiple|numerous|various)$/.test(bare(toks[index - 1])) && !DETERMINERS.has(bare(toks[index - 1])));
    if (named || byNamedMaker || identified || /^(?:the|its|this|that|these|those|their|his|her)$/.test(first) || /^\d{4}$/.test(bare(toks[1] ?? ''))) {
      return result('named', 'document');
    }
    return result('vague', 'vague');
  }
  if (named && (headIsName || (!PERSON_ROLES.has(single) && !INSTITUTIONS.has(single)))) {
    const last = toks[toks.length - 1];
    const org = toks.some((w) => ORGANISATION_WORD.test(w.replace(/['’]s$/, ''))) && !(isCapitalised(last) && !ORGANISATION_WORD.test(last) && toks.length >= 2 && isCapitalised(toks[toks.length - 2]) && !ORGANISATION_WORD.test(toks[toks.length - 2]));
    return result('named', org ? 'organisation' : 'person');
  }
  if (PERSON_ROLES.has(single) || PERSON_ROLES.has(head)) {
    // A name after the role names the person ("press secretary Josh Earnest"); a name before it
    // only says where an unnamed person works ("Obama administration officials", "a White House
    // official"). A definite singular role denotes one person ("the White House press secretary").
    if (apposedName || ofNamedBody) return result('named', apposedName ? 'person' : 'role');
    // "a WeWork spokesperson": the organisation speaking through its official voice.
    if (/^spokes/.test(head) && pre.some((w, i) => i > 0 && isCapitalised(w))) return result('named', 'organisation');
    if (plural || INDEFINITE.has(first) || quantified) return result('anonymous', 'anonymous');
    // "the chief executive", "the company's chief financial officer": a chief is one person too.
    // "the victim's mother", "his widow": a person has one of these, so the
    // possessor identifies them.
    const possessed = POSSESSIVE_DETERMINERS.has(first) || pre.slice(0, -1).some((w) => /['’]s$/.test(w));
    const oneOfAKind = SINGLE_ROLES.has(single) || pre.slice(0, -1).some((w) => bare(w) === 'chief') || (possessed && ONE_PER_PERSON.has(single));
    // "his spokesman", "its chief executive": the one holder of the role for someone the story names.
    if (oneOfAKind && (first === 'the' || named || POSSESSIVE_DETERMINERS.has(first))) return result('named', 'role');
    return result('anonymous', 'anonymous');
  }
  if (head === 'police') return result('named', 'organisation');
  // "the laboratory of Stephen Liggett", "the city of Chicago": a body belonging to someone named;
  // the whole complement is the name ("the strategic infusion of North Korean troops" is no body).
  if (first === 'the' && index === 1 && post[0] === 'of' && post.length > 1 && post.slice(1).every(isCapitalised) && !named) return result('named', 'organisation');
  if (apposedBody) return result('named', 'organisation');
  // "according to a group representing rural counties": a concrete body the writer does not name.
  if (INDEFINITE.has(first) && !named && BODY_KINDS.has(single)) return result('anonymous', 'anonymous');
  // "a computer programmer", "one local shopkeeper": a person described by what they do, not named.
  if (INDEFINITE.has(first) && !named && AGENTIVE.test(head) && !DOCUMENTS.has(head)) {
    return result('anonymous', 'anonymous');
  }
  if (INSTITUTIONS.has(single)) {
    // "Ukrainian intelligence", "the ministry": an institution speaking for itself.
    if (pre.some((w) => isCapitalised(w)) || first === 'the') return result('named', 'organisation');
    return result('vague', 'vague');
  }
  if (named) return result('named', 'person');
  if (first === 'the' && SINGLE_ROLES.has(single)) return result('named', 'role');
  // "said the actor", "the singer added": a definite description of one person, which points back
  // like a pronoun (index.ts resolves it to the last person the story named, or drops it: "the weather").
  // Only nouns of doers ("actor", "singer", "novelist"), not of status ("the patient", "the resident").
  // "The 56-year-old said": a person known by age, pointing back the same way.
  if (first === 'the' && toks.length <= 3 && /^\d+-year-old$/.test(bare(toks[toks.length - 1]))) return { type: 'anonymous', kind: 'role', head: 'person', plural: false };
  if (first === 'the' && !plural && toks.length <= 4 && /(?:er|or|ist|ian)$/.test(head) && AGENTIVE.test(head) && !DOCUMENTS.has(head)) return result('anonymous', 'role');
  // "the group said", "the firm added": a body the story has introduced, speaking for itself. One it
  // introduced without a name ("according to a group of employees") counts as named too: the speaker
  // memory knows it by its people ("employees"), and stories usually name the group before it speaks
  // again ("The group, WeWorkers Coalition, formed ...").
  // So does one a possessive ties to someone the story named: "her foundation said", "his studio".
  if ((first === 'the' || POSSESSIVE_DETERMINERS.has(first)) && toks.length <= 3 && BODY_KINDS.has(single)) return result('named', 'organisation');
  // "some senators", "some lawmakers": a concrete group of office holders, like "officials"; "many
  // voters", "many businesses", "some Republicans" are an uncounted crowd.
  // So are several bodies of a kind: "several utilities said", "some companies" (concrete bodies the
  // writer does not name).
  if (quantified && plural && !named && (SINGLE_ROLES.has(single) || PERSON_ROLES.has(single) || BODY_KINDS.has(single)) && !VAGUE_HEADS.has(head)) return result('anonymous', 'anonymous');
  if (quantified && plural) return result('vague', 'vague');
  return null;
}
