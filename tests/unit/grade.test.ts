import { describe, expect, test } from 'vitest';
import { gradeArticle } from '../../src/report/grade';
import { standingOf } from '../../src/report/baseline';
import baseline from '../../src/report/baseline.json';
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

describe('the rubric re-checked on the baseline (issue 20)', () => {
  const quote = (label: Label, claim: boolean): SentenceReport => ({ ...sentence(label), quote: true, claim });

  test('quotes without a claim carry no weight: a page of “Yeah,” said a voter does not reach the top', () => {
    const facts = [...many('unsourced', 6), ...many('named', 2)];
    const sources = [source('Ann Lee', 'person', 1), source('Bo Kim', 'person', 1), source('Cy Day', 'person', 1)];
    const bare = gradeArticle(facts, sources, []);
    const withVoxPops = gradeArticle([...facts, ...Array.from({ length: 12 }, () => quote('named', false))], sources, []);
    expect(withVoxPops.score).toBe(bare.score);
    expect(withVoxPops.reasons[0]).toBe('2 of 8 claims cite a named source.');
    // A quote that states a fact still counts.
    expect(gradeArticle([...facts, quote('named', true)], sources, []).score).toBeGreaterThan(bare.score);
  });

  test('each named source beyond the second adds, up to 15 points', () => {
    const sentences = [...many('named', 5), ...many('unsourced', 5)];
    const scoreWith = (n: number) => gradeArticle(sentences, Array.from({ length: n }, (_, i) => source(`Person ${i}`, 'person')), []).score;
    expect(scoreWith(3) - scoreWith(2)).toBe(5);
    expect(scoreWith(4) - scoreWith(3)).toBe(2);
    expect(scoreWith(12) - scoreWith(2)).toBe(15);
  });

  test('links to the outlet’s own earlier reports count, its furniture does not', () => {
    const sentences = [...many('named', 5), ...many('unsourced', 5)];
    const own = (href: string, furniture = false): LinkSummary => ({ href, text: 'x', external: false, ...(furniture ? { furniture } : {}) });
    const base = gradeArticle(sentences, [source('Ann Lee', 'person', 5)], []);
    const linked = gradeArticle(sentences, [source('Ann Lee', 'person', 5)], [own('https://news.example/2019/11/18/earlier-story-on-the-deal'), own('https://news.example/world/europe-50473792'), own('https://news.example/')]);
    expect(linked.score - base.score).toBe(2);
    expect(linked.reasons).toContain('Links to 2 earlier reports of the same outlet.');
    const furniture = gradeArticle(sentences, [source('Ann Lee', 'person', 5)], [{ href: 'https://x.example/reprints', text: 'Order Reprints', external: true, furniture: true }]);
    expect(furniture.score).toBe(base.score);
  });

  test('opinion says the writer’s views are expected and weighs only the factual claims; a list gets no grade', () => {
    const views = Array.from({ length: 6 }, () => ({ ...sentence('named'), claim: false }));
    const facts = [...many('named', 3), ...many('unsourced', 3)];
    const opinion = gradeArticle([...views, ...facts], [source('Ann Lee', 'person', 3)], [], 'opinion');
    expect(opinion.reasons[0]).toMatch(/^Opinion: the writer’s own views are expected here/);
    expect(opinion.reasons[1]).toBe('3 of 6 claims cite a named source.');
    expect(gradeArticle(facts, [], [], 'list')).toEqual({ score: 0, grade: '–', reasons: ['A listing of links, scores or short entries: not graded.'] });
  });

  test('the standing is the share of the baseline’s articles that score lower', () => {
    expect(standingOf(50, [10, 20, 50, 60])).toEqual({ betterThan: 50, of: 4 });
    expect(standingOf(5, [10, 20])).toEqual({ betterThan: 0, of: 2 });
    expect(standingOf(50, [])).toBeUndefined();
  });

  test('the shipped baseline is a sorted table of scores the rubric can produce, with its distribution', () => {
    expect(baseline.scores.length).toBeGreaterThanOrEqual(150);
    expect(baseline.scores).toEqual([...baseline.scores].sort((a, b) => a - b));
    expect(baseline.scores.every((s) => s >= 0 && s <= 100)).toBe(true);
    expect(Object.values(baseline.grades).reduce((a, b) => a + b, 0)).toBe(baseline.scores.length);
  });
});
