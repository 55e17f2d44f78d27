import { describe, expect, it } from 'vitest';
import { evidenceAgainstClaim, label, one, rulesVerdict } from './helpers';

// SOURCING.md, claim: the writer's evident opinion is no claim, but an evaluative word does not
// turn a checkable statement into opinion. These cases weigh the judgement words by how they are used.
describe('the writer’s judgement against what a sentence asserts', () => {
  it('an evaluative adjective before its noun colours a statement that still asserts an event', () => {
    expect(label('After weeks of holding the line, the rebels are now facing significant losses, notably as government troops have managed to retake the airport.')).toEqual(['unsourced']);
    expect(label('Engineers have managed to restore power to key districts of the city.')).toEqual(['unsourced']);
  });

  it('a judgement as the sentence’s point stays the writer’s opinion', () => {
    expect(label('The vote marks a critical turning point for the region.')).toEqual(['neutral']);
    expect(label('The council’s role in all this was critical.')).toEqual(['neutral']);
    expect(label('This alliance poses a significant challenge to the government.')).toEqual(['neutral']);
  });

  it('"since" a named period or event dates the statement', () => {
    expect(rulesVerdict('The pact reflects the closest cooperation between their navies since the Second World War.')).toBe('unsourced');
  });

  it('"in the past few days" dates the statement', () => {
    expect(label('Inspectors have been visiting schools across the county in the past few days to address concerns about overcrowding.')).toEqual(['unsourced']);
  });

  it('a capitalised word inside the sentence is a name, not a judgement', () => {
    expect(evidenceAgainstClaim('The bakery on the corner belongs to Mark Ellis.')).toEqual([]);
    expect(evidenceAgainstClaim('Key Security Council members distanced themselves from the proposal.')).toEqual([]);
    expect(one('Mark Ellis owns the bakery on the corner.').reason).not.toContain('judgement');
    // A judgement word that opens the sentence is still one.
    expect(label('Clearly the plan was a gamble.')).toEqual(['neutral']);
  });
});

describe('a name and who they are', () => {
  it('a verbless identification, a caption’s words, asserts nothing', () => {
    expect(label('Acme CEO Jane Roe, the woman behind the merger.')).toEqual(['neutral']);
  });

  it('a verb or a relative clause makes it a statement again', () => {
    expect(label('Jane Roe, the chief executive, resigned on Monday.')).toEqual(['unsourced']);
    expect(label('Jane Roe, the woman who sold the company in 2019.')).toEqual(['unsourced']);
    expect(one('On Friday, the council will vote on a new budget.').reason).not.toContain('who they are');
  });
});

// SOURCING.md, claim: a forecast is the writer's, but a modal that only describes something inside
// a statement of what happened leaves the sentence checkable (held-out pages z-702d1da63b8e, nytimes-4).
describe('a modal inside a describing clause is not the writer’s forecast', () => {
  it.each([
    ['Deficit hawks have gone silent, even proposing changes that would exacerbate the deficit.', 'unsourced'],
    ['While China wants to buy soybeans, it has balked on terms that would leave it exposed to accusations.', 'unsourced'],
    ['Mr. Trump continues to give mixed signals about whether any of his tariffs on $360 billion worth of Chinese goods will ever be removed.', 'unsourced'],
    // The writer's own forecasts stay neutral.
    ['Ukraine may shift its focus to the east.', 'neutral'],
    ['If the deal fails, prices will rise.', 'neutral'],
    ['The risk is that the government would have less room to maneuver if the economy slows.', 'neutral'],
    ['There’s no guarantee that these forecasts will prove accurate.', 'neutral'],
    ['There was a flicker across his face as if to say he would come round.', 'neutral'],
    ['Let’s see if he can keep his promise this time.', 'neutral'],
  ])('%s', (text, expected) => {
    expect(rulesVerdict(text)).toBe(expected);
  });
});

// SOURCING.md, claim: a transition is no claim (held-out review: ars-1, cnet).
describe('transitions', () => {
  it.each([
    ["Here's how it works.", 'neutral'],
    ['Here.', 'neutral'],
    // "This is what ..." states a fact about the deal (review of this session's changes).
    ['This is what is being sold to Verizon.', 'unsourced'],
    // A sentence that only starts like one still asserts what follows.
    ["Here's how the scheme defrauded 300 investors of their savings over a decade.", 'unsourced'],
    ['He resigned.', 'unsourced'],
  ])('%s', (text, expected) => {
    expect(rulesVerdict(text)).toBe(expected);
  });
});

