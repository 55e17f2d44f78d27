import { describe, expect, it } from 'vitest';
import { claimFeatures, claimProbability, claimProbabilityOf, NO_PLACE } from '../../../src/attribution/claim-model';
import { claimSignals, judgeClaim } from '../../../src/attribution/claims';
import { listUnitFiles, readUnits } from '../../../scripts/lib/units';

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

  // The product scores a sentence as its features are read (claimProbabilityOf); training reads them by
  // name (claimFeatures). The two must give the same number, or the model trained is not the one run.
  it('scores every labeled sentence as claimProbability does over its named features, bit for bit', () => {
    const places = [NO_PLACE, { first: true, closing: false, alone: true, index: 0, voice: 0.2 }, { first: false, closing: true, alone: false, index: 2, voice: 0.5 }];
    const texts = [
      'The the THE the’s Apple’s apple it’s It’s it\'s said Said.',
      'WASHINGTON — Officials said: ',
      'Über die Brücke, Ärzte und 12 Menschen!',
      '',
      ...listUnitFiles().flatMap((file) => readUnits(file).map((u) => u.text)),
    ];
    expect(texts.length).toBeGreaterThan(1000);
    let differ = 0;
    texts.forEach((text, i) => {
      const place = places[i % places.length];
      const signals = claimSignals(text, i % 2 === 0);
      if (claimProbabilityOf(text, signals, place) !== claimProbability(claimFeatures(text, signals, place))) differ++;
    });
    expect(differ).toBe(0);
  });
});
