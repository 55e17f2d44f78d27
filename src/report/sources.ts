import type { SentenceReport, SourceSummary } from '../types';

/** Who the article quotes or cites, with how many sentences each source carries. */
export function summarizeSources(sentences: SentenceReport[]): SourceSummary[] {
  const byKey = new Map<string, SourceSummary>();
  for (const s of sentences) {
    if (!s.source || s.sourceType === 'none') continue;
    const key = `${s.sourceType}:${s.source.toLowerCase()}`;
    const entry = byKey.get(key);
    if (entry) entry.sentences++;
    else byKey.set(key, { name: s.source, type: s.sourceType, sentences: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.sentences - a.sentences);
}
