import { describe, expect, it } from 'vitest';
import { summarizeSources } from '../../../src/report/sources';
import { classify } from './helpers';

describe('summarizeSources', () => {
  it('merges "Tony Radakin", "Radakin" and "he" into one person', () => {
    const sentences = classify(
      'Russia lost 1,500 soldiers a day in October, said British Armed Forces chief Tony Radakin.',
      'Radakin said the losses were the worst of the war. He added that the toll would rise.',
      'Officials said the front was quiet.',
    );
    const sources = summarizeSources(sentences);
    expect(sources[0]).toMatchObject({ name: 'British Armed Forces chief Tony Radakin', type: 'person', sentences: 3 });
    expect(sources).toContainEqual(expect.objectContaining({ name: 'Officials', type: 'anonymous', sentences: 1 }));
  });

  it('reports the article’s own "Sources:" list as listed, saying when an entry has no link', () => {
    const sources = summarizeSources(
      classify({ kind: 'heading', text: 'Sources:', links: [] }, 'Moscow prepares 50,000 troops to retake Kursk: officials'),
    );
    expect(sources).toEqual([
      expect.objectContaining({ name: 'Moscow prepares 50,000 troops to retake Kursk: officials', type: 'listed', listed: true }),
    ]);
    expect(sources[0].href).toBeUndefined();
    expect(sources[0].note).toMatch(/without a link/);
  });
});
