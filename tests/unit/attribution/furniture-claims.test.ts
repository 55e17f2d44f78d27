import { describe, expect, it } from 'vitest';
import { label } from './helpers';

describe('sentences that assert nothing checkable', () => {
  it('an exclamation in the writer’s voice is opinion', () => {
    expect(label('How generous of the board! What a surprise!')).toEqual(['neutral', 'neutral']);
    // A quoted exclamation is still someone's words.
    expect(label('“We won!” the captain shouted, and the crowd of 40,000 cheered.')).not.toContain('neutral');
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
});
