import { describe, expect, it } from 'vitest';
import { findQuoteSpans, isScareQuote, maskQuotes } from '../../../src/attribution/quotes';
import { classify, unattributed } from './helpers';

describe('quotations', () => {
  it('finds curly, straight and nested quotations', () => {
    expect(findQuoteSpans('“A ‘b’ c,” he said.')).toEqual([{ start: 0, end: 10, continued: false, open: false }]);
    expect(findQuoteSpans('"A," he said. "B."')).toHaveLength(2);
    expect(findQuoteSpans('He said “it is “nested” here.”')).toHaveLength(1);
  });

  it('a straight opening mark closed by a curly one is one quotation (marks mixed by hand)', () => {
    const text = '"A great day! In the end, we will win,” Trump tweeted on Tuesday.';
    expect(findQuoteSpans(text)).toEqual([{ start: 0, end: text.indexOf('”') + 1, continued: false, open: false }]);
    // A curly pair inside a straight quotation is nested in it.
    expect(findQuoteSpans('He called it "a “safety net” for all" on Monday.')).toEqual([{ start: 13, end: 37, continued: false, open: false }]);
    expect(classify(text).map((s) => [s.label, s.source])).toEqual([
      ['named', 'Trump'],
      ['named', 'Trump'],
    ]);
  });

  it('reads marks typed by hand: a curly quotation closed by a straight mark, two single marks for a double', () => {
    const mixed = '“When all the evidence is presented," he said, "maybe you will see.”';
    expect(findQuoteSpans(mixed).map((q) => mixed.slice(q.start, q.end))).toEqual(['“When all the evidence is presented,"', '"maybe you will see.”']);
    const doubled = '“It was an attempt to mislead voters,’’ Will Moy told the BBC.';
    expect(maskQuotes(doubled, findQuoteSpans(doubled))).toMatch(/’ Will Moy told the BBC\.$/);
    expect(classify(mixed)[0]).toMatchObject({ label: 'named', source: 'he' });
    expect(classify(doubled)[0]).toMatchObject({ label: 'named', source: 'Will Moy' });
  });

  it('an opening mark never closed does not swallow the rest of the paragraph', () => {
    const text = 'A sample came in called “Glasgow (“No Place Like Home”). “It grabbed me by the heart,” Harper said. “It just connected.”';
    const masked = maskQuotes(text, findQuoteSpans(text));
    expect(masked).toContain('” Harper said.');
    expect(classify('Tom Harper directed the film.', text).slice(2).map((s) => [s.label, s.source])).toEqual([
      ['named', 'Harper'],
      ['named', 'Harper'],
    ]);
    // Balanced marks still nest.
    expect(findQuoteSpans('He said “it is “nested” here.”')).toEqual([{ start: 8, end: 30, continued: false, open: false }]);
  });

  it('marks a quotation that runs into the next paragraph, and one continued from the last', () => {
    expect(findQuoteSpans('“There is more to say.')[0].open).toBe(true);
    expect(findQuoteSpans('it goes on,” he said.')[0].continued).toBe(true);
  });

  it('masks quoted words, keeping offsets', () => {
    const text = '“I said so,” he said.';
    const masked = maskQuotes(text, findQuoteSpans(text));
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('“~~~~~~~~~~” he said.');
  });

  it('tells scare quotes from quotations', () => {
    expect(isScareQuote('“safety net”')).toBe(true);
    expect(isScareQuote('“jobs machine”')).toBe(true);
    expect(isScareQuote('“We must pay attention to what is written,”')).toBe(false);
    const [s] = classify('The low ranking was due to the ineffectiveness of its "safety net" in 2015.');
    expect(s.quote).toBe(false);
  });
});

