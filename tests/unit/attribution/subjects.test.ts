import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../src/attribution/attributions';
import { classify, one, unattributed } from './helpers';

// Where the subject of a speech verb stands when it is not right before the verb: behind a
// parenthetical, a relative clause, a title, or after the verb.
describe('finding the subject of a speech verb', () => {
  it.each([
    // A discourse adverb or a dash clause between subject and verb.
    ['Prime Minister Anna Lind, however, said the vote would go ahead.', 'named', 'Prime Minister Anna Lind'],
    ['The regional courts, meanwhile, have declared the tax unlawful.', 'named', 'The regional courts'],
    ['The nurses’ union - which represents 40,000 members - called for a strike in March.', 'named', 'The nurses’ union'],
    ['Turkey, which hosts the talks, has pledged to keep the corridor open.', 'named', 'Turkey'],
    // A short phrase opened by a preposition, set off by commas; the time and place before the subject stay out of it.
    ['Richardson, via a local newspaper, said that the fight had been provoked.', 'named', 'Richardson'],
    ['Mayor Ortiz, in a radio interview on Monday, said the plan had failed.', 'named', 'Mayor Ortiz'],
    ['In Paris, on Monday, police said the plan had failed.', 'named', 'police'],
    // Any noun before a full name: the name says who ("millionaire" is in no list of roles).
    ['Self-made millionaire Grant Sabatier suggests saving 25 times your expenses.', 'named', 'Self-made millionaire Grant Sabatier'],
    // A participle after the object of a preposition describes that noun; the main clause's subject speaks.
    ["Omar asked for compassion during Carlineo's sentencing in a letter posted on Twitter, saying she opposed a long sentence.", 'named', 'Omar'],
    // "very" before an adverb in -ly stands between a subject and its verb.
    ['HP, as Gizmodo very recently explained, is a complex and rare condition.', 'named', 'Gizmodo'],
    // Two appositions in a row describe the name before the first.
    ["Jane Roe, a spokeswoman for Acme, the country's largest utility, said power was back.", 'named', 'Jane Roe'],
    // A time is no part of who speaks, before the verb or after the speaker.
    ['Amnesty International on Tuesday said 106 protesters were killed.', 'named', 'Amnesty International'],
    ["The European Union's top court last week ruled that labels were required.", 'named', "The European Union's top court"],
    ['At least 106 protesters were killed, said Amnesty International on Tuesday.', 'named', 'Amnesty International'],
    // A date opening the sentence without a comma is no part of the subject.
    ['On Monday the company said it would appeal.', 'named', 'the company'],
    ['In March 2019 Apple said sales fell.', 'named', 'Apple'],
    // An aside of time: "earlier in the hearing", "later that day".
    ['Stafford, earlier in the hearing, said the rocket was essential.', 'named', 'Stafford'],
    ['The mayor, later that day, said the plan had failed.', 'named', 'The mayor'],
    // A negated auxiliary sits between a subject and its verb; a second verb after "but" shares the subject.
    ["Young didn't address the cost but did criticize the plan.", 'named', 'Young'],
    ['Officials don’t believe the bridge can reopen this year.', 'anonymous', 'Officials'],
    // An inverted frame at the sentence's end needs none of the words its verb needs elsewhere.
    ['All the relevant sites were also disinfected, reports Reuters.', 'named', 'Reuters'],
    ['The firm will appeal the ruling, added Smith.', 'named', 'Smith'],
    // A title that is a noun of a doer, and a hyphenated title.
    ['You can only cut costs so far, says certified financial planner Eric Roberge.', 'named', 'certified financial planner Eric Roberge'],
    ['Wikileaks editor-in-chief Kristinn Hrafnsson said the indictment was an attack on journalism.', 'named', 'Wikileaks editor-in-chief Kristinn Hrafnsson'],
    // "expects" with a clause of its own, "that" left out.
    ['Edmunds expects 16.6 million vehicles will be sold this year.', 'named', 'Edmunds'],
    // A quoted title inside the subject is part of it, and shown with its quotation marks.
    ['"We never take it for granted," the "Pose" actor previously said on "DWTS."', 'named', 'the "Pose" actor'],
    ['The band will tour in 2020, the "Reminiscing" singer told reporters.', 'named', 'the "Reminiscing" singer'],
    // A participle phrase about the subject, read like a relative clause; it may withhold the name.
    ['A senior administration official, speaking on condition of anonymity, said talks had stalled.', 'anonymous', 'A senior administration official'],
    ['Smith, citing the 2019 report, said talks had stalled.', 'named', 'Smith'],
    ['The discoveries were momentous, groundbreaking advances, says physiologist Jennifer Pluznick.', 'named', 'physiologist Jennifer Pluznick'],
    ['The study, published in Nature, found that 12% of cases were missed.', 'named', 'The study'],
    // "police" are plural ("Police say"); a verb ends a phrase after "from" ("the Census Bureau show").
    ['Police say the suspect fled on foot.', 'named', 'Police'],
    ['Data from the Census Bureau show the population grew 2%.', 'named', 'the Census Bureau'],
    ['The plan failed, according to a new case report.', 'named', 'a new case report'],
    // "with knowledge of" and "to" after an unnamed role belong to the subject.
    ['A person with knowledge of the talks said the bill was dead.', 'anonymous', 'A person with knowledge of the talks'],
    ['An aide to the senator said the bill was dead.', 'anonymous', 'An aide to the senator'],
    ['Insiders say the bill is dead.', 'anonymous', 'Insiders'],
    // "briefed on", "close to" belong to the phrase after "according to"; "witnesses" are witnesses.
    ['According to two people briefed on the matter, the deal is near.', 'anonymous', 'two people briefed on the matter'],
    ['According to people close to the talks, the deal is near.', 'anonymous', 'people close to the talks'],
    ['Several witnesses described hearing gunfire near the school.', 'anonymous', 'Several witnesses'],
    // An age in apposition.
    ['"We lost half our customers," Lopez, 54, said of the closure.', 'named', 'Lopez'],
    // An apposition that ends in an abbreviation's full stop.
    ['Sen. Ben Sasse, R-Neb., called his death "a crisis of public trust" within the prison system.', 'named', 'Sen. Ben Sasse'],
    ['Jane Roe, a lawyer for Acme Inc., said the company would appeal.', 'named', 'Jane Roe'],
    // A second verb phrase after "and" shares the subject that opens the sentence.
    ['Vietnam is one of the most vocal critics of the claims and has accused Beijing of encroaching.', 'named', 'Vietnam'],
    ['Boeing is one of the companies bidding on the program, and confirmed that its approach uses the SLS.', 'named', 'Boeing'],
    ['In his first post of 2019, Van Der Beek even touched upon the idea and noted there should be no shame.', 'named', 'Van Der Beek'],
    // An adverb that is not an -ly word.
    ['She instead told the committee that the funds had been returned.', 'named', 'She'],
    ['Okafor further described the proposal as "unworkable."', 'named', 'Okafor'],
    // Several lower-case words of title before the name.
    ['"The line will reopen in June," said deputy transport commissioner Leah Brandt.', 'named', 'deputy transport commissioner Leah Brandt'],
    ['"Rents have doubled," says longtime housing economist Paul Renner.', 'named', 'longtime housing economist Paul Renner'],
    // "familiar with", "close to" belong to the subject.
    ['A person familiar with the negotiations told reporters that the deal was close.', 'anonymous', 'A person familiar with the negotiations'],
    ['The merger will be delayed until spring, people close to the company said.', 'anonymous', 'people close to the company'],
    // A bare plural after the verb.
    ['The reform, say economists, will take years to pay off.', 'vague', 'economists'],
    // A relative clause between the subject and its verb.
    ['Local analysts who have studied the figures say the deficit is larger than reported.', 'vague', 'Local analysts'],
    ['Farmers, who have blocked roads for a week, said the subsidy cut would ruin them.', 'anonymous', 'Farmers'],
    // The apposition withholds the name.
    ['A reporter’s contact inside the ministry, a clerk who asked not to be named, said the minister had resigned.', 'anonymous', 'A reporter’s contact inside the ministry'],
  ])('%s → %s (%s)', (text, expected, source) => {
    const s = one(text);
    expect(s.label).toBe(expected);
    expect(s.source).toBe(source);
  });

  it('reads a surname that is also a role word after a quotation as the surname', () => {
    expect(one('“Buyers are waiting for rates to fall,” Bishop says.').label).toBe('named');
  });

  it('does not over-read relative clauses and inverted verbs', () => {
    // A relative clause on an object describes it; it does not source the sentence.
    expect(unattributed(one('The coalition keeps in place a finance minister who has promised deep cuts.'))).toBe(true);
    // "states" after an adjective is a noun.
    expect(unattributed(one('The drought destroyed crops in some of the region’s most fertile states.'))).toBe(true);
    // An opening adverbial is no subject to share, nor a clause that speaks of nobody.
    expect(one('On one Facebook page an unidentified poster put up her picture and wrote it was rude.').source ?? '').not.toMatch(/^On\b/);
    expect(unattributed(one('The decision was made in May and said nothing about the 300 jobs.'))).toBe(true);
    // After a comma, "added" or "reports" with an object is no frame.
    expect(unattributed(one('The company cut 300 jobs in May, added new stores.'))).toBe(true);
    expect(unattributed(one('The team won 3-0 on Sunday, added Smith’s goal.'))).toBe(true);
    // A clause after "said" is what was said, not who said it.
    const s = classify('Residents, who have lived near the plant for decades, said the water company had ignored them for years.')[0];
    expect(s.label).toBe('anonymous');
    expect(s.source).toBe('Residents');
  });
});

