import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/attribution/tokens';

// The words every attribution rule walks over: their text, lower-case form and offsets. tokenize
// finds them without a match array per word; these cases pin what the plain global search of the
// word pattern gave (abbreviations, separators inside numbers, possessives, letters beyond ASCII and
// beyond the Basic Multilingual Plane, an emoji, which is no word).
const words = (text: string) => tokenize(text).map((t) => [t.word, t.bare, t.start, t.end]);

describe('tokenize', () => {
  it('keeps the period of an abbreviation and drops a sentence’s final one', () => {
    expect(words('Gen. Syrskyi said the U.S. troops left.')).toEqual([
      ['Gen.', 'gen', 0, 4],
      ['Syrskyi', 'syrskyi', 5, 12],
      ['said', 'said', 13, 17],
      ['the', 'the', 18, 21],
      ['U.S.', 'u.s', 22, 26],
      ['troops', 'troops', 27, 33],
      ['left', 'left', 34, 38],
    ]);
    expect(words('Mr. St. Dr. x.')).toEqual([
      ['Mr.', 'mr', 0, 3],
      ['St.', 'st', 4, 7],
      ['Dr.', 'dr', 8, 11],
      ['x.', 'x', 12, 14],
    ]);
    expect(words('end. no.')).toEqual([
      ['end', 'end', 0, 3],
      ['no', 'no', 5, 7],
    ]);
  });

  it('keeps separators inside numbers and joins names with "&" and "-"', () => {
    expect(words('Sales rose 1,500 units to 16.05 million.')).toEqual([
      ['Sales', 'sales', 0, 5],
      ['rose', 'rose', 6, 10],
      ['1,500', '1,500', 11, 16],
      ['units', 'units', 17, 22],
      ['to', 'to', 23, 25],
      ['16.05', '16.05', 26, 31],
      ['million', 'million', 32, 39],
    ]);
    expect(words('AT&T and T-Mobile')).toEqual([
      ['AT&T', 'at&t', 0, 4],
      ['and', 'and', 5, 8],
      ['T-Mobile', 't-mobile', 9, 17],
    ]);
  });

  it('drops a possessive from the lower-case form only', () => {
    expect(words('Smith\'s and Jones’s teams')).toEqual([
      ['Smith\'s', 'smith', 0, 7],
      ['and', 'and', 8, 11],
      ['Jones’s', 'jones', 12, 19],
      ['teams', 'teams', 20, 25],
    ]);
  });

  it('reads letters beyond ASCII and surrogate pairs as one character each', () => {
    expect(words('😀 Émile ate 𝐀pples, 3.. ok')).toEqual([
      ['Émile', 'émile', 3, 8],
      ['ate', 'ate', 9, 12],
      ['𝐀pples', '𝐀pples', 13, 20],
      ['3', '3', 22, 23],
      ['ok', 'ok', 26, 28],
    ]);
    expect(words('')).toEqual([]);
    expect(words(' …  — ')).toEqual([]);
  });
});
