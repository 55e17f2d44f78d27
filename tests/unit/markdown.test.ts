import { describe, expect, test } from 'vitest';
import { reportToMarkdown } from '../../src/report/markdown';
import type { Report } from '../../src/types';

const report = (over: Partial<Report>): Report => ({
  url: 'https://news.example/a',
  title: 'A [title](javascript:alert(1))',
  byline: '',
  siteName: '',
  lang: 'en',
  text: '',
  boilerplate: [],
  sentences: [
    { text: 'Officials said **it** happened.', label: 'anonymous', sourceType: 'anonymous', source: 'Officials', quote: false, claim: true, inherited: false, reason: 'r', block: 0, heading: false },
  ],
  sources: [{ name: 'Officials', type: 'anonymous', sentences: 1 }],
  links: [],
  publisherSignals: [],
  summary: { sentences: 1, claims: 1, named: 0, anonymous: 1, vague: 0, unsourced: 0, neutral: 0, flagged: 1, quotes: 0, anonymousQuotes: 0, externalLinks: 0, score: 40, grade: 'D', reasons: ['0 of 1 claims cite a named source.'] },
  genre: 'news',
  genreReason: '',
  coverage: { checkedChars: 30, mainChars: 30, share: 1, leftOut: [], note: 'Checked: the whole article.' },
  ...over,
});

describe('reportToMarkdown', () => {
  test('gives grade, counts, sources and flagged sentences', () => {
    const md = reportToMarkdown(report({}));
    expect(md).toContain('**Grade D** (40/100)');
    expect(md).toContain('| 0 | 1 | 0 | 0 | 0 |');
    expect(md).toContain('### Anonymous sources (1)');
    expect(md).toContain('- Officials (anonymous, 1)');
    expect(md).toContain('Kind: news. Checked: the whole article.');
  });

  test('says where the grade stands in the baseline', () => {
    const md = reportToMarkdown(report({ summary: { ...report({}).summary, standing: { betterThan: 62, of: 170 } } }));
    expect(md).toContain('**Grade D** (40/100): better sourced than 62% of 170 articles in Sourcelight’s baseline');
  });

  test('escapes page text so it cannot become links or formatting', () => {
    const md = reportToMarkdown(report({}));
    expect(md).not.toContain('[title](javascript:');
    expect(md).toContain('A \\[title\\]\\(javascript:alert\\(1\\)\\)');
    expect(md).toContain('Officials said \\*\\*it\\*\\* happened.');
  });
});
