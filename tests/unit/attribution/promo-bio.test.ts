import { describe, expect, it } from 'vitest';
import { classify, label, one } from './helpers';

const story = 'The harbour board sold two cranes on Monday for $4 million.';

// Promotions, publication notes and the author's biography are page furniture, not claims (neutral).
describe('promotions, publication notes and author biographies', () => {
  it.each([
    'This article originally appeared on The Conversation.',
    'This article was republished with permission from Grist.',
    'A version of this article appears in print on Page A1 of the New York edition.',
    'Check it out here.',
  ])('%s → neutral', (line) => {
    expect(label(story, line)[1]).toBe('neutral');
  });

  it('a call to action inside a paragraph is furniture, the rest of the paragraph is not', () => {
    expect(label(`${story} Follow us on Instagram @harbourwatch for updates from 2024.`)).toEqual(['unsourced', 'neutral']);
  });

  it('a biography at the end of the article, every sentence of it', () => {
    const out = classify(
      story,
      'Ines Garcia has covered the port since 2012. Previously, she wrote about shipping for the Gazette. She joined the paper in 2007.',
    );
    expect(out.slice(1).map((s) => s.label)).toEqual(['neutral', 'neutral', 'neutral']);
  });

  it('the same words in the body of the story are a claim about someone in it', () => {
    const out = classify(
      'Ines Garcia has covered the port since 2012.',
      story,
      'The board meets again in May 2025.',
      'The cranes left for Rotterdam on Friday.',
      'A buyer paid $2 million for the third one.',
    );
    expect(out[0].label).toBe('unsourced');
  });

  it.each([
    // Imperatives that are no promotion, and notes that are claims.
    ['Follow the money, investigators say.', 'anonymous'],
    ['The photo originally appeared on Instagram in 2019.', 'unsourced'],
    ['Subscribers paid $4 a month in 2019.', 'unsourced'],
  ])('%s → %s', (line, expected) => {
    expect(label(story, line)[1]).toBe(expected);
  });
});

describe('"Follow <outlet> on Facebook, Twitter and Instagram"', () => {
  it('is a call to action, not a claim', () => {
    expect(one('Follow NBC Latino on Facebook, Twitter and Instagram.').label).toBe('neutral');
    expect(one('Follow NBC Latino on Facebook, Twitter and Instagram.').reason).toMatch(/furniture/);
  });
});
