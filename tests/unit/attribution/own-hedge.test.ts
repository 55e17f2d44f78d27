import { describe, expect, it } from 'vitest';
import { one } from './helpers';

// SOURCING.md, Fine points: the weakest of several attributions wins, but a named source's own
// hedge is part of what it said, not a second source (held-out review, buzzfeed-1).
describe('a named source’s own hedge', () => {
  it.each([
    ['West Mercia police said the tablets were believed to contain dinitrophenol, a toxic chemical.', 'named'],
    ['The tablets are believed to contain dinitrophenol, according to West Mercia police.', 'named'],
    // The hedge is on the telling, or in a clause of its own: the weakest wins.
    ['GateHouse reportedly laid off more than 60 employees, the company said.', 'vague'],
    ['The European Union has called for continued sanctions, but there is growing debate over how much more support it can provide.', 'vague'],
    ['The company, which is expected to lay off thousands of employees, confirmed on Monday that it had been contacted.', 'vague'],
    ['The company confirmed that it had been contacted by the attorney general’s office, which will reportedly focus on its leases.', 'vague'],
    // A verb that argues against the hedge does not make it the speaker's (review of x-7a664e40d256).
    ['Volker disputed the notion that he had been a participant in what’s been portrayed as an irregular channel.', 'vague'],
    ['US President Donald Trump has claimed victory as the House concluded its hearings on him for allegedly abusing his office.', 'vague'],
    // An unnamed source's hedge stays its own: anonymous is weaker still.
    ['A senior official said the tablets were believed to contain dinitrophenol.', 'anonymous'],
  ])('%s', (text, expected) => {
    expect(one(text).label).toBe(expected);
  });
});
