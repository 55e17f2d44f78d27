import { describe, expect, test } from 'vitest';
import { gradeArticle } from '../../src/report/grade';
import type { Label, LinkSummary, SentenceReport, SourceSummary } from '../../src/types';

const sentence = (label: Label): SentenceReport => ({
  text: 'x', label, sourceType: label === 'unsourced' || label === 'neutral' ? 'none' : label, quote: false, claim: label !== 'neutral', inherited: false, reason: '', block: 0, heading: false,
});
const many = (label: Label, n: number) => Array.from({ length: n }, () => sentence(label));
const source = (name: string, type: string, sentences = 1): SourceSummary => ({ name, type, sentences });
const link = (external: boolean): LinkSummary => ({ href: 'https://x.example/a', text: 'a', external });

describe('gradeArticle', () => {
  test('every claim named, three named sources and a document: an A', () => {
    const g = gradeArticle(many('named', 10), [source('Ann Lee', 'person', 4), source('the Pentagon', 'organisation', 3), source('a RAND report', 'document', 3)], []);
    expect(g.grade).toBe('A');
    expect(g.reasons).toContain('10 of 10 claims cite a named source.');
    expect(g.reasons).toContain('3 different named sources.');
    expect(g.reasons.some((r) => r.startsWith('Cites 1 document'))).toBe(true);
  });

  test('named sources are recognised by their kind (person, organisation, document, role, link)', () => {
    const g = gradeArticle([...many('named', 2), ...many('unsourced', 2)], [source('Ann Lee', 'person', 2)], []);
    expect(g.reasons).not.toContain('No named source is quoted or cited.');
  });

  test('dependency on anonymous sources costs points and says so', () => {
    const withNamed = gradeArticle([...many('named', 4), ...many('anonymous', 2)], [source('Ann Lee', 'person', 4), source('officials', 'anonymous', 2)], []);
    const dependent = gradeArticle([...many('named', 2), ...many('anonymous', 4)], [source('Ann Lee', 'person', 2), source('officials', 'anonymous', 4)], []);
    expect(dependent.score).toBeLessThan(withNamed.score);
    expect(dependent.reasons.some((r) => r.startsWith('Depends on anonymous sources'))).toBe(true);
  });

  test('a single anonymous source materially cited is named in the reasons', () => {
    const g = gradeArticle([...many('anonymous', 3), ...many('named', 3)], [source('a senior official', 'anonymous', 3), source('Ann Lee', 'person', 3)], []);
    expect(g.reasons).toContain('A single anonymous source (“a senior official”) carries 3 sentences.');
  });

  test('unsourced and vague claims pull the score down; links to sources lift it', () => {
    const bare = gradeArticle([...many('unsourced', 8), ...many('vague', 2)], [source('experts', 'vague', 2)], []);
    const linked = gradeArticle([...many('unsourced', 8), ...many('vague', 2)], [source('experts', 'vague', 2)], [link(true), link(true)]);
    expect(bare.grade).toBe('F');
    expect(bare.reasons).toEqual(expect.arrayContaining(['8 claims with no source at all.', '2 vague attributions (“experts say”, “reports indicate”).', 'No named source is quoted or cited.', 'No links to primary sources or documents.']));
    expect(linked.score).toBe(bare.score + 4);
  });

  test('no claims: no grade', () => {
    expect(gradeArticle(many('neutral', 3), [], [])).toEqual({ score: 0, grade: '–', reasons: ['No checkable claims found.'] });
  });
});
