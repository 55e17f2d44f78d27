import type { SentenceReport, SourceSummary } from '../types';
import { siteOf } from '../text/site';

// Who the article quotes or cites, with how many sentences each source carries. Mentions of one
// source are merged ("Tony Radakin", "Radakin", "he" → one entry) through the speaker the
// classifier resolved each mention to. Entries of the article's own "Sources:" list are reported
// as listed, with their link when they have one, and a note when they have none.

/** The host of a link, as a short name for a linked source ("bbc.co.uk"). */
const hostOf = (href: string) => siteOf(href) || href;

/** The source's kind as the report names it; older reports carried only the source type. */
function typeOf(s: SentenceReport): string {
  if (s.sourceKind) return s.sourceKind;
  return s.sourceType === 'named' ? 'person' : s.sourceType;
}

export function summarizeSources(sentences: SentenceReport[]): SourceSummary[] {
  const byKey = new Map<string, SourceSummary>();
  const listed: SourceSummary[] = [];
  for (const s of sentences) {
    if (s.listedSource) {
      const entry: SourceSummary = { name: s.text.replace(/^[-•*–]\s*/, ''), type: 'listed', sentences: 0, listed: true };
      if (s.sourceHref) entry.href = s.sourceHref;
      else entry.note = 'Listed by title in the article’s “Sources”, without a link: the reader cannot check it from the page.';
      listed.push(entry);
      continue;
    }
    if (!s.source || s.sourceType === 'none') continue;
    const type = typeOf(s);
    const name = type === 'link' && s.sourceHref ? hostOf(s.sourceHref) : (s.speaker ?? s.source);
    // Links are one source per site: six links to the outlet's own pages are one entry, not six.
    const key = `${type}:${name.toLowerCase()}`;
    const entry = byKey.get(key);
    if (entry) entry.sentences++;
    else {
      const summary: SourceSummary = { name, type, sentences: 1 };
      if (type === 'link' && s.sourceHref) summary.href = s.sourceHref;
      byKey.set(key, summary);
    }
  }
  return [...[...byKey.values()].sort((a, b) => b.sentences - a.sentences), ...listed];
}
