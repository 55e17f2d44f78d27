import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../src/attribution/attributions';
import { typeSourcePhrase } from '../../../src/attribution/source-phrase';
import { classify, one } from './helpers';

// SOURCING.md fine points: "A document, filing or recording is a named source when the article
// identifies it: 'the indictment says', 'court filings show', 'footage reviewed by the station shows'."
describe('documents and recordings the article identifies', () => {
  it.each([
    ['Smith wired $40,000 to the account, the indictment said.', 'the indictment'],
    ['Footage obtained by the station shows the driver running a red light.', 'Footage obtained by the station'],
    ['Neighborhood surveillance video shows the victim knocked to the ground.', 'Neighborhood surveillance video'],
    ['The department paid $449,000 for the campaign, according to the state’s finances website.', 'the state’s finances website'],
    ['According to evidence presented at trial, Webb grabbed the girl at 6:38 p.m.', 'evidence presented at trial'],
    ['Preliminary tests by Digital Foundry reveal that the game runs at 30 frames a second.', 'Digital Foundry'],
    // A piece in a named publication is the publication's.
    ['According to a report in the Argus Leader, the governor launched the campaign on Monday.', 'a report in the Argus Leader'],
    ['A study in Nature found that the reef had shrunk by half.', 'A study in Nature'],
  ])('%s → named (%s)', (text, source) => {
    expect(one(text)).toMatchObject({ label: 'named', source });
  });

  it('a document nobody identifies stays vague or unattributed', () => {
    expect(one('Recent reports indicated that prices rose 5% in March.').label).toBe('vague');
    expect(one('New data shows prices rose 5% in March.').sourceType).not.toBe('named');
  });
});

// An indefinite person is anonymous (SOURCING.md: "said one resident", "a woman told reporters"), as
// are unnamed people of a named organisation ("Pentagon officials said").
describe('indefinite people and unnamed officials of a named body', () => {
  it.each([
    ['More than 400 people died in the fire, said one resident.', 'anonymous'],
    ['“Don’t hide things like this,” one Weibo commenter said.', 'anonymous'],
    ['The utility cut power to 450,000 homes, according to a group representing rural counties.', 'anonymous'],
    ['Some senators worry that a trial will interfere with the campaign.', 'anonymous'],
    ['Pentagon officials said the strike hit two depots.', 'anonymous'],
    ['Sources told CNN that the plan had changed twice.', 'anonymous'],
    // A crowd stays vague.
    ['Many voters believe the economy is getting worse.', 'vague'],
    ['Sources suggest that the plan had changed twice.', 'vague'],
  ])('%s → %s', (text, label) => {
    expect(one(text).label).toBe(label);
  });
});

// "X declared an emergency, reported <an outlet>": the closing frame is the attribution, and the
// main clause's own subject is never shown as the source.
describe('a frame closing the sentence', () => {
  it.each([
    ['Officials declared an emergency on Monday, reported the Associated Press.', 'named', 'the Associated Press'],
    ['Officers arrested Jane Roe, 32, of 1119 Eighth St., after a search of her car, said Lt. Matt Harris, the department’s spokesman.', 'named', 'Lt. Matt Harris'],
  ])('%s → %s (%s)', (text, label, source) => {
    expect(one(text)).toMatchObject({ label, source });
  });

  it('an earlier speaker in the same sentence still counts when no frame closes it', () => {
    const [s] = classify('Officials said the plant had been bombed, and Smith added that it burned for hours.');
    expect(s.label).toBe('anonymous');
  });
});

// SOURCING.md: "A speech or stance verb with a named subject is a named attribution". The grammar
// finds verbs no list holds: a past tense with a that-clause, a second verb sharing its subject.
describe('stance and speech read from the grammar', () => {
  it.each([
    ['Mayer hinted that the company was pleased with retention so far.', 'Mayer'],
    ['To that, Cook joked that he is not Alicia Keys.', 'Cook'],
    ['Fort Worth Police Department responded and confirmed that there appeared to be blood on the seat.', 'Fort Worth Police Department'],
    ['Beijing also wants Trump to eliminate the 15% tariffs on Chinese goods.', 'Beijing'],
    ['Nissan is hoping a sleek redesign of the Sentra will pull in more buyers.', 'Nissan'],
    ['The car is faster, yet Nissan says it will offer better gas mileage.', 'Nissan'],
    // A listener between the verb and its that-clause.
    ['Project manager Fumihiko Hazama shared with a local magazine that they have improved the chassis.', 'Project manager Fumihiko Hazama'],
    ['Smith confided to friends that he would resign in 2020.', 'Smith'],
  ])('%s → named (%s)', (text, source) => {
    expect(one(text)).toMatchObject({ label: 'named', source });
  });

  it.each([
    'The law required that banks hold 8% more capital.',
    'Apple ensured that the phones shipped on time in 2019.',
    'Smith wants a new car by 2020.',
    'Police arrived at 9 p.m. and arrested the man.',
    // "that" as a determiner: no clause follows.
    'The mayor talked to reporters that day in 2019.',
    'He raised that point in criticism of the 2019 procurement.',
    // "to" opening an infinitive is no listener: "so that" is the infinitive's, not a that-clause.
    'I was thinking about things, that I needed to pace myself so that it took awhile before any kid realized.',
  ])('%s → no attribution', (text) => {
    expect(one(text).sourceType).toBe('none');
  });
});

// A speaker is a person or body, never a date (issue 19): words after "by" or before a verb that are a
// date name no one.
describe('dates are never sources', () => {
  it.each(['December 2023', 'Monday', 'Jan. 5, 2020', 'Friday, Dec. 6', 'Wikileaks in 2010'])('“%s” names no one', (phrase) => {
    expect(typeSourcePhrase(phrase)).toBeNull();
  });

  it('nor is a phrase opened by a preposition ("In the PLAN stage, make these your focus:")', () => {
    expect(typeSourcePhrase('In the PLAN stage', true)).toBeNull();
    expect(one('In the PLAN stage, make these your business focus:').source ?? null).toBeNull();
  });

  it('a month alone may be a surname', () => {
    expect(typeSourcePhrase('May', true)).toMatchObject({ type: 'named' });
  });

  it('a capitalised "May" before a verb of saying is a name, not a modal', () => {
    expect(one('May said the deal was dead.')).toMatchObject({ label: 'named', source: 'May' });
  });
});

// A document names its maker after "by" or "from"; after "be" and an adjective the preposition has
// another object: "open from Monday" is a time.
describe('a document and the words after it', () => {
  it('reads its maker after a participle or after "be from"', () => {
    expect(findAttributions('The report was written by Deloitte.').map((a) => a.source)).toEqual(['Deloitte']);
    expect(one('The figures are from Eurostat and cover 2019.')).toMatchObject({ label: 'named', source: 'Eurostat' });
  });
  it('reads no maker after "be" and an adjective', () => {
    expect(findAttributions("This week's poll was open from Monday at noon through Tuesday and received 202 responses.")).toEqual([]);
  });
});
