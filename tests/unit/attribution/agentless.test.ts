import { describe, expect, it } from 'vitest';
import { findAgentless } from '../../../src/attribution/agentless';
import { findOutletVouching } from '../../../src/attribution/outlet-vouching';
import { one } from './helpers';

describe('agentless phrasing is vague (SOURCING.md, Fine points)', () => {
  it.each([
    ['North Korea’s involvement is seen as part of a broader strategy.', 'is seen as'],
    ['North Korean soldiers are thought to be particularly useful in guerrilla warfare.', 'are thought to'],
    ['The president is expected to meet relatives in Nairobi.', 'is expected to'],
    ['Washington’s decision is perceived to have altered the battlefield.', 'is perceived to'],
    ['The country has been hailed as a model of democratic transition.', 'been hailed as'],
    ['The bill has been criticized as going too far.', 'criticized as'],
    ['Gunmen killed 19 people in a country seen as the lone success of the Arab Spring.', 'seen as'],
    ['North Korean troops have reportedly joined Russian forces.', 'reportedly'],
    ['A reported 50,000 troops are preparing to launch an assault.', 'A reported'],
    ['The EU has called for sanctions, but there is growing debate over support.', 'there is growing debate'],
    ['The bloodshed raised fears that militants were expanding their operations.', 'raised fears that'],
    ['Reports of intense bombardments underline the gravity of the situation.', 'Reports of'],
    ['By most accounts, the law worked.', 'By most accounts'],
    ['The reform, by all accounts, cut the waiting lists.', 'by all accounts'],
    // An expectation or a report with no one behind it, without "to" after it.
    ['Comparable sales rose 3.6 percent, missing the 4.8 percent gain that was expected.', 'that was expected'],
    ['The storm dumped 2 inches of rain on Tuesday and more was expected Wednesday.', 'more was expected'],
    ['On November 16, a third case of plague was reported in a 55-year-old man.', 'was reported in'],
    // A judgement with its complement straight after "considered"; credit and blame given by no one.
    ['Pride is considered the original and most serious of the seven deadly sins.', 'is considered the'],
    ['The chips are more than a year old and considered a failure.', 'and considered a'],
    ['He is often credited with inventing paper, though he merely popularized it.', 'is often credited with'],
    ['It is Pothinus who is blamed for turning the king against his sister.', 'is blamed for'],
    // Talk that nobody owns, and the contraction "it's said".
    ['Not long after he arrived, rumors swirled that he planned to close the shop.', 'rumors swirled'],
    ['Rumor has it that the owner paid to have the video taken down.', 'Rumor has it'],
    ['It’s said that the animators shot over a third of a million frames by hand.', 'It’s said'],
    ['Yesterday it was revealed that the company was working on a rival app.', 'it was revealed'],
    // Findings and assumptions with no one behind them; an auxiliary shared across "and".
    ['In some people this shedding is found to be very rapid.', 'is found to'],
    ['The dandruff is assumed to be formed as a result of 3 factors.', 'is assumed to'],
    ['He is Eton-educated and considered to identify with the evangelical wing of the church.', 'and considered to'],
  ])('%s', (text, cue) => {
    expect(findAgentless(text).map((c) => c.words)).toContain(cue);
    const s = one(text);
    expect(s.label).toBe('vague');
    expect(s.reason).toContain(cue);
  });

  it('an uncounted crowd that considers, research that discovers, and "multiple sources" are vague', () => {
    expect(one('After the update, many people consider article marketing not to be an effective strategy.').source).toBe('many people');
    expect(one('After the update, many people consider article marketing not to be an effective strategy.').label).toBe('vague');
    expect(one('Recent research discovered that 28% of people found their last job through a social network.').label).toBe('vague');
    expect(one('According to multiple sources, the union turned the workers back.').label).toBe('vague');
    // "consider" without a judgement is an action: no attribution.
    expect(one('The board will consider the bill on Tuesday.').sourceType).toBe('none');
  });

  it('"reports that" after a name is the verb of that name, not unowned reports', () => {
    expect(findAgentless('The Associated Press reports that 28 people were quarantined.')).toEqual([]);
    expect(findAgentless('Reuters reports that 28 people were quarantined.')).toEqual([]);
    expect(one('The Associated Press reports that 28 people were quarantined.').label).toBe('named');
    // A determiner or an adjective before it leaves the reports unowned.
    expect(findAgentless('Several reports that 28 people were quarantined spread on Monday.').map((c) => c.words)).toEqual(['reports that']);
    expect(findAgentless('There were unconfirmed reports of fighting near the border.').length).toBeGreaterThan(0);
  });

  it('"as ... as" compares and judges nothing', () => {
    expect(findAgentless('The video was viewed as many as 40,000 times in 2019.')).toEqual([]);
    expect(findAgentless('A tax seen as well as heard by every voter in 2019.')).toEqual([]);
  });

  it('reaction phrases are not attributions', () => {
    expect(findAgentless('Shifts in U.S. policy have raised questions about the future of this support.')).toEqual([]);
    expect(findAgentless('This decision has sparked concerns about potential Russian retaliation.')).toEqual([]);
    expect(one('In recent weeks, shifts in U.S. policy have raised questions about the future of aid.').label).toBe('unsourced');
  });
});

describe('the outlet vouching for itself is vague', () => {
  it.each([
    ['TMZ has learned the dress was stolen.', 'has learned'],
    ['We’re told there is security footage.', 'We’re told'],
    ['The Times has confirmed the meeting took place.', 'The Times has confirmed'],
  ])('%s', (text, cue) => {
    expect(findOutletVouching(text)).toBe(cue);
    expect(one(text).label).toBe('vague');
  });
});

describe('a judging participle before "as"', () => {
  it('has an agent when its object is fronted ("in what X described as")', () => {
    expect(one('Van Der Beek was eliminated in what host Tom Bergeron described as the hardest verdict.')).toMatchObject({ label: 'named', source: 'host Tom Bergeron' });
  });

  it('has none after a noun: the sentence before it is never shown as a source', () => {
    const s = one('Gunmen killed 19 people in a country described as the lone success of the Arab Spring.');
    expect(s).toMatchObject({ label: 'vague' });
    expect(s.source ?? null).toBeNull();
  });
});
