// Who has spoken so far, so that "he said", "the strategist added", "Azzouz said" and "its key
// findings" take the type of the source they point back to (SOURCING.md: "A pronoun takes the type
// of the person it refers to").

import type { SourceInfo } from './source-phrase';
import { matchesOf } from '../text/matches';
import firstNames from './first-names.json';
import { isSpaceCode } from '../text/normalize';

export interface Speaker {
  /** The fullest form of the name seen ("Tony Radakin", "one anonymous military strategist"). */
  name: string;
  info: SourceInfo;
}

const TITLE = /^(?:mr|mrs|ms|dr|prof|gen|president|prime|minister|sen|rep|gov|the|a|an|one)\.?$/i;

// The gender a first name or a title gives a person, so that "he" and "she" skip a person of the
// other one (scripts/make-first-names.ts: the names a maintained lexicon records).
const MALE = new Set(firstNames.male.split(' '));
const FEMALE = new Set(firstNames.female.split(' '));
const MALE_TITLE = /^(?:mr|sir|lord|king|prince)\.?$/i;
const FEMALE_TITLE = /^(?:mrs|ms|miss|dame|lady|queen|princess)\.?$/i;
type Gender = 'male' | 'female' | undefined;
const GENDERS = new WeakMap<Speaker, Gender>();
function genderOf(speaker: Speaker): Gender {
  if (GENDERS.has(speaker)) return GENDERS.get(speaker);
  let gender: Gender;
  if (speaker.info.type === 'named' && speaker.info.kind === 'person') {
    const title = speaker.name.split(/\s+/).find((w) => MALE_TITLE.test(w) || FEMALE_TITLE.test(w));
    const first = nameWordsOf(speaker)[0]?.toLowerCase() ?? '';
    gender = title ? (MALE_TITLE.test(title) ? 'male' : 'female') : MALE.has(first) ? 'male' : FEMALE.has(first) ? 'female' : undefined;
  }
  GENDERS.set(speaker, gender);
  return gender;
}
const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female', hers: 'female' };