// How a subject reaches its verb across the words a writer puts between them, and what the subject
// then names (SOURCING.md: the source shown is the noun phrase that names who speaks).
describe('subjects and their verbs', () => {
  it.each([
    // A that-clause makes a verb of finding report a finding, whoever found it.
    ['Jane Howitt found that the mice had 18 times the number of tuft cells.', 'named', 'Jane Howitt'],
    // Words in brackets describe the phrase before them; they are never the speaker.
    ['Rep. Frank Lucas (R-OK), the ranking member of the committee, said the launches were safe.', 'named', 'Rep. Frank Lucas'],
    // A title before a name, set off by commas, is an apposition like "a member of ...".
    ['Her son, filmmaker Charlie McDowell (“The Discovery”), also said it was a trying time.', 'named', 'filmmaker Charlie McDowell'],
    // Adverbs of frequency stand between a subject and its verb.
    ['Big Machine have twice denied doing anything wrong.', 'named', 'Big Machine'],
    // A body speaking through its official voice.
    ['A company spokesperson said in an email that it was cooperating with the inquiry.', 'named', 'A company spokesperson'],
    ['“We are cooperating,” said a WeWork spokesperson when contacted by Reuters.', 'named', 'a WeWork spokesperson'],
    // SOURCING.md: "a spokesperson for the utility said" is the body the story identified; alone, unnamed.
    ['A spokesperson for the utility said the outage would last a day.', 'named', 'A spokesperson for the utility'],
    ['A spokeswoman said the outage would last a day.', 'anonymous', 'A spokeswoman'],
    // Kin a person has one of: the role denotes exactly one person.
    ["The victim's mother testified that her daughter was brave.", 'named', "The victim's mother"],
    // A subject joined by "and": one named conjunct identifies who speaks.
    ['Parata and his family believe whale oil could cure the disease.', 'named', 'Parata and his family'],
    ['The Lancet Commission on pollution and health found that 9 million people died in 2015.', 'named', 'The Lancet Commission on pollution and health'],
    // A noun in -ly after a determiner is no adverb: "his family", "the rally".
    ['Prices rose again in March, his family said.', 'anonymous', 'his family'],
    // A body belonging to someone named; "that" after a verb opens what was said, not a relative clause.
    ['In 2010, the laboratory of Stephen Liggett reported that smooth muscle expresses taste receptors.', 'named', 'the laboratory of Stephen Liggett'],
    // A speaker described first, then named in apposition.
    ['He was in charge of Ukraine, said another witness in the inquiry, former White House adviser Fiona Hill.', 'named', 'former White House adviser Fiona Hill'],
    // A party's silence is its answer.
    ['The New York State Attorney General’s office had no comment.', 'named', 'The New York State Attorney General’s office'],
  ])('%s → %s (%s)', (text, expected, source) => {
    const s = one(text);
    expect(s.label).toBe(expected);
    expect(s.source).toBe(source);
  });

  it('shows the noun phrase that speaks, never a participle clause, a date or what was said', () => {
    expect(one('The weather should ease by Thursday morning, allowing PG&E to begin restoring power, said Mark Quinlan, the utility’s director.').source).toBe('Mark Quinlan');
    expect(one('The installation – entitled ‘Jewels after Jewels’ and conceived for the new collection – confirms his clever use of light.').source).toBeUndefined();
    // A body of someone named is "the X of <Name>"; an abstract noun with a name in its complement is no body.
    expect(one('The strategic infusion of North Korean troops into the conflict indicates their preparedness to assist.').source).toBeUndefined();
    // Someone named inside what was said is not the source of it.
    expect(one('Usov says the family thought they would never see the cat again.').source).toBe('Usov');
    const [, s] = classify('Tom Reyes runs the agency.', 'He said officials believe the attack was planned.');
    expect(s.source).toBe('He');
    expect(s.label).toBe('named');
    const [, t] = classify('Tom Reyes runs the agency.', 'He said that officials believe the attack was planned.');
    expect(t.source).toBe('He');
    expect(t.label).toBe('named');
    // A pronoun joined to a named person: the named person is shown.
    expect(one('You can earn more, he and his wife Kali explained on their podcast.').source).toBe('his wife Kali');
  });

  it('does not join a clause before "and" to the subject', () => {
    expect(one('The company cut jobs and executives said the plan had failed.').source).toBe('executives');
    expect(one('Tuukka Rask made 25 saves and Connor Clifton said the team had played well.').source).toBe('Connor Clifton');
    expect(one('Businesses and residents also have complained of poor communications.').label).toBe('anonymous');
  });

  it('keeps the unnamed unnamed', () => {
    expect(one('A spokesman said the plan was dead.').label).toBe('anonymous');
    expect(one('His friend said the man was kind.').label).toBe('anonymous');
    // A verb of finding with an object is an action, not a finding.
    expect(one('Jane Howitt found a dead mouse in the lab on Monday.').sourceType).toBe('none');
  });

  it('reads a person known by age as the person the story named last', () => {
    const [, s] = classify('Jose Mourinho was appointed manager of Tottenham on Wednesday.', 'The 56-year-old said after his appointment that he was excited.');
    expect(s.label).toBe('named');
    expect(s.speaker).toBe('Jose Mourinho');
  });
});

describe('a form in -s after a number', () => {
  it('is a plural noun, not a verb of saying whose subject is the clause before it', () => {
    const found = findAttributions('The pressure grew last week as NASA’s Office of the Inspector General released two highly critical reports that depicted delays.');
    expect(found.map((a) => a.source)).toEqual([]);
  });
});

describe('an apposition with a relative clause', () => {
  it('shows the described people without the clause', () => {
    const s = one('My guys, the Somalis who were translating for me, told me they could get me out on a plane.');
    expect(s.source).toBe('the Somalis');
  });
});
