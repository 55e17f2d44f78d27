import { describe, expect, it } from 'vitest';
import { articleVoice } from '../../../src/attribution/article-voice';
import { claimFeatures, NO_PLACE } from '../../../src/attribution/claim-model';
import { claimSignals } from '../../../src/attribution/claims';
import type { Block } from '../../../src/types';

const p = (text: string): Block => ({ kind: 'paragraph', text, links: [] });

describe('the article’s voice (article-voice.ts)', () => {
  it('counts the paragraphs where the writer speaks in person, quotations left out', () => {
    const report = [p('The council voted on Monday to close the depot.'), p('“We had no choice,” the mayor said.'), p('Buses will run from the station.')];
    expect(articleVoice(report)).toBe(0);
    const review = [p('I tested the keyboard for a week.'), p('The keys are quiet.'), p('You will like the backlight.'), p('It costs $99.')];
    expect(articleVoice(review)).toBe(0.5);
  });

  it('leaves headings out and is 0 for an article without paragraphs', () => {
    expect(articleVoice([{ kind: 'heading', text: 'What I learned', links: [] }])).toBe(0);
    expect(articleVoice([])).toBe(0);
  });

  it('is one of the claim model’s features, in three bands', () => {
    const text = 'The keys are quiet.';
    const features = (voice: number) => [...claimFeatures(text, claimSignals(text, false), { ...NO_PLACE, voice }).keys()].filter((k) => k.startsWith('voice:'));
    expect(features(0)).toEqual(['voice:reporting']);
    expect(features(0.2)).toEqual(['voice:mixed']);
    expect(features(0.5)).toEqual(['voice:personal']);
  });
});
