import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/types';
import { classify, unattributed } from './helpers';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, links: [] });

// An advice column: a reader's letter opens with a salutation and ends with a signature after a
// dash; the columnist's answer opens with a salutation and has none.
describe('a reader’s letter', () => {
  const column = classify(
    paragraph('DEAR ANNIE: My brother borrowed $5,000 from our mother last year. He has not paid back a cent.'),
    paragraph('Should I tell her? -- WORRIED IN WICHITA'),
    paragraph('DEAR WORRIED: Your mother can speak for herself. Let her decide.'),
  );

  it('is the letter writer’s account, across its paragraphs; a signature in capitals withholds the name', () => {
    expect(column.slice(0, 3).map((r) => r.label)).toEqual(['anonymous', 'anonymous', 'anonymous']);
    expect(column[0]).toMatchObject({ source: 'WORRIED IN WICHITA' });
  });

  it('the columnist’s answer, which opens with a salutation but has no signature, is the writer’s own voice', () => {
    expect(column.slice(3).every(unattributed)).toBe(true);
  });

  it('a letter signed with a person’s name is a named source', () => {
    const open = classify(paragraph('Dear Mayor Roe, the north line has been closed for six weeks. -- Alice Chen'));
    expect(open[0]).toMatchObject({ label: 'named', source: 'Alice Chen' });
  });

  it('a salutation with no signature after it is no letter', () => {
    const reports = classify(paragraph('Dear readers: the bridge reopened on Monday after six weeks.'), paragraph('Traffic was light all day.'));
    expect(reports.every(unattributed)).toBe(true);
  });
});
