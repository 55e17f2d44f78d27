import { describe, expect, it } from 'vitest';
import { classify, one, rulesVerdict } from './helpers';

// A party that was asked and said nothing: the sentence asserts nothing about the story's world, it
// notes how the story was reported, so it is never an unsourced claim. It is that party's answer:
// both of the corpus's labelers read "WeWork declined to comment" as named, so a party the reader can
// identify is its source; an unnamed one ("a spokeswoman", "lawyers for the family") is not flagged.
describe('no comment', () => {
  it.each([
    ['The airline declined to comment.', 'The airline'],
    ['Garcia could not be reached for comment on Tuesday.', 'Garcia'],
    ['Reached by phone on Sunday, the coach declined to comment further.', 'the coach'],
    ['The regulator declined to comment on the audit.', 'The regulator'],
    ['The embassy was not immediately available for comment.', 'The embassy'],
    ['Disney declined to say when it might stream NFL games on its app.', 'Disney'],
    // A spokesperson for a body the story identified speaks for it (SOURCING.md).
    ['A spokeswoman for the council did not respond to a request for comment.', 'A spokeswoman for the council'],
    // The same refusal with a modal or a negated auxiliary.
    ['Disney would not say when it might stream NFL games on its app.', 'Disney'],
    ["Disney won't disclose how many subscribers the app has.", 'Disney'],
    ['Disney did not elaborate on its plans.', 'Disney'],
  ])('%s → named (%s)', (text, source) => {
    const s = one(text);
    expect(s).toMatchObject({ label: 'named', source, claim: false });
  });

  it('a pronoun that points back to someone named is that person; one pointing nowhere is not flagged', () => {
    const [, s] = classify('Bob Iger spoke to investors on Monday.', 'He declined to say when Disney might stream NFL games.');
    expect(s).toMatchObject({ label: 'named', speaker: 'Bob Iger', claim: false });
    expect(one('He declined to say when Disney might stream NFL games.').label).toBe('neutral');
  });

  it.each([
    'A spokeswoman did not respond to a request for comment.',
    'Representatives for the club did not immediately respond to requests for comment on Friday.',
    'Lawyers for the family have not returned calls seeking comment since the ruling.',
    'Officials didn’t say when the bridge would reopen.',
  ])('%s → neutral', (text) => {
    const s = one(text);
    expect(s.label).toBe('neutral');
    expect(s.sourceType).toBe('none');
    expect(s.claim).toBe(false);
  });

  it.each([
    // More is said than the silence: a claim about the subject, or a second clause.
    ['Garcia, who was charged with fraud in 2019, declined to comment.', 'unsourced'],
    ['The airline declined to comment, but its shares fell 3 percent on Monday.', 'unsourced'],
    // Declining to do something else is an action, a claim about them.
    ['The senator declined to endorse the bill on Tuesday.', 'unsourced'],
    ['The defendant refused to answer questions from the judge.', 'unsourced'],
    // A refusal with a reason speaks: the reason is attributed.
    ['The ministry declined to comment, saying the inquiry was continuing.', 'named'],
  ])('%s → %s', (text, expected) => {
    expect(rulesVerdict(text)).toBe(expected);
  });
});

describe('a request for comment still open', () => {
  it('"is asking X for comment and will update this post" is a note on the reporting', () => {
    expect(one('Ars is asking Mojang for comment and will update this post if company officials respond.').label).toBe('neutral');
    expect(one('Ars is asking Mojang for comment and will update this post if company officials respond.').reason).toMatch(/did not comment/);
  });
});
