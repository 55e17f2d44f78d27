import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/types';
import { classify, unattributed } from './helpers';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, links: [] });
const quotation = (text: string): Block => ({ kind: 'blockquote', text, links: [] });

// An embedded tweet as Readability leaves it: its text in block quotations, then the credit line.
describe('an embedded post', () => {
  it('is the account’s words, though the credit comes after it; the credit line is furniture', () => {
    const reports = classify(
      paragraph('The mayor has faced weeks of criticism over the closures.'),
      quotation('We are reopening 40 pools this summer. Every neighbourhood will have one within a mile.'),
      quotation('— Mayor Jane Roe (@MayorJaneRoe) June 3, 2024'),
      paragraph('The council has not approved the money.'),
    );
    expect(reports.slice(1, 4).map((r) => r.label)).toEqual(['named', 'named', 'neutral']);
    expect([reports[0], reports[4]].every(unattributed)).toBe(true);
    expect(reports[1]).toMatchObject({ source: 'Mayor Jane Roe', inherited: true });
  });

  it('spans every block quotation before its credit line, and no further than the one before', () => {
    const reports = classify(
      quotation('— Acme Rail (@AcmeRail) May 1, 2024'),
      quotation('Services are suspended on the north line.'),
      quotation('Buses replace trains until 9pm.'),
      quotation('— Acme Rail (@AcmeRail) May 2, 2024'),
    );
    expect(reports.map((r) => r.label)).toEqual(['neutral', 'named', 'named', 'neutral']);
  });

  it('an "officials said" inside the post is the account’s sourcing, not the writer’s', () => {
    const reports = classify(quotation('Officials said the bridge will reopen on Friday.'), quotation('— City News Desk (@CityDesk) March 9, 2023'));
    expect(reports[0].label).toBe('named');
  });

  it('without the quotation markup, only the paragraph right before the credit line, and not an introduction', () => {
    expect(classify(paragraph('Power is back in all districts.'), paragraph('— Grid Operator (@GridOp) May 1, 2024')).map((r) => r.label)).toEqual(['named', 'neutral']);
    expect(classify(paragraph('The operator tweeted on Monday:'), paragraph('— Grid Operator (@GridOp) May 1, 2024')).map((r) => r.label)).not.toContain('named');
  });

  it('a sentence of the post that ends in a link to its picture is the account’s words too', () => {
    const text = 'Thank you all. Hope to see you again my friend. pic.example.com/abc123';
    const start = text.indexOf('pic.');
    const post: Block = { kind: 'blockquote', text, links: [{ start, end: text.length, href: 'https://example.com/abc123', text: 'pic.example.com/abc123' }] };
    const reports = classify(post, quotation('— Dele Alli (@dele) November 19, 2019'));
    expect(reports.slice(0, 2).map((r) => r.label)).toEqual(['named', 'named']);
    expect(reports[1]).toMatchObject({ source: 'Dele Alli' });
  });

  it('a dash and a handle in running text are no credit line', () => {
    expect(unattributed(classify(paragraph('Power returned on Monday.'), paragraph('— as the operator (@GridOp) put it, the worst is over.'))[0])).toBe(true);
  });
});

// A quotation with a dash credit on the line under it: testimonials, reviews, epigraphs.
describe('a quotation credited on the line after it', () => {
  it('is the credited person’s words; a name the page hides is anonymous', () => {
    const reports = classify(
      paragraph('We have brought some of these memorable reviews here!'),
      paragraph('“The show was really great. Booking was easy, and 40 of us got in free.”'),
      paragraph('– Man**'),
      paragraph('“The actors were so talented.”'),
      paragraph('— Alice Chen'),
    );
    expect(reports.map((r) => r.label)).toEqual(['neutral', 'anonymous', 'anonymous', 'neutral', 'named', 'neutral']);
    expect(reports[4]).toMatchObject({ source: 'Alice Chen' });
  });

  it('credits only a whole quotation: a paragraph of the writer’s own before a dash line stays the writer’s', () => {
    const reports = classify(paragraph('The theatre sold 40,000 tickets in 2019.'), paragraph('– Alice Chen'));
    expect(unattributed(reports[0])).toBe(true);
  });
});

// A round-up of reviews: each quoted passage, then the outlet in brackets on a line of its own.
describe('a block quotation credited in brackets on the line after it', () => {
  it('is the credited outlet’s words, every paragraph of the quotation, and no further than the credit before', () => {
    const reports = classify(
      paragraph('Here is what the early reviews say:'),
      quotation('The console launches without many of its promised features.'),
      paragraph('[ Gadget Weekly ]'),
      quotation('The controller is comfortable to hold.'),
      quotation('Battery life lasts a full day of play.'),
      paragraph('(The Daily Review)'),
    );
    expect(reports.slice(1).map((r) => r.label)).toEqual(['named', 'neutral', 'named', 'named', 'neutral']);
    expect(reports[1]).toMatchObject({ source: 'Gadget Weekly' });
    expect(reports[3]).toMatchObject({ source: 'The Daily Review' });
  });

  it('credits a quotation only: the writer’s paragraph before a bracketed name stays the writer’s, and a bracketed sentence is no credit', () => {
    expect(unattributed(classify(paragraph('The console sold 40,000 units in 2019.'), paragraph('[ Gadget Weekly ]'))[0])).toBe(true);
    expect(unattributed(classify(quotation('The console sold 40,000 units in 2019.'), paragraph('(Sales figures were revised on Monday.)'))[0])).toBe(true);
  });
});
