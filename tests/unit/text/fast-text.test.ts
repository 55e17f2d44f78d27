// The shortcuts of src/text/matches.ts, letters.ts and block-sentences.ts stand in for the patterns and
// calls the rules used before (issue 19, speed): each must give the same answer as what it replaced,
// including on characters outside ASCII, surrogate pairs and halves of them.
import { describe, expect, test } from 'vitest';
import { AnyOf, matchesOf, mayMatch } from '../../../src/text/matches';
import { countWords, letterUnits, wholeWordAt } from '../../../src/text/letters';
import { isSpace } from '../../../src/text/spaces';
import { parseUrl, siteOf } from '../../../src/text/site';
import { blockSentences } from '../../../src/text/block-sentences';
import { splitSentences } from '../../../src/text/sentences';
import { languageSignals } from '../../../src/language';

const SAMPLES = [
  '',
  'Smith said the plan, “a rushed one,” was dropped.',
  'Über 1,500 Menschen — laut Polizei — kamen; Ⅻ soldiers.',
  'Emoji 😀 and a bold 𝐀𝐁 capital, a digit 𝟙 and a lone \uD835 half and \uDC00 half.',
  'Русский текст, 中文, and ٣ Arabic-Indic digits.',
  "U.S. officials' report: it's the state's 2nd such 'finding'.",
];

describe('matchesOf', () => {
  test.each(SAMPLES)('gives what matchAll gives, empty matches included: %s', (text) => {
    for (const pattern of [/\b\w+\b/g, /\p{L}*/gu, /a*?/g, /[\p{Lu}][\p{Ll}]+/gu]) {
      const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
      expect(matchesOf(pattern, text).map((m) => [m.index, m[0]])).toEqual(expected);
      expect(pattern.lastIndex).toBe(0);
    }
  });
  test('a cue the text lacks means no search and no match', () => {
    expect(matchesOf(/\bby\s+\w+/g, 'written by Smith', /by\s/)).toHaveLength(1);
    expect(matchesOf(/\bby\s+\w+/g, 'written for Smith', /by\s/)).toEqual([]);
  });
  test('refuses a pattern that is not global', () => expect(() => matchesOf(/a/, 'a')).toThrow(TypeError));
  test('under the unit tests, a cue that turns away a text its pattern matches throws (setup/verify-cues.ts)', () => {
    expect(() => matchesOf(/\bsaid\b/g, 'Smith said so', /told/)).toThrow(/turned away/);
  });
});

describe('mayMatch', () => {
  test('true when the text passes the cue, false when it fails it', () => {
    expect(mayMatch(/declined to comment/i, 'Smith DECLINED to comment', /declined/i)).toBe(true);
    expect(mayMatch(/declined|refused/i, 'He said so', /declined|refused/i)).toBe(false);
  });
  test('under the unit tests, a cue that turns away a text the pattern matches throws', () => {
    expect(() => mayMatch(/\bsaid\b/, 'Smith said so', /told/)).toThrow(/turned away/);
  });
});

describe('AnyOf', () => {
  // Case-sensitive, case-insensitive, with a cue, with a negative lookahead, with the u flag.
  const upper = /\bSaid\b/g;
  const negated = /\bfoo(?!bar)/g;
  const property = /\p{Lu}{3}/gu;
  const cued = /\bby all accounts\b/gi;
  const patterns = [upper, /\breportedly\b/gi, negated, property, cued];
  const any = new AnyOf(patterns, new Map([[cued, /accounts/i]]));
  test('says no only for a text none of the patterns matches, whatever its case', () => {
    const texts = [...SAMPLES, 'It REPORTEDLY fell', 'Said Smith', 'said smith', 'fooBAR', 'foobar', 'By All Accounts', 'ſaid', 'ABC', 'abc'];
    for (const text of texts) {
      const matched = patterns.some((p) => matchesOf(p, text).length > 0 && !any.always.has(p));
      if (matched) expect(any.mayMatch(text), text).toBe(true);
    }
    expect(any.mayMatch('Nothing of the kind here.')).toBe(false);
  });
  test('leaves out of the one search a case-sensitive negation and a Unicode pattern', () => {
    expect([...any.always]).toEqual([negated, property]);
  });
  test('under the unit tests, a union that turns away a text one of its patterns matches throws', () => {
    const said = /\bsaid\b/g;
    const wrong = new AnyOf([said], new Map([[said, /told/]]));
    expect(wrong.mayMatch('Smith told us')).toBe(true);
    expect(() => wrong.mayMatch('Smith said so')).toThrow(/turned away/);
  });
});

