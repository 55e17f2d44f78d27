import { describe, expect, it } from 'vitest';
import { quoteFrame } from '../../../src/attribution/quote-frame';
import { classify, one } from './helpers';

// A quotation followed by a subject and a finite verb is that subject's words, whatever the verb
// (SOURCING.md: a quote goes to the speaker the text gives it).
describe('the frame of a quotation', () => {
  it.each([
    ['“We all miss Steve so much,” Benioff weighed in, telling Cook, “you have been so true to him.”', 'named', 'Benioff'],
    ['“Let me see your hands right now!” an officer ordered.', 'anonymous', 'an officer'],
    ['“We are coming in, open the door!” an officer shouts.', 'anonymous', 'an officer'],
    ['“It depends on what Boeing is willing to invest,” responded NASA administrator Jim Bridenstine, noting the cost.', 'named', 'NASA administrator Jim Bridenstine'],
    ['“It was a long night for all of us,” the officers shouted.', 'anonymous', 'the officers'],
  ])('%s → %s (%s)', (text, label, source) => {
    expect(one(text)).toMatchObject({ label, source });
  });

  it('needs a quotation of its own, a subject and a verb', () => {
    // A short title is no one's words; a noun after it is no verb's subject.
    expect(quoteFrame('“~~~~” fans were furious.')).toBeNull();
    expect(quoteFrame('“~~~~~~~~~~~~~~~~~~~~” season three premiered on Sunday.')).toBeNull();
    // The quotation is the sentence's object, not its opening: the verb rules' business.
    expect(quoteFrame('He called it “~~~~~~~~~~~~~~~~~~~~” on Monday.')).toBeNull();
    expect(one('“The Queen’s Gambit and Other Stories” sold 50,000 copies last year.').sourceType).toBe('none');
  });
});

// A partial quotation in the clause of a named subject, with no verb of saying: the subject's words.
describe('a partial quotation in its subject’s clause', () => {
  it.each([
    ['Benioff introduced Cook to the audience as “someone who has redefined what it means to be a chief executive.”', 'named', 'Benioff'],
    ['Cook remembered Jobs rehearsing there and “going way off script in a way that only he could do.”', 'named', 'Cook'],
  ])('%s → %s (%s)', (text, label, source) => {
    expect(one(text)).toMatchObject({ label, source });
  });

  it('not a title, not an expletive, not a clause after a colon', () => {
    // A title is set in title case: nobody's words.
    expect(one('McDonald joined the band in 1975 and sang on hits like “What a Fool Believes to This Day.”').sourceType).toBe('none');
    // "There was" has no subject who speaks.
    expect(one('There was a flicker across his face as if to say “you think you got me there?” before he smiled.').sourceType).toBe('none');
    // A relative clause before the quotation has a subject of its own.
    expect(one('The council passed a budget that everyone in town mocked as “a gift to the developers of the city.”').source).not.toBe('The council');
    // A quotation after a colon is a sentence of its own, introduced by the writer.
    expect(one('That process led Smith to a realization: “it was a love song from a girl to her mother.”').source).not.toBe('Smith');
  });
});

describe('a definite description points back to the person the story named', () => {
  it('"said the actor" after the actor was named', () => {
    const [, quote] = classify('James Van Der Beek has been eliminated from the show.', '“You never know why these things happen,” said the actor.');
    expect(quote).toMatchObject({ label: 'named', source: 'the actor', speaker: 'James Van Der Beek' });
  });

  it('points to no one when no one was named', () => {
    expect(one('“You never know why these things happen,” said the actor.').sourceType).toBe('none');
    // A role noun stays an unnamed person: "the driver" is not the named passenger.
    const [, driver] = classify('Jane Roe was a passenger in the car.', '“It came out of nowhere,” said the driver.');
    expect(driver.label).toBe('anonymous');
  });
});

describe('a capitalised "Will" inside a sentence is a name, not a modal', () => {
  it.each([
    ['“Of my 1,000 followers, five swiped away,” said Will Tjernlund, a consultant for Amazon sellers.', 'Will Tjernlund'],
    ['The firm moved to Texas last year, Will Smith said.', 'Will Smith'],
  ])('%s', (text, source) => {
    expect(one(text)).toMatchObject({ label: 'named', source });
  });

  it('the modal still forecasts', () => {
    expect(one('The company will be stronger for it.').label).toBe('neutral');
  });
});

describe('a frame in a sentence of its own, after a quotation ending in "?" or "!"', () => {
  it('gives the quotation to its speaker', () => {
    const [, question, frame] = classify('Brooke offered her spot to Van Der Beek. “Can I give it to James?” Brooke tearfully asked before apologizing.');
    expect(question).toMatchObject({ label: 'named', source: 'Brooke', inherited: true });
    expect(frame).toMatchObject({ label: 'named', source: 'Brooke' });
  });

  it('leaves a sentence that says more than who spoke alone', () => {
    const [question, news] = classify('“Why not?” The company dropped 20% on Monday.');
    expect(question.sourceType).toBe('none');
    expect(news.sourceType).toBe('none');
  });
});
