import { describe, expect, it } from 'vitest';
import { classify, unattributed } from './helpers';

// SOURCING.md, Carry-over: later sentences of the same paragraph that continue a quotation. The
// writer may frame the rest of the quotation with words of their own.
describe('more of a quotation later in the paragraph', () => {
  it('a framed quotation after a quoted speaker continues that speaker', () => {
    const out = classify(
      '“Both sides have taken real risks,” Obama said in his speech. The Palestinian president “has put aside efforts to shortcut the pursuit of peace.”',
    );
    expect(out.map((s) => [s.label, s.inherited])).toEqual([
      ['named', false],
      ['named', true],
    ]);
  });

  it('an unnamed speaker’s quotation stays anonymous', () => {
    const out = classify('“The port is finished,” a senior engineer said. That explains a strategy of “cutting costs for more than a decade now.”');
    expect(out[1].label).toBe('anonymous');
  });

  it.each([
    // A phrase in quotation marks is the writer's wording, not more of the speech.
    ['“The port is finished,” Garcia said on Monday. It is hard to square dividends with “investing for growth.”'],
    // The earlier sentence reports speech without quoting: the quotation may be anyone's.
    ['The union said the port lost 40 jobs in May. A banner at the gate carried the words “we will not be defined by the cuts.”'],
  ])('%s', (text) => {
    const out = classify(text);
    expect(unattributed(out[1])).toBe(true);
    expect(out[1].inherited).toBe(false);
  });
});
