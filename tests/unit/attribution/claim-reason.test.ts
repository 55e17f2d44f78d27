import { describe, expect, it } from 'vitest';
import { NO_PLACE } from '../../../src/attribution/claim-model';
import { claimSignals, judgeClaim } from '../../../src/attribution/claims';

// The learned model can call a sentence with a number the writer's narration, or one with a judgement
// word a claim; the reader's explanation must still name what the sentence holds.
describe('the reason of a claim verdict', () => {
  const lone = { first: true, closing: true, alone: true, index: 0, voice: 0 };

  it('names the evidence the model weighed against', () => {
    const text = 'Since 2015, the country has admitted more than 800,000 refugees.';
    const number = claimSignals(text, false).pros[0];
    expect(number).toMatch(/^a number/);
    const verdict = judgeClaim(text, false, lone);
    // Whatever the model decides here, the number is in the reason.
    expect(verdict.evidence).toContain(number);
  });

  it('gives the plain reason when there is no evidence either way', () => {
    const verdict = judgeClaim('The cover slides off to reveal the keyboard.', false, NO_PLACE);
    expect(verdict.evidence).toMatch(/^(?:a statement of fact|the writer’s narration or explanation, nothing specific to check)$/);
  });
});