describe('carry-over (SOURCING.md)', () => {
  it('a second sentence inside the same quotation, before or after its attribution', () => {
    const out = classify('“There is a consensus here. We want to unify against this danger,” Lourimi said. He said he did not expect a crackdown.');
    expect(out.map((s) => [s.label, s.inherited])).toEqual([
      ['named', true],
      ['named', false],
      ['named', false],
    ]);
    expect(out[0].reason).toContain('in the next sentence');
  });

  it('a further quotation later in the paragraph', () => {
    const out = classify('"We are facing a stronger push," said a Ukrainian officer stationed in Kursk. "The Russian strategy is evolving."');
    expect(out.map((s) => s.label)).toEqual(['anonymous', 'anonymous']);
    expect(out[1].inherited).toBe(true);
  });

  it('a paragraph that is only a quotation, after a paragraph quoting one speaker', () => {
    const out = classify('“Ennahda is responsible,” Azzouz said.', '“There is worry the government will use the attack.”');
    expect(out[1].label).toBe('named');
    expect(out[1].inherited).toBe(true);
  });

  it('a list introduced by "X said:"', () => {
    const out = classify(
      'In a wide-ranging interview, President Obama also said:',
      { kind: 'list-item', text: 'The UK must stay in the EU to have influence', links: [] },
      { kind: 'list-item', text: 'Syria needs a political solution', links: [] },
      'Mr Obama lands in Kenya later on Friday.',
    );
    expect(out.slice(0, 3).map((s) => s.label)).toEqual(['named', 'named', 'named']);
    // The paragraph after the list is the writer's again (whether it is a claim is the claim rule's business).
    expect(unattributed(out[3])).toBe(true);
  });

  it('a block quotation introduced by "X wrote:"', () => {
    const out = classify('The minister wrote:', { kind: 'blockquote', text: 'The reserves will be called up in May.', links: [] });
    expect(out[1].label).toBe('named');
  });

  it('nothing else carries: a new paragraph in the writer’s voice starts unsourced', () => {
    const out = classify('“Our nation is in danger,” Essid declared.', 'Lawmakers drafted an anti-terrorism bill on Thursday.');
    expect(out[1].label).toBe('unsourced');
    expect(out[1].inherited).toBe(false);
  });

  it('a continuation of reported speech in the same paragraph', () => {
    const out = classify('The report concluded that the safety net was ineffective. Additionally, the levels of assistance are lower.');
    expect(out[1].label).toBe('named');
    expect(out[1].inherited).toBe(true);
  });
});

// An interview told as a story: the writer names the one person, then gives their words in quotation
// marks with no "he said". The quotation marks say the words are not the writer's; the first person
// inside says whose account it is.
describe('a quotation in the first person after the writer names one person', () => {
  it('is that person’s, and so is the quotation-only paragraph after it', () => {
    const out = classify(
      'I talked at length with Huston Huddleston about the project.',
      'It all started on a day Huddleston will never forget. “I was working at a company with a man who worked at Paramount. He showed me blueprints in 1998.”',
      '“It had been sitting outside for five years in the rain.”',
    );
    expect(out.slice(2).map((s) => [s.label, s.source])).toEqual([
      ['named', 'Huston Huddleston'],
      ['named', 'Huston Huddleston'],
      ['named', 'Huston Huddleston'],
    ]);
  });

  it('finds the person named again by first name, as features and blogs do', () => {
    const out = classify('I talked at length with Huston Huddleston about the project.', 'It all started on a day Huston will never forget. “I was working at a company in 1998.”');
    expect(out[2]).toMatchObject({ label: 'named', source: 'Huston Huddleston' });
  });

  it('is no one’s when two people were named, or when it does not speak in the first person', () => {
    const two = classify('Jane Roe met John Doe in Paris in 2019. “I was working at a bank when the crash came in 2008.”');
    expect(two[1].sourceType).toBe('none');
    const third = classify('Huston Huddleston walked onto the set in 2012. “The bridge was sitting outside for five years.”');
    expect(third[1].sourceType).toBe('none');
  });
});