// SOURCING.md, claim: the writer's evident opinion is no claim. Frames and stance adverbs of
// commentary make it evident (held-out review: nytimes-2, z-8634d1211c3f, z-1f765c487806).
describe('the writer stepping forward to judge', () => {
  it.each([
    ['It is hard to overestimate how complex an asset sale like this is.', 'neutral'],
    ['It shouldn’t escape notice that it’s not always easy to reconcile dividends with “investing for growth.”', 'neutral'],
    ['All in all, this was as hairy a deal as they come.', 'neutral'],
    ['Ahh, if only Yahoo had bought Snapchat instead of Tumblr.', 'neutral'],
    ['But they’re certainly not groundbreaking.', 'neutral'],
    // The same words inside a statement of what happened leave it a claim.
    ['She recorded the song anyway — if only for her sanity — even as she toured in 2019.', 'unsourced'],
    ['The company certainly lost money in 2019, when sales fell 40 percent.', 'unsourced'],
  ])('%s', (text, expected) => {
    expect(rulesVerdict(text)).toBe(expected);
  });
});

// SOURCING.md, claim: "a statement about what someone did or decided" is checkable; the writer's
// forecast is not. A plan someone announced is told with "will" and a decision's verb (held-out
// review: nytimes-2, herald-sun-1).
describe('a plan someone announced, told with "will"', () => {
  it.each([
    ['At that point, Yahoo will change its name to something without “Yahoo” in it.', 'unsourced'],
    ['Remain Co. will become a holding company for the Alibaba and Yahoo Japan stock.', 'unsourced'],
    ['The number of agencies able to access metadata will be reduced by excluding the RSPCA.', 'unsourced'],
    // The writer's forecasts stay neutral.
    ['Ukraine’s military will need to adapt quickly to the changing conditions.', 'neutral'],
    ['Your business will grow, because the online world rewards people who stand behind it.', 'neutral'],
    ['Further repression in the region will provoke the kind of resistance some have called an insurgency.', 'neutral'],
    ['Finding the money to pay investors who hold government debt will crimp other parts of the budget.', 'neutral'],
    ['Ukraine may change its strategy in the east.', 'neutral'],
  ])('%s', (text, expected) => {
    expect(rulesVerdict(text)).toBe(expected);
  });
});

// SOURCING.md, claim: "a state of the world" is checkable. What a particular thing or person can do
// is such a state, not the writer's forecast; "can" of a generic subject or of the reader is advice.
describe('"can" of a particular subject states an ability', () => {
  it.each([
    'The Switch Lite can play the same titles as the original Nintendo Switch.',
    'Its battery can last two days on a single charge.',
    'The mouse and keyboard can connect and charge over USB-C, and they cannot be paired with a PC.',
  ])('%s: no forecast', (text) => {
    expect(evidenceAgainstClaim(text)).not.toContain('forecast');
  });

  it.each([
    'A good password manager can help protect you from phishing.',
    'Focusing on your biggest expenses can go a long way.',
    'The right plan can help you retire early.',
    'Ukraine may change its strategy in the east.',
  ])('%s: a forecast or advice', (text) => {
    expect(evidenceAgainstClaim(text)).toContain('forecast');
  });
});

// The writer talking to the reader about what they will do, feel or find is no claim.
describe('"you\'ll", "we\'ll": the writer addressing the reader', () => {
  it.each([
    ['You’ll need one of the company’s security cameras to connect it all to the internet.', 'neutral'],
    ['We’ll be testing this more in the future.', 'neutral'],
    // "won't" is no event ("won"), and a purpose clause's "won't" is no forecast.
    ['Banks won’t lie down and let the disruption happen.', 'neutral'],
    ['Lexus engineers have hidden the frame under the material so that it won’t be seen.', 'unsourced'],
    // "almost certainly" hedges a claim; it is no judgement of the writer's.
    ['The find almost certainly means the moon has liquid water.', 'unsourced'],
  ])('%s', (text, expected) => {
    expect(rulesVerdict(text)).toBe(expected);
  });
});

// SOURCING.md, claim: a call to action is no claim (review of this session's changes).
describe('calls to action', () => {
  it.each([
    ['Grab my 12-question quiz that will help you pinpoint the stage you’re in.', 'neutral'],
    ['Look for lean proteins that will help you feel full.', 'neutral'],
    ['Be sure to visit Arrowhead on Facebook, Twitter, and Instagram.', 'neutral'],
    ['Try setting a regular eating schedule and sticking to it.', 'neutral'],
    // A sentence that only starts with such a word still asserts.
    ['Consider Group sold 40 percent of its shares on Tuesday.', 'unsourced'],
  ])('%s', (text, expected) => {
    expect(rulesVerdict(text)).toBe(expected);
  });
});
