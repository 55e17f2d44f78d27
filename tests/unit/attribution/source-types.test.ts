import { describe, expect, it } from 'vitest';
import { classify, one } from './helpers';

// Source phrases found in review of unlabeled news pages: who the words name, and whether a later
// mention is the same source (SOURCING.md, source_type and "A pronoun takes the type ...").
describe('source phrases: collective heads, kinds of body, descriptions of people', () => {
  it.each([
    // "a number of", "a group of": the people after "of" are the source.
    ['The plan has stalled, according to a number of economists.', 'vague', 'a number of economists'],
    ['The depot will close in March, according to a group of drivers.', 'anonymous', 'a group of drivers'],
    // A body named right after its kind.
    ['Turnout fell to 41 percent, according to polling firm Ipsos.', 'named', 'polling firm Ipsos'],
    // A person described by what they do, not named.
    ['The app exposes private messages, according to a software developer who found the flaw.', 'anonymous', 'a software developer'],
    // "sources" placed somewhere concrete are a withheld group, not a vague crowd.
    ['The inmates were moved overnight, according to sources inside the prison.', 'anonymous', 'sources inside the prison'],
    // A document an identified outlet has seen.
    ['The cuts were unavoidable, according to a transcript obtained by The Guardian.', 'named', 'a transcript obtained by The Guardian'],
    ['The budget was cut by a third, according to a memo seen by Business Insider.', 'named', 'a memo seen by Business Insider'],
    // A chief is one person: a role that denotes exactly one person (SOURCING.md, named).
    ['The merger will close in June, the chief executive said.', 'named', 'the chief executive'],
    ["Sales fell 8 percent, the company's chief financial officer told analysts.", 'named', "the company's chief financial officer"],
    // An indefinite one is not identified.
    ['Sales fell 8 percent, a chief executive at a rival firm said.', 'anonymous', 'a chief executive at a rival firm'],
    // Whose role it is, by name or pronoun: the one holder of it (held-out review, telegraph).
    ['Tsvangirai returned to Harare late on Wednesday, his spokesman said.', 'named', 'his spokesman'],
    ["The talks will resume on Monday, Tsvangirai's spokesman said.", 'named', "Tsvangirai's spokesman"],
    ['Sales fell 8 percent, its chief executive said.', 'named', 'its chief executive'],
    // A role many hold stays unnamed, possessive or not.
    ["The talks will resume on Monday, Tsvangirai's aides said.", 'anonymous', "Tsvangirai's aides"],
    ['The appeal was filed on Monday, her lawyer said.', 'anonymous', 'her lawyer'],
    // A role written in capitals is a role, not a name.
    ['The app will add savings goals next year, as one neo-bank CEO told me.', 'anonymous', 'one neo-bank CEO'],
    // "exec" is "executive" shortened: a capitalised modifier before it is the employer, not a name.
    ['The network should have run it live, the TV exec told us in 2012.', 'anonymous', 'the TV exec'],
  ])('%s → %s (%s)', (text, expected, source) => {
    const s = one(text);
    expect(s.label).toBe(expected);
    expect(s.source).toBe(source);
  });

  it('keeps bare "sources" and "reports" vague', () => {
    expect(one('The talks have stalled, according to sources.').label).toBe('vague');
    expect(one('Dozens were hurt, according to reports of clashes in the capital.').label).toBe('vague');
  });

  it('does not take a capitalised first word for a name', () => {
    // The first word is capitalised for being first: "Climate hawks" are an unnamed group.
    expect(one('Climate hawks have warned for years that the target is out of reach.').label).toBe('anonymous');
    expect(one('Former campaign staffers said the rally was cancelled at the last minute.').label).toBe('anonymous');
    // A name stays a name.
    expect(one('Mandela warned for years that the settlement was fragile.').label).toBe('named');
  });
});

describe('speaker memory keeps named and unnamed sources apart', () => {
  it('officials of an administration are not the administration', () => {
    const labels = classify(
      'The Lula administration announced new tariffs on Monday.',
      'Lula administration officials said the measures would take effect in May.',
      'They said more measures would follow.',
    ).map((s) => s.label);
    expect(labels).toEqual(['named', 'anonymous', 'anonymous']);
  });

  it('"the president" is the named president, not the president’s advisers', () => {
    const labels = classify(
      'President Lula’s advisers suggested a smaller package.',
      'The president said the package was too small.',
    ).map((s) => s.label);
    expect(labels).toEqual(['anonymous', 'named']);
  });

  it('"he" after a full name ending in s is that person, not an earlier unnamed group', () => {
    const labels = classify(
      'Two people briefed on the talks said the offer was final.',
      '"We are close," said Daniel Evans, a union negotiator.',
      'Evans, who has led the union since 2015, said a vote depends on whether he believes the offer is fair.',
    ).map((s) => s.label);
    expect(labels).toEqual(['anonymous', 'named', 'named']);
  });
});

// The respondents of a poll the story names: "Fifty-one percent say" reports its findings (review of
// x-04a6711caa7c; the cnn gold carries a report's findings to the sentences that give them).
describe('shares of respondents', () => {
  it('take the poll just named', () => {
    const out = classify('A new ABC News poll shows majority support for impeachment. Fifty-one percent say that he should be removed. And an overwhelming 70 percent of Americans say that the offense was wrong.');
    expect(out.map((s) => s.label)).toEqual(['named', 'named', 'named']);
    expect(out[1].speaker).toBe('A new ABC News poll');
  });

  it('without a poll they are a survey nobody can find', () => {
    expect(one('Some 40 percent of voters say the economy is their top issue.').label).toBe('vague');
  });
});

describe('generic groups of a stance (review of x-b6906ca016bb, x-d0382c0d9573, x-3f65af7b6b98)', () => {
  it.each([
    ['Backers of tariffs say that they help American companies compete.', 'vague'],
    ['Consumer advocates are urging the regulator to set backup power rules.', 'vague'],
    ['A whole lot of people on Twitter pointed it out.', 'vague'],
    // "many", "some" standing alone are a crowd (SOURCING.md: "some say", "many believe").
    ['Many in Hong Kong fear that to pause is to surrender.', 'vague'],
    ['Many fear that the talks will fail in 2020.', 'vague'],
    ['The plan failed in 2019, some say.', 'vague'],
    // "some of the officials" are officials.
    ['Some of the officials said the plan failed in 2019.', 'anonymous'],
  ])('%s → %s', (text, expected) => {
    expect(one(text).label).toBe(expected);
  });
});

describe('a document addressed to someone (review of z-06e5123e4ef7)', () => {
  it.each([
    ['An October 11 presentation to bondholders indicated administrative jobs would be cut.', 'named'],
    ['The letter to shareholders said the company would close two plants.', 'named'],
  ])('%s → %s: the document speaks, not its readers', (text, expected) => {
    expect(one(text).label).toBe(expected);
  });
});

// "this Republican" points back like "the actor": to the person the story introduced, named or not.
describe('a demonstrative and a party or a people', () => {
  it('is the unnamed person the story introduced', () => {
    const out = classify('One top Republican with close ties to the campaign spoke to us in 2012.', '"Obama ran a very small campaign in 2012," this Republican said.');
    expect(out[1]).toMatchObject({ label: 'anonymous', source: 'this Republican' });
  });
});
