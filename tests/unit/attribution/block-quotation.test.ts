import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/types';
import { classify, unattributed } from './helpers';

const quoted = (text: string): Block => ({ kind: 'blockquote', text, links: [] });

// SOURCING.md, Carry-over: "a block quotation introduced by “X wrote:”" takes X's attribution.
describe('block quotation after a paragraph ending with a colon', () => {
  it('the introduction names its speaker without a speech verb', () => {
    for (const intro of ['Garcia’s full statement:', 'Garcia, in a post on Facebook on Tuesday:', 'Here is the letter from the harbour board:']) {
      const out = classify('Ines Garcia chairs the harbour board.', intro, quoted('The port lost 200 jobs in March. We will not reopen the terminal.'));
      expect(out.slice(1).map((s) => s.label)).toEqual(['named', 'named', 'named']);
      expect(out[2].inherited).toBe(true);
    }
  });

  it('"reads:" before the block and "put it" introduce it too', () => {
    expect(classify('The mayor’s statement reads:', quoted('The port lost 200 jobs in March.')).map((s) => s.label)).toEqual(['named', 'named']);
    expect(classify('A union official put it this way:', quoted('The port lost 200 jobs in March.')).map((s) => s.label)).toEqual(['anonymous', 'anonymous']);
  });

  it('the block is the speaker’s words throughout: a source inside it is the speaker’s sourcing', () => {
    const out = classify('The minister wrote:', quoted('Officials told us the plant would close in 2025. The reserves will be called up in May.'));
    expect(out.slice(1).map((s) => [s.label, s.inherited, s.quote])).toEqual([
      ['named', true, true],
      ['named', true, true],
    ]);
  });

  it('a block quotation of several paragraphs keeps its speaker; the writer’s next paragraph does not', () => {
    const out = classify('Garcia’s full statement:', quoted('The port lost 200 jobs in March.'), quoted('The board sold two cranes in May.'), 'The port reopened on Monday.');
    expect(out.slice(0, 3).map((s) => s.label)).toEqual(['named', 'named', 'named']);
    expect(unattributed(out[3])).toBe(true);
  });

  it('a colon paragraph after a list introduces its own block, it is no item of the list', () => {
    const out = classify(
      'The minister wrote:',
      quoted('The reserves will be called up in May.'),
      'The harbour board, which runs 14 ports, answered on Friday:',
      quoted('The port lost 200 jobs in March.'),
    );
    expect(out[2].inherited).toBe(false);
    expect(out[2].source).not.toBe('The minister');
  });

  it.each([
    // A label or teaser with a colon names no speaker.
    ['Kenya trip:', 'The port lost 200 jobs in March.'],
    ['The numbers:', 'The port lost 200 jobs in March.'],
  ])('%s does not introduce a quotation', (intro, text) => {
    const out = classify(intro, quoted(text));
    expect(out[1].label).toBe('unsourced');
  });

  it('"put it" as an action is no speech', () => {
    expect(classify('The council put it on hold in 2021.').map((s) => s.label)).toEqual(['unsourced']);
    expect(classify('As one economist put it, the port is a relic.').map((s) => s.sourceType)).toEqual(['anonymous']);
  });
});

// SOURCING.md, Carry-over: "a paragraph that is only a direct quotation, with no attribution, right
// after a paragraph that quotes one speaker". A block quotation is a direct quotation without marks.
describe('block quotation right after a paragraph quoting one speaker', () => {
  it('is that speaker’s words, a source inside it included', () => {
    const out = classify(
      'These deals take years to cultivate, Zuckerberg told investors on Tuesday.',
      quoted('I have been building relationships with founders for years. Officials told us the rules would change in 2025.'),
      quoted('So being able to move quickly increases our chance of getting a deal done.'),
    );
    expect(out.slice(1).map((s) => [s.label, s.inherited])).toEqual([
      ['named', true],
      ['named', true],
      ['named', true],
    ]);
  });

  it('one with quotation marks and an attribution of its own keeps them', () => {
    const out = classify('Officials said the front had held.', quoted('“The army lost 1,500 soldiers a day in October.” – Defence chief Tony Radakin'));
    expect(out[1]).toMatchObject({ label: 'named', source: 'Defence chief Tony Radakin' });
  });

  it('after the writer’s own paragraph it is not carried to anyone', () => {
    const out = classify('The port lost 200 jobs in March.', quoted('We will not reopen the terminal before 2026.'));
    expect(out[1].label).not.toBe('named');
  });
});

// The shape of ars-1 (held-out review): a blog post quoted as a block after "code he said exploits
// the flaw. Here's how it works.", with a code listing inside the quotation.
describe('a block quotation after reported speech, with a code listing inside', () => {
  const pre = (text: string): Block => ({ kind: 'preformatted', text, links: [] });
  const out = classify(
    'Pakistan-based developer Ammar Askar wrote in a blog post that the bug had gone unfixed for two years.',
    'Items can store metadata in a format known as Named Binary Tag (NBT). Askar has released attack code he said exploits the vulnerability. Here’s how it works.',
    quoted('In my case, I chose to create lists within lists, down to five levels.'),
    pre('rekt: { list: [ list: [ ] ] }'),
    quoted('The root of the object contains 300 lists.'),
    'Ars is asking Mojang for comment.',
  );

  it('"he said" right before its verb is his saying, not the code’s, and "he" is Askar, not the format', () => {
    expect(out[2].label).toBe('named');
    expect(out[2].speaker).toBe('Pakistan-based developer Ammar Askar');
  });

  it('the quotation is his on both sides of the listing; the listing is no sentence', () => {
    expect(out.slice(4, 7).map((s) => [s.label, s.inherited])).toEqual([
      ['named', true],
      ['neutral', false],
      ['named', true],
    ]);
    // The writer's next paragraph is the writer's again.
    expect(out[7].inherited).toBe(false);
    expect(out[5].reason).toMatch(/preformatted/);
  });
});
