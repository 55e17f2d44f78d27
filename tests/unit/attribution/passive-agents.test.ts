import { describe, expect, it } from 'vitest';
import { one } from './helpers';

// Passive judgements with and without their agent (SOURCING.md: "Agentless phrasing hides the
// source and is vague"; with the agent named, the agent is the source).
describe('passive judgements and their agents', () => {
  it.each([
    ['The flooding has been described as “catastrophic” by the environment agency.', 'named', 'the environment agency'],
    ['The claim was denied by Ortega, who called it a smear.', 'named', 'Ortega'],
    ['The general, still seen by many voters as a war hero, is despised in the capital.', 'vague', 'many voters'],
    ['In a letter signed by treasurer Joan Pike, members were told that dues would double.', 'named', 'treasurer Joan Pike'],
    // An accusation's agent, without the accusation ("of promoting ...") that follows it.
    ['Corbyn is accused by critics of promoting high-tax policies.', 'vague', 'critics'],
  ])('%s → %s (%s)', (text, expected, source) => {
    const s = one(text);
    expect(s.label).toBe(expected);
    expect(s.source).toBe(source);
  });

  it.each([
    ['The flooding has been described as “catastrophic”.', 'vague'],
    ['The crowd is estimated at around 15,000.', 'vague'],
    ["Britain's Conservative Party was accused Wednesday of trying to deceive voters.", 'vague'],
    ['Both militias have been accused of looting aid convoys.', 'vague'],
    ['The minister was suspected of leaking the memo to reporters.', 'vague'],
    // "by" with a gerund says how, not who.
    ['The regime has been accused of starving the town by blocking food deliveries.', 'vague'],
  ])('%s → %s', (text, expected) => {
    expect(one(text).label).toBe(expected);
  });
});

describe('"by" after a noun phrase belongs to the noun', () => {
  it('keeps "is seen as a preemptive measure by Russia" agentless', () => {
    expect(one('The buildup is seen as a preemptive measure by Moscow to hold the region.').label).toBe('vague');
  });
});