/** The capitalised words of a name, titles dropped: "Mr Obama" → ["Obama"]. */
function nameWords(name: string): string[] {
  return (name.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []).filter((w) => !TITLE.test(w)).map((w) => w.replace(/['’]s$/, ''));
}

// Words that make a capitalised run an organisation or a place, not a person.
const NOT_A_PERSON = /^(?:The|New|United|States|House|Court|Department|Ministry|University|Council|Party|Union|Company|Group|Inc|Corp|Post|Times|News|Street|City|County|State|National|International|Republic|Kingdom|North|South|East|West|Authority|Assembly|General|Commission|Committee|Bank|Fund|Agency|Office|Army|Forces|Center|Centre|Institute|Service|Services|Track|Club|Team|League|Festival|Museum|Hospital|School|College|Church|Road|Avenue|Park|Square|Bridge|Airport|Station|Hotel|Restaurant|Studio|Studios|Records|Media|Edition|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
// A capitalised word, "McDowell" and "DeSantis" included.
const NAME_RUN = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|President|Prime Minister)\.?\s+)?\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?(?:\s+(?:\p{Lu}\.\s*)?\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?)+/gu;
const LEADING_WORD = /^(?:If|In|But|And|As|When|Although|While|After|Before|Since|Because|So|Yet|Or|At|On|For|With|From|By|Then|Now|Still|Also|Even|Though|Once|Until|Unless|Despite|During|Under|Over|Into|Like|Within|Without|Through|Meanwhile|However|Instead|Last|This|That|These|Those|Both|Only|Among|Asked|Later|Earlier|According|To|Of|About|Against|Across|Around|Behind|Beyond|Near|Toward|Towards|Amid|Here|There|Today|Yesterday|Tonight|Thanks|Per|Via)$/;

const SURVEY = /\b(?:polls?|surveys?|census|study|studies)\b/i;
const SINGLE_NAME = /\b\p{Lu}[\p{Ll}’'-]+(?:['’]s)?\b/gu;
const ACRONYM_AFTER = /^\s*\(\p{Lu}[\p{Lu}\d&.-]+\)/u;

// The pattern of an unnamed person's introduction, by head noun. Compiling one (case-insensitive
// Unicode classes) costs far more than searching an article with it, and the same heads ("man",
// "official") come back article after article: each is compiled once. At most UNNAMED_PATTERNS kept.
const UNNAMED_PATTERNS = new Map<string, RegExp>();
const UNNAMED_PATTERNS_KEPT = 500;
function unnamedIntroduction(head: string): RegExp {
  let pattern = UNNAMED_PATTERNS.get(head);
  if (!pattern) {
    if (UNNAMED_PATTERNS.size >= UNNAMED_PATTERNS_KEPT) UNNAMED_PATTERNS.clear();
    // Global: searched from a given index (SpeakerMemory.introducedUnnamed), its lastIndex left at 0.
    pattern = new RegExp(String.raw`\b(?:a|an|one)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:[\p{L}\p{N}-]+-)?${head}\b`, 'giu');
    UNNAMED_PATTERNS.set(head, pattern);
  }
  return pattern;
}

// Characters that lower-case into an ASCII letter or that a case-insensitive Unicode pattern reads as one.
const FOLDS_TO_ASCII = /[\u0130\u017f\u212a]/;

/** True when the global `pattern` matches `text` at or after `from`; its lastIndex is left at 0. */
function searchFrom(pattern: RegExp, text: string, from: number): boolean {
  pattern.lastIndex = from;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/**
 * Where the text begins after the `runs`-th run of white space (`\s`) counted back from `end` (0 when
 * there are fewer): a phrase ending at or after `end` with fewer runs than that starts there or later.
 */
function startBeforeSpaces(text: string, end: number, runs: number): number {
  let i = end - 1;
  for (let seen = 0; i >= 0; i--) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    if (++seen === runs) return i + 1;
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  }
  return 0;
}

/** A character `\w` matches: ASCII letters, digits and "_" (NaN, past the text's end, is none). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** People the sentence names outside quotations ("Adam Neumann", "Mr. Bashir"), in order. */
export function personMentions(masked: string): string[] {
  const out: string[] = [];
  for (const m of matchesOf(NAME_RUN, masked)) {
    // "If Sudan", "But Instagram": a sentence's first word is capitalised whatever it is.
    const words = m[0].split(/\s+/);
    if (LEADING_WORD.test(words[0])) words.shift();
    if (words.length < 2 || words.some((w) => NOT_A_PERSON.test(w.replace(/['’]s$/, '')))) continue;
    // "Named Binary Tag (NBT)", "Islamic State (IS)": a name with its acronym is a thing or a body.
    if (ACRONYM_AFTER.test(masked.slice(m.index + m[0].length))) continue;
    out.push(words.join(' ').replace(/['’]s$/, ''));
  }
  return out;
}

// A speaker is looked up by name for every attribution and mention that follows it: its name's
// words are worked out once.
const NAME_WORDS = new WeakMap<Speaker, string[]>();
function nameWordsOf(speaker: Speaker): string[] {
  let words = NAME_WORDS.get(speaker);
  if (!words) NAME_WORDS.set(speaker, (words = nameWords(speaker.name)));
  return words;
}

export class SpeakerMemory {
  private readonly speakers: Speaker[] = [];
  /**
   * The name words of the phrases looked up (findByName): a story names the same people again and
   * again, and each mention is looked up. Kept with this memory, so for one article only.
   */
  private readonly phraseWords = new Map<string, string[]>();
  /** Surname → the latest person of that surname: every capitalised word of a sentence is looked up. */
  private readonly bySurname = new Map<string, Speaker>();
  /** First name → the latest person named in full with it. */
  private readonly byFirstName = new Map<string, Speaker>();

  remember(name: string, info: SourceInfo): Speaker {
    // Only a named source can be the same as a named speaker: "Obama administration officials" are not
    // "the Obama administration", and "Israeli settlers" are not "Israeli Prime Minister Netanyahu".
    const known = info.type === 'named' ? this.findByName(name) : null;
    if (known) {
      this.push(known);
      return known;
    }
    const speaker = { name, info };
    this.push(speaker);
    return speaker;
  }

  /** Role noun → the person the story last described by it ("Eyamba Sowers, a real estate agent"). */
  private readonly byRole = new Map<string, Speaker>();

  /**
   * Notes the role an apposition gives a named person, so that "the real estate agent said" later is
   * that person. The person is remembered as a mention.
   */
  noteRole(name: string, role: string): void {
    this.mention(name);
    const person = this.findByName(name);
    if (person) this.byRole.set(role, person);
  }

  /** An earlier speaker this phrase names again: "Azzouz" for "Lotfi Azzouz", "the strategist". */
  findByName(phrase: string, head?: string): Speaker | null {
    let words = this.phraseWords.get(phrase);
    if (!words) this.phraseWords.set(phrase, (words = nameWords(phrase)));
    // A phrase without name words ("the strategist") names no one by name: no speaker to walk.
    for (let i = words.length > 0 ? this.speakers.length - 1 : -1; i >= 0; i--) {
      const s = this.speakers[i];
      // Only a named speaker can be named again: "WeWork" is not "a WeWork spokesperson".
      if (s.info.type === 'named' && words.every((w) => nameWordsOf(s).includes(w))) return s;
    }
    if (head && /^the\b/i.test(phrase.trim()) && words.length === 0 && this.byRole.has(head)) return this.byRole.get(head)!;
    if (head && /^the\b/i.test(phrase.trim()) && words.length === 0) {
      // Compiled once for this lookup, when a named speaker is first asked (not once per speaker).
      let headWord: RegExp | undefined;
      for (let i = this.speakers.length - 1; i >= 0; i--) {
        const s = this.speakers[i];
        // "the president" is the named president, not "President Trump's advisers".
        if (s.info.head === head || (s.info.type === 'named' && (headWord ??= new RegExp(`\\b${head}`, 'i')).test(s.name))) return s;
      }
    }
    return null;
  }

  /**
   * The people a sentence names without quoting, in order: full names ("Adam Neumann"), and the
   * surname alone of a person already in the story ("Young, in his testimony, ..." after "Tom Young").
   */
  mentionsIn(masked: string): string[] {
    const found: { at: number; name: string }[] = [];
    const full = personMentions(masked);
    let from = 0;
    for (const name of full) {
      const at = Math.max(0, masked.indexOf(name, from));
      found.push({ at, name });
      from = at + name.length;
    }
    for (const m of matchesOf(SINGLE_NAME, masked)) {
      if (found.some((f) => m.index >= f.at && m.index < f.at + f.name.length)) continue;
      // A person is named again by surname ("Huddleston") or, in features and blogs, by first name
      // ("Huston"): the latest person the story named in full with that word.
      const word = m[0].replace(/['’]s$/, '');
      const known = this.personBySurname(word) ?? this.byFirstName.get(word) ?? null;
      if (known) found.push({ at: m.index, name: known.name });
    }
    return found.sort((a, b) => a.at - b.at).map((f) => f.name);
  }

  /** The article's text read so far, where an unnamed person is introduced ("A UK man's decision"). */
  private readText = '';

  /** Reads a block of the article, in order, before its sentences are classified. */
  read(text: string): void {
    this.readText += text + '\n';
  }

  /**
   * True when the article introduced someone with this head noun without a name, by an indefinite
   * phrase: "a UK man", "a 43-year-old man", "one local resident". A later "the man wrote" is that
   * unnamed person (a definite description takes up an indefinite one), not the last person named.
   */
  introducedUnnamed(head: string): boolean {
    if (!/^[a-z]+$/.test(head)) return false;
    // Asked for every description of every sentence, of the whole article read so far: each answer
    // is kept until the next block is read. A yes stays yes then too: reading only appends (each block
    // ending in "\n"), so a match, with the characters around it that its \b ask, is still there.
    const known = this.unnamedAnswers.get(head);
    if (known && (known.answer || known.readLength === this.readText.length)) return known.answer;
    // A no for the text read then holds for that text: a match now has its head in what was read
    // since (the text read then ended in "\n", so a match inside it was there to be found, and no head
    // straddles its end), and starts at most four runs of white space before that ("a" and three
    // words; the head's own hyphenated prefix has none).
    const from = known ? startBeforeSpaces(this.readText, known.readLength, 5) : 0;
    const answer = this.mayHoldHead(head, known ? known.readLength : 0) && searchFrom(unnamedIntroduction(head), this.readText, from);
    this.unnamedAnswers.set(head, { answer, readLength: this.readText.length });
    return answer;
  }

  /**
   * False when the text read holds the head noun nowhere as unnamedIntroduction's pattern needs it:
   * after a space or a hyphen, and before a character that is no letter, digit or "_" (its \b). The
   * pattern tries every "a", "an" and "one" of the article with case-insensitive Unicode classes
   * (~0.8 ms on an article); finding the head first is a search for a plain word in the text
   * lower-cased once. A text holding a character that lower-cases or folds into an ASCII letter
   * ("İ", "ſ", the Kelvin sign) is left to the pattern.
   */
  private mayHoldHead(head: string, from: number): boolean {
    if (this.lowerLength !== this.readText.length) {
      this.lowerText = FOLDS_TO_ASCII.test(this.readText) ? null : this.readText.toLowerCase();
      this.lowerLength = this.readText.length;
    }
    const text = this.lowerText;
    if (text === null) return true;
    for (let at = text.indexOf(head, from); at >= 0; at = text.indexOf(head, at + 1)) {
      const before = text.charCodeAt(at - 1);
      if ((before === 45 /* - */ || isSpaceCode(before)) && !isWordCode(text.charCodeAt(at + head.length))) return true;
    }
    return false;
  }

  /** The text read, lower-cased (null when it holds a character FOLDS_TO_ASCII), for readText's length. */
  private lowerText: string | null = null;
  private lowerLength = -1;

  /** introducedUnnamed's answers, by head noun, with the length of the text read when each was found. */
  private readonly unnamedAnswers = new Map<string, { answer: boolean; readLength: number }>();

  /** The poll or survey named among the last few sources, whose respondents "51 percent" are. */
  latestSurvey(within = 4): Speaker | null {
    for (let i = this.speakers.length - 1; i >= Math.max(0, this.speakers.length - within); i--) {
      const s = this.speakers[i];
      if (s.info.type === 'named' && s.info.kind === 'document' && SURVEY.test(s.name)) return s;
    }
    return null;
  }

  /** The latest person with a first name and a surname whose surname this is. */
  private personBySurname(word: string): Speaker | null {
    return this.bySurname.get(word) ?? null;
  }

  /** Remembers a speaker as the latest one, and a named person under their surname too. */
  private push(speaker: Speaker): void {
    this.speakers.push(speaker);
    const words = nameWordsOf(speaker);
    if (speaker.info.type === 'named' && speaker.info.kind === 'person' && words.length >= 2) {
      this.bySurname.set(words[words.length - 1], speaker);
      this.byFirstName.set(words[0], speaker);
    }
  }

  /**
   * A person the writer names without quoting ("Neumann bought properties"), so that a later "he"
   * points to the last person mentioned rather than the last one quoted.
   */
  mention(name: string): void {
    const known = this.findByName(name);
    this.push(known ?? { name, info: { type: 'named', kind: 'person', head: name.toLowerCase(), plural: false } });
  }

  /** The speaker a pronoun points back to: he/she a person, it/its a document or organisation. */
  resolvePronoun(pronoun: string): Speaker | null {
    const p = pronoun.toLowerCase();
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const { info } = this.speakers[i];
      if (p === 'it' || p === 'its') {
        if (info.kind === 'document' || info.kind === 'organisation') return this.speakers[i];
      } else if (p === 'they' || p === 'their' || p === 'them') {
        if (info.plural || info.kind === 'organisation') return this.speakers[i];
      } else if (!info.plural && (info.kind === 'person' || info.kind === 'role' || info.kind === 'anonymous')) {
        // "Martha Rotter ... a dermatologist ... he said": "he" is not Martha.
        const gender = PRONOUN_GENDER[p];
        const theirs = gender ? genderOf(this.speakers[i]) : undefined;
        if (theirs && theirs !== gender) continue;
        return this.speakers[i];
      }
    }
    return null;
  }

  /** The last person the story named or quoted, whatever their gender. */
  latestPerson(): Speaker | null {
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const { info } = this.speakers[i];
      if (!info.plural && (info.kind === 'person' || info.kind === 'role' || info.kind === 'anonymous')) return this.speakers[i];
    }
    return null;
  }
}
