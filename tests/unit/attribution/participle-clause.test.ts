import { describe, expect, it } from 'vitest';
import { classify, one, rulesVerdict } from './helpers';

// ", saying …": the participle shares the main clause's subject, who is the source (SOURCING.md:
// a speech verb with a named subject is a named attribution; an unnamed one is anonymous).
describe('speech participle after a comma', () => {
  it.each([
    ['The ministry issued a statement on Tuesday, saying the troops had withdrawn.', 'named', 'The ministry'],
    ['An official briefed reporters late on Monday, adding that the talks would resume.', 'anonymous', 'An official'],
    ['Police released a video of the arrest, saying it showed the suspect resisting.', 'named', 'Police'],
    ['A campaign aide retweeted the review, saying, “Not one of them read the book.”', 'anonymous', 'A campaign aide'],
    ['Garcia, 45, spoke to reporters outside the court, saying he had never seen the money.', 'named', 'Garcia'],
    ['On Monday, a senior diplomat briefed journalists, telling them that the ceasefire had collapsed.', 'anonymous', 'a senior diplomat'],
    ['The governor continues to defend the budget, saying it will balance by 2027.', 'named', 'The governor'],
    // No comma, after the document the subject issued: the document says what its issuer says.
    ['The company issued a statement saying it would cut 300 jobs.', 'named', 'The company'],
    ['The group sent a letter to management earlier this month stating that 40 workers had quit.', 'named', 'The group'],
    ['In May, the Electoral Commission, which regulates campaign finances, issued a statement warning that 12 donors had broken the rules.', 'named', 'the Electoral Commission'],
  ])('%s → %s', (text, expected, source) => {
    const s = one(text);
    expect(rulesVerdict(text)).toBe(expected);
    expect(s.source).toBe(source);
  });

  it('a pronoun subject takes the type of the person it points back to', () => {
    const out = classify('Marta Ruiz chairs the port authority.', 'She took to Twitter on Sunday, saying the strike had cost 40 ships.');
    expect(out[1].label).toBe('named');
    expect(out[1].speaker).toBe('Marta Ruiz');
  });

  it.each([
    // No reported content follows: a farewell, silence, an effect.
    ['The president waved to the crowd, saying goodbye to the people who had gathered.', 'unsourced'],
    ['She left the courtroom on Friday, saying nothing.', 'unsourced'],
    ['Fuel prices rose 5 percent in March, adding to the pressure on airlines.', 'unsourced'],
    ['The central bank held rates at 4 percent, noting the rise in prices.', 'unsourced'],
    // A participle of action, not speech.
    ['Gunmen fired on the market on Tuesday, killing three people.', 'unsourced'],
    // Without a comma, only after a document: "saying goodbye" in a video reports nothing either.
    ['The company posted a video in 2019 saying goodbye to its staff.', 'unsourced'],
    ['The mayor spent 40 minutes saying the plan would work.', 'unsourced'],
    // The main clause's subject is no possible source.
    ['The storm moved north overnight, adding that the roads were closed.', 'unsourced'],
  ])('%s → %s (no attribution)', (text, expected) => {
    const s = one(text);
    expect(rulesVerdict(text)).toBe(expected);
    expect(s.sourceType).toBe('none');
  });
});
