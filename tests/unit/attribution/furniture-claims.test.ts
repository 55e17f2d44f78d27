import { describe, expect, it } from 'vitest';
import { label, one } from './helpers';

describe('sentences that assert nothing checkable', () => {
  it('an exclamation in the writer’s voice is opinion', () => {
    expect(label('How generous of the board! What a surprise!')).toEqual(['neutral', 'neutral']);
    // A quoted exclamation is still someone's words.
    expect(label('“We won!” the captain shouted, and the crowd of 40,000 cheered.')).not.toContain('neutral');
    // One that reports what happened, with its date and place, is still a claim.
    expect(label('The festival’s opening ceremony was held on Saturday at Marronnier Park, with 3,000 visitors!!')).toEqual(['unsourced']);
  });

  it('punctuation left over from the page says nothing', () => {
    expect(label('.')).toEqual(['neutral']);
  });

  it('a caption credit or disclaimer inside a paragraph is furniture', () => {
    expect(label('Firefighters held the ridge above the town on Sunday as the blaze jumped the highway and forced 2,000 people to leave. Source: Supplied')).toEqual(['unsourced', 'neutral']);
    expect(label('Rescuers searched the river at dawn on Tuesday. (Jane Roe/AFP/Getty Images)')).toEqual(['unsourced', 'neutral']);
    expect(label('This article has been adapted from its original source.')).toEqual(['neutral']);
    expect(label('The views expressed in this piece do not necessarily reflect those of the publisher.')).toEqual(['neutral']);
    // A sentence that merely mentions a source is not a credit.
    expect(label('Officials said the source of the fire was a cigarette.')).toEqual(['anonymous']);
  });

  it('a credit line starts with its credit; the same words inside a sentence are the story’s', () => {
    expect(label('(Reporting by Greg Roumeliotis; editing by Martin Howell.)')).toEqual(['neutral']);
    expect(label('Powered by SmartAsset.com')).toEqual(['neutral']);
    // "copyright infringement", "first published in 1960": words of the story, not a credit.
    expect(one('The company testified on Tuesday in a lawsuit that accuses it of copyright infringement and theft of trade secrets.').reason).not.toMatch(/furniture/);
    expect(one('The novel, first published in 1960, has sold 40 million copies.').label).toBe('unsourced');
  });
});

// SOURCING.md: captions are not labeled; and what is not known is nothing to check (issue 19, item 3).
describe('captions inside the article, and open questions', () => {
  it.each([
    'Clockwise from top: small whale bones; squid beaks, from the stomach of a sperm whale.',
    'Above, the skull of a bryde’s whale; right, a large-calibre bullet of the type used in 2019.',
    'Cover image: artist’s impression of the lighting installation at the 7th Amsterdam Light Festival',
    'It is unclear whether there will be a further merger of the two businesses after the acquisition.',
    'It was not immediately clear how many people were evacuated on Monday.',
  ])('%s → neutral', (text) => {
    expect(one(text).label).toBe('neutral');
  });

  it.each([
    'Above all, the company lost $40 million in 2019.',
    'The cause of the fire on Monday is unclear, officials said.',
  ])('%s → still attributed or a claim', (text) => {
    expect(one(text).label).not.toBe('neutral');
  });
});

// SOURCING.md, claim: "a number" is checkable. A short line without a full stop is a headline or a
// label, unless it gives a date or a number: a row of the story's data.
describe('short lines: labels, or rows of data', () => {
  const item = (text: string) => ({ kind: 'list-item' as const, text, links: [] });

  it('a line with a number or a date is a claim, in a list or not', () => {
    expect(label(item('Spain (Group F): 11th appearance'))).toEqual(['unsourced']);
    expect(label('June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre')).toEqual(['unsourced']);
  });

  it('a line without one is a label', () => {
    expect(label(item('Budget and spending'))).toEqual(['neutral']);
    expect(label('The presidential body swerve')).toEqual(['neutral']);
  });
});
