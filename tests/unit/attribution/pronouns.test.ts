import { describe, expect, it } from 'vitest';
import { classify } from './helpers';

// SOURCING.md: "A pronoun takes the type of the person it refers to", and the reader sees who. The
// subject of the last sentence about someone is the likeliest referent of "he" (held-out review of
// extraction-corpus pages).
describe('who "he" and "she" stand for', () => {
  it('the subject named by surname only, not a name later in the sentence', () => {
    const out = classify(
      'Tim Morrison, a former National Security Council official, testified on Tuesday.',
      "Morrison was the third witness who listened in on President Trump's call with Ukrainian President Volodymyr Zelensky. He said he was not concerned about the call.",
    );
    expect(out[2].speaker).toBe('Tim Morrison');
  });

  it('the person an opening "he" continues, not the one he refers to', () => {
    const out = classify(
      'At last week’s hearing the two invited witnesses were former astronaut Tom Stafford and retired executive Tom Young, beside NASA’s Doug Cooke.',
      '“The mission I did accomplished the whole thing with one launch,” Stafford, a member of the Apollo 10 crew, responded. He then referred to Cooke’s earlier testimony. “I’ll have to go with Mr. Cooke,” he concluded.',
    );
    expect(out.slice(1).map((s) => [s.label, s.speaker])).toEqual([
      ['named', 'Tom Stafford'],
      ['unsourced', undefined],
      ['named', 'Tom Stafford'],
    ]);
  });

  it('a sentence’s capitalised first word is no part of a name ("If Sudan", "But Parise")', () => {
    const out = classify('Zach Parise scored twice.', 'But Parise was not satisfied. “You can go either way,” he said.');
    expect(out[2].speaker).toBe('Zach Parise');
  });
});

describe('a verb that closes a sentence opened by a quotation speaks it', () => {
  it.each([
    ['“The mission accomplished the whole thing with one launch,” Stafford, a member of the crew, responded.', 'Stafford'],
    ['“Oh my,” Lucas responded with a sigh.', 'Lucas'],
  ])('%s', (text, source) => {
    expect(classify(text).map((s) => [s.label, s.source])).toEqual([['named', source]]);
  });

  it('"responded to the request" is still no speech', () => {
    expect(classify('The ministry responded to the request on Monday.')[0].sourceType).toBe('none');
  });
});

// Issue 19: "pronouns take gender and number into account".
describe('a pronoun and the gender of the people named', () => {
  it('"he" skips a woman named since, to the man named before her', () => {
    const out = classify('John Smith spoke to reporters on Monday.', 'Martha Rotter arrived later in 2010.', '“It is over,” he said.');
    expect(out[2]).toMatchObject({ label: 'named', speaker: 'John Smith' });
  });

  it('"he" after an unnamed person met after the last name is that person', () => {
    const out = classify('Martha Rotter went to see a dermatologist in 2010.', '“This happens sometimes,” he said.');
    expect(out[1].label).toBe('anonymous');
  });
});
