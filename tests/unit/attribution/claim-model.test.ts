import { describe, expect, it } from 'vitest';
import { claimFeatures, claimProbability, NO_PLACE } from '../../../src/attribution/claim-model';
import { claimSignals, judgeClaim } from '../../../src/attribution/claims';

const features = (text: string) => claimFeatures(text, claimSignals(text, false), NO_PLACE);

describe('the learned claim model', () => {
  it('leaves strong evidence to the rules and weighs the rest', () => {
    let asked = 0;
    // A number with an event; the writer's judgement: the rules decide.
    judgeClaim('Russia has mobilized 50,000 troops.', false, NO_PLACE, () => asked++);
    judgeClaim('The situation marks a critical turning point.', false, NO_PLACE, () => asked++);
    expect(asked).toBe(0);
    // No evidence; a number alone (a caption's "10 months", a headline's "Five things"): the model.
    judgeClaim('The cover slides off to reveal the keyboard.', false, NO_PLACE, () => asked++);
    judgeClaim('Buck Cullen with his daughter Kaiarahi (10 months) in his backyard.', false, NO_PLACE, () => asked++);
    expect(asked).toBe(2);
  });

  it('reads the writer’s words, with names folded into one feature', () => {
    const f = features('The cover slides off to reveal the keyboard Apple designed.');
    expect(f.get('w:slides')).toBe(1);
    expect(f.has('w:apple')).toBe(false);
    expect(f.get('names:1-2')).toBe(1);
  });

  it('gives a probability, the same for the same sentence', () => {
    const p = claimProbability(features('The cover slides off to reveal the keyboard.'));
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    expect(claimProbability(features('The cover slides off to reveal the keyboard.'))).toBe(p);
  });

  it('says in the reason why a sentence without evidence is not a claim', () => {
    const verdict = judgeClaim('I have been using this app for a while now and it is lovely to look at.', false);
    expect(verdict.claim).toBe(false);
  });
});
