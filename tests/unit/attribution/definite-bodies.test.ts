import { describe, expect, it } from 'vitest';
import { classify, one } from './helpers';

// "the group", "the firm": a body the story has introduced, speaking for itself (named).
describe('a definite body speaking', () => {
  it.each([
    ['The group said on Twitter that the contract had confused 300 workers.', 'named'],
    ['In a separate post, the charity added that 40 volunteers had quit.', 'named'],
    ['The watchdog announced on Monday that it would fine 12 stores.', 'named'],
  ])('%s → %s', (text, expected) => {
    expect(one(text).label).toBe(expected);
  });

  it.each([
    // Not speech, or not a body.
    ['The group met in Lisbon on Monday.', 'unsourced'],
    ['The weather said little about the harvest in 2023.', 'unsourced'],
  ])('%s → %s', (text, expected) => {
    expect(one(text).label).toBe(expected);
  });
});

// Only people and bodies say or tell: the subject of a plain verb of saying is a speaker even when
// no word list knows its noun, and as a definite description it points back to the one introduced.
describe('an unlisted noun as the subject of a verb of saying', () => {
  const story = 'Police arrested John Smith, 34, at his home in Leeds on Monday.';

  it.each([
    'The suspect said he needed to get dressed before leaving the house.',
    '"I needed to get dressed," said the suspect.',
    'He needed time to get dressed before the arrest, the suspect told officers.',
  ])('%s → named, pointing back to John Smith', (text) => {
    const [, s] = classify(story, text);
    expect(s.label).toBe('named');
    expect(s.speaker).toBe('John Smith');
  });

  it.each([
    // Verbs that also describe what things do: a document or plan "calls for" or "shows".
    'The script called for a soaring anthem in the very last scene of 2019.',
    'The plan showed a loss of 40 jobs in 2023.',
  ])('%s → not attributed', (text) => {
    const [, s] = classify(story, text);
    expect(s.sourceType).toBe('none');
  });

  it('with no one introduced before, the description points nowhere and the sentence is unattributed', () => {
    expect(one('The suspect said he needed to get dressed before leaving the house.').sourceType).toBe('none');
  });
});

// A definite description takes up the indefinite one that introduced someone without a name.
describe('a description of someone the story introduced without a name', () => {
  it('"the man" after "a UK man" is that unnamed man, not the last person named', () => {
    const [, , s] = classify(
      'A UK man developed a rare allergy to his new duvet in 2019.',
      'Dr Owen Dempsey talked with him over the phone for an hour.',
      '"It does not affect me at all now," the man wrote in the case report.',
    );
    expect(s.label).toBe('anonymous');
    expect(s.speaker).not.toBe('Dr Owen Dempsey');
  });

  it('"the man" with no unnamed man introduced points back to the person named', () => {
    const [, s] = classify('Dr Owen Dempsey, 52, treated patients in Leeds for 20 years.', '"It was a long year," the man wrote in his memoir.');
    expect(s.label).toBe('named');
    expect(s.speaker).toBe('Dr Owen Dempsey');
  });
});

// A surname that looks like a people's name ("Harris", "Lewis" beside "Israelis") is the person the
// story named.
describe('a surname that could be read as a crowd', () => {
  it('"Harris said" after "Lt. Matt Harris" is Lt. Matt Harris', () => {
    const [, s] = classify('Lt. Matt Harris of the sheriff’s department said 12 people were arrested.', 'Officers arrested a 33-year-old man at his home in May, Harris said.');
    expect(s.label).toBe('named');
  });

  it('"Morris said" is a person even before anyone named Morris, and "Israelis said" stays a crowd', () => {
    const [s, t] = classify('The office had lost 40 staff in 2019, Morris said.', 'Israelis said the talks had failed in 2019.');
    expect(s.label).toBe('named');
    expect(t.label).toBe('vague');
  });
});

// A role given in apposition ("Eyamba Sowers, a real estate agent,") is how the story may name that
// person again: "the real estate agent said" is Eyamba Sowers.
describe('a role given to a named person in apposition', () => {
  it('"the real estate agent" after "Eyamba Sowers, a real estate agent," is Eyamba Sowers', () => {
    const [, s] = classify('Eyamba Sowers, a real estate agent, came to the meeting in Boston on Tuesday.', 'The real estate agent said she was impressed by the 2019 plan.');
    expect(s.label).toBe('named');
    expect(s.speaker).toBe('Eyamba Sowers');
  });

  it('without the apposition the agent stays unnamed', () => {
    const [, s] = classify('Eyamba Sowers came to the meeting in Boston on Tuesday.', 'The real estate agent said she was impressed by the 2019 plan.');
    expect(s.label).toBe('anonymous');
  });
});
