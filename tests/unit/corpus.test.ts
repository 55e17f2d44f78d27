import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveLabel, labeledIds, readCorpusUnits, type CorpusUnit } from '../../scripts/corpus/corpus';
import { cohensKappa } from '../../scripts/lib/score';

const CORPUS = new URL('../fixtures/corpus/', import.meta.url).pathname;
const split = JSON.parse(readFileSync(join(CORPUS, 'split.json'), 'utf8')) as Record<string, { site: string; part: 'test' | 'dev' }>;
const goldPages = readdirSync(join(CORPUS, 'gold')).map((f) => f.replace(/\.jsonl$/, ''));

describe('the labeled corpus (LABELING.md)', () => {
  it('has a frozen test part of at least 40 labeled articles, split by site', () => {
    const test = goldPages.filter((p) => split[p]?.part === 'test');
    expect(test.length).toBeGreaterThanOrEqual(40);
    const testSites = new Set(Object.values(split).filter((p) => p.part === 'test').map((p) => p.site));
    const devSites = new Set(Object.values(split).filter((p) => p.part === 'dev').map((p) => p.site));
    expect([...testSites].filter((s) => devSites.has(s))).toEqual([]);
  });

  it('keeps the pages earlier sessions tuned on out of the test part', () => {
    for (const seen of ['z-06e5123e4ef7', 'z-702d1da63b8e', 'z-8634d1211c3f']) expect(split[seen].part).toBe('dev');
  });

  it('has gold labels for every unit both labelers labeled, each with its text', () => {
    for (const page of goldPages) {
      const units = new Map(readCorpusUnits(page).map((u) => [u.id, u.text]));
      const gold = readFileSync(join(CORPUS, 'gold', `${page}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      for (const g of gold) expect(g.text).toBe(units.get(g.id));
      expect(existsSync(join(CORPUS, 'labels', 'a', `${page}.jsonl`)) && existsSync(join(CORPUS, 'labels', 'b', `${page}.jsonl`))).toBe(true);
    }
  });

  it('derives the verdict from the fields as SOURCING.md says', () => {
    expect(deriveLabel({ source_type: 'anonymous', claim: false })).toBe('anonymous');
    expect(deriveLabel({ source_type: 'named', claim: true })).toBe('named');
    expect(deriveLabel({ source_type: 'none', claim: true })).toBe('unsourced');
    expect(deriveLabel({ source_type: 'none', claim: false })).toBe('neutral');
  });

  it('labels long articles to the end of the paragraph of the 80th unit', () => {
    const units: CorpusUnit[] = Array.from({ length: 100 }, (_, i) => ({ id: `p${Math.floor(i / 3) + 1}s${(i % 3) + 1}`, para: Math.floor(i / 3) + 1, text: 'x', links: [], heading: false }));
    const ids = labeledIds(units);
    expect(ids.length).toBe(81); // unit 80 is p27s2; its paragraph ends at p27s3
    expect(ids.at(-1)).toBe('p27s3');
  });

  it('Cohen’s kappa is 1 for full agreement and 0 for agreement by chance alone', () => {
    expect(cohensKappa([['named', 'named'], ['neutral', 'neutral']])).toBe(1);
    expect(cohensKappa([['named', 'named'], ['named', 'neutral'], ['neutral', 'named'], ['neutral', 'neutral']])).toBeCloseTo(0);
  });
});