describe('letters', () => {
  test.each(SAMPLES)('letterUnits and countWords count what the patterns counted: %s', (text) => {
    expect(letterUnits(text)).toBe(text.replace(/[^\p{L}\p{N}]/gu, '').length);
    expect(countWords(text)).toBe((text.match(/[\p{L}\p{N}]+/gu) ?? []).length);
  });
  const search = (text: string, word: string) => text.search(new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'));
  test.each(SAMPLES)('wholeWordAt finds the first whole word where the pattern did: %s', (text) => {
    const words = [...new Set([...text.split(/\s+/), 'said', 'a', 'Smith', '𝐀𝐁', 'half', 'state', "state's", '', '(R-Texas)'])];
    for (const word of words) expect([word, wholeWordAt(text, word)]).toEqual([word, search(text, word)]);
  });
  test('a word inside a longer word is not whole', () => {
    expect(wholeWordAt('Smithson said, Smith said', 'Smith')).toBe(15);
    expect(wholeWordAt('𝐀Smith', 'Smith')).toBe(-1);
  });
});

describe('blockSentences', () => {
  const text = 'Gen. Syrskyi said so. The U.S. Army agreed. “Why?” he asked. Mr. Smith left at 3 p.m. on Monday.';
  test('English of any region splits as "en" does (what lets classification and the shape share one split)', () => {
    for (const lang of ['en-US', 'en-GB', 'en-AU', 'EN']) expect(splitSentences(text, lang)).toEqual(splitSentences(text, 'en'));
  });
  test('splits once per block and language rules, and again when the text changed', () => {
    const block = { text };
    const first = blockSentences(block, 'en-US');
    expect(first).toEqual(splitSentences(text, 'en-US'));
    expect(blockSentences(block)).toBe(first);
    block.text = 'One sentence. Two sentences.';
    expect(blockSentences(block)).toEqual(splitSentences(block.text));
  });
  test('an invalid language tag still fails as the segmenter does', () => {
    expect(() => blockSentences({ text }, 'en_US')).toThrow(RangeError);
  });
});

describe('languageSignals', () => {
  test('counts letters and Latin characters as the patterns did (a Roman numeral is Latin, no letter)', () => {
    const text = `${SAMPLES.join(' ')} The ministry said that it was the first of the reviews. Die Akte ist nicht für die Ärzte.`;
    const letters = text.replace(/\P{L}+/gu, '').length;
    const latin = text.replace(/\P{Script=Latin}+/gu, '').length;
    expect(languageSignals(text).nonLatin).toBeCloseTo(1 - latin / letters, 12);
  });
  test('shares of function words over the first 1,500 words only', () => {
    expect(languageSignals('The of and to is zzz').english).toBeCloseTo(5 / 6, 12);
    const long = `${'zz '.repeat(1400)}${'the '.repeat(200)}`;
    expect(languageSignals(long).english).toBeCloseTo(100 / 1500, 12);
    expect(languageSignals('die und das zz').other).toBeCloseTo(3 / 4, 12);
  });
});

describe('spaces', () => {
  test('isSpace is \\s for every character of the basic plane', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(String.fromCharCode(c)) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('addresses', () => {
  test('parseUrl parses what the URL parser accepts, and refuses the rest without throwing', () => {
    expect(parseUrl('https://www.bbc.co.uk/news?x=1')?.pathname).toBe('/news');
    for (const href of ['', '/relative/path', 'not a url', 'http://']) expect(parseUrl(href)).toBeNull();
    expect(siteOf('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(siteOf('')).toBe('');
  });
});
