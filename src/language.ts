import { NoArticleError } from './types';

// The attribution rules read English. Pages often declare no language or the wrong one, so the text
// itself decides, with two cheap signals:
// - script: mostly non-Latin letters (Cyrillic, CJK, Hangul, Arabic, Hebrew...) is not English;
// - function words: English prose is dense with a few words ("the", "of", "said"...), other Latin-script
//   languages with theirs ("de", "que", "und", "yang"...). The larger share wins.
// Text with almost no function words of either kind (a box score, a list of prices) is let through:
// there is nothing in it to misread.

const ENGLISH_WORDS = new Set(
  // Words shared with German or Romance languages ("a", "in", "an", "was", "die", "also") are left out.
  ('the of and to is that for it with as by at from he she said says his her be are have has this not ' +
    'were they but which or their had been who would its after more about than there when what we you our your').split(' '),
);

const OTHER_LATIN_WORDS = new Set(
  (
    // Spanish, Portuguese, French, Italian
    'de la que el los del se las por un una para con no le les des et est il che di per non sono una ' +
    'um uma os das dos do da em ao é são não mais como pelo pela nos nas du au aux pas sur dans pour qui ' +
    // German, Dutch
    'der die und das ist nicht mit sich den dem ein eine auch auf für von zu het een van op voor niet ' +
    // Indonesian, Malay
    'yang dan ini itu dengan untuk tidak dari akan ada'
  ).split(' '),
);

const SAMPLE_WORDS = 1500;

export interface LanguageSignals {
  /** Share of letters outside the Latin script. */
  nonLatin: number;
  /** Share of words that are common English function words. */
  english: number;
  /** Share of words that are common function words of other Latin-script languages. */
  other: number;
}

/** The characters read from the start of a text: enough to tell its language. */
export const LANGUAGE_SAMPLE = 10_000;

export function languageSignals(text: string): LanguageSignals {
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  const { letters, latin } = countLetters(sample);
  const { words, english, other } = countFunctionWords(sample.toLowerCase());
  return { nonLatin: letters ? 1 - latin / letters : 0, english: words ? english / words : 0, other: words ? other / words : 0 };
}

const LETTER = /\p{L}/uy;
const LATIN = /\p{Script=Latin}/uy;

/**
 * Letters (UTF-16 units, as `length` counts them) and characters of the Latin script. English text is
 * nearly all ASCII, whose letters are A-Z and a-z and all Latin: only other characters are asked of
 * the patterns, which read the character at their index (sticky) as one code point.
 */
function countLetters(sample: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length && (sample.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const units = pair ? 2 : 1;
    // Asked apart: the Latin script has numerals that are no letters ("Ⅻ").
    LETTER.lastIndex = i;
    if (LETTER.test(sample)) letters += units;
    LATIN.lastIndex = i;
    if (LATIN.test(sample)) latin += units;
    i += units - 1;
  }
  return { letters, latin };
}

/** No function word is longer than this: a longer word is counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_WORDS, ...OTHER_LATIN_WORDS].map((w) => w.length));

/** UTF-16 units of the word character (a Latin-script character or "'") at `i`, or 0. */
function latinWordUnitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  LATIN.lastIndex = i;
  return LATIN.test(text) ? LATIN.lastIndex - i : 0;
}

/**
 * The words (runs of Latin-script characters and "'", as `[\p{Script=Latin}']+` finds them) of the
 * lower-cased sample, up to SAMPLE_WORDS, and how many are function words of English and of other
 * languages. Counted as they are found: no array of words, no string for a word too long to be one.
 */
function countFunctionWords(lower: string): { words: number; english: number; other: number } {
  let words = 0;
  let english = 0;
  let other = 0;
  for (let i = 0; i < lower.length && words < SAMPLE_WORDS; ) {
    let units = latinWordUnitsAt(lower, i);
    if (!units) {
      i++;
      continue;
    }
    const start = i;
    while (units) {
      i += units;
      units = i < lower.length ? latinWordUnitsAt(lower, i) : 0;
    }
    words++;
    if (i - start > LONGEST_FUNCTION_WORD) continue;
    const word = lower.slice(start, i);
    if (ENGLISH_WORDS.has(word)) english++;
    if (OTHER_LATIN_WORDS.has(word)) other++;
  }
  return { words, english, other };
}

/** True when the text reads as English, or as nothing in particular. */
export function readsAsEnglish(text: string): boolean {
  const s = languageSignals(text);
  if (s.nonLatin > 0.3) return false;
  if (s.english < 0.02 && s.other < 0.02) return true;
  return s.english >= s.other;
}

function languageName(code: string): string {
  const base = code.split(/[-_]/)[0];
  try {
    return (base && new Intl.DisplayNames(['en'], { type: 'language' }).of(base)) || '';
  } catch {
    return '';
  }
}

/** Throws NoArticleError('unsupported-language') unless the article reads as English. */
export function requireEnglish(text: string, declaredLang: string): void {
  if (readsAsEnglish(text)) return;
  const declared = !declaredLang || /^en\b/i.test(declaredLang) ? '' : languageName(declaredLang);
  throw new NoArticleError(
    'unsupported-language',
    `Language not supported yet${declared ? ` (${declared})` : ''}: Sourcelight reads English articles only.`,
  );
}
