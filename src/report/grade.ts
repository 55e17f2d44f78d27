import type { Genre, LinkSummary, SentenceReport, SourceSummary } from '../types';
import { siteOf } from '../text/site';

// An explainable grade. The base is the share of checkable claims that cite a source, weighted by how
// checkable the source is; then one adjustment per published credibility signal:
//   W3C Credible Web Community Group, "Credibility Signals" (2018-2020 drafts): anonymous sources cited,
//     a single anonymous source materially cited, original documents cited, no source type cited.
//   Credibility Coalition (Zhang et al., "A Structured Response to Misinformation", WWW 2018): number of
//     quoted sources, dependency on anonymous sources.
// Every signal that applies adds a reason in plain words, so the reader can see how the grade was made.

export interface Grade {
  score: number;
  grade: string;
  reasons: string[];
}

/** How much a claim counts as sourced, by who it is attributed to. */
export const SOURCE_WEIGHT = { named: 1, anonymous: 0.5, vague: 0.25, unsourced: 0 } as const;

export const GRADE_BANDS: [number, string][] = [
  [80, 'A'],
  [65, 'B'],
  [50, 'C'],
  [35, 'D'],
  [0, 'F'],
];

const NAMED_KINDS = new Set(['person', 'organisation', 'document', 'role', 'link', 'named']);
/** A single anonymous source is "material" when it carries at least this many sentences. */
const MATERIAL_SENTENCES = 3;
/** Breadth of named sources adds at most this much (reached at eight sources). */
const MAX_BREADTH_POINTS = 15;
/** Links to the outlet's own earlier reports add at most this much. */
const MAX_OWN_REPORT_POINTS = 5;

/** An address that names an article: a path with a slug or an id, not a home or section page. */
function isArticleAddress(href: string): boolean {
  try {
    const segments = new URL(href).pathname.split('/').filter(Boolean);
    const last = segments.at(-1) ?? '';
    return segments.length >= 2 && (last.split('-').length >= 3 || /\d{4,}/.test(last));
  } catch {
    return false;
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface Evidence {
  claims: number;
  named: number;
  anonymous: number;
  vague: number;
  unsourced: number;
  namedSources: SourceSummary[];
  anonymousSources: SourceSummary[];
  documents: number;
  externalLinks: number;
  /** Links in the text to the outlet's own earlier articles (not its furniture). */
  ownReports: number;
}

interface Signal {
  /** Points added to (or taken from) the base score, and the reason shown; null when it does not apply. */
  apply(e: Evidence): { points: number; reason: string } | null;
}

const SIGNALS: Signal[] = [
  {
    // W3C "anonymous sources cited"; CredCo "dependency on anonymous sources".
    apply: (e) =>
      e.anonymous === 0
        ? null
        : e.anonymous > e.named
          ? { points: -10, reason: `Depends on anonymous sources: ${plural(e.anonymous, 'sentence')} cite them, ${e.named} a named source.` }
          : { points: 0, reason: `${plural(e.anonymous, 'sentence')} rest on anonymous sources.` },
  },
  {
    // W3C "single anonymous source materially cited".
    apply: (e) => {
      if (e.anonymousSources.length !== 1) return null;
      const only = e.anonymousSources[0];
      return only.sentences >= MATERIAL_SENTENCES
        ? { points: -5, reason: `A single anonymous source (“${only.name}”) carries ${plural(only.sentences, 'sentence')}.` }
        : null;
    },
  },
  {
    apply: (e) => (e.vague === 0 ? null : { points: 0, reason: `${plural(e.vague, 'vague attribution')} (“experts say”, “reports indicate”).` }),
  },
  {
    apply: (e) => (e.unsourced === 0 ? null : { points: 0, reason: `${plural(e.unsourced, 'claim')} with no source at all.` }),
  },
  {
    // CredCo "number of quoted sources": each named source beyond the second adds to the base, so a wire
    // story that quotes many officials does not rank with a page that quotes nobody.
    apply: (e) =>
      e.namedSources.length >= 3
        ? { points: Math.min(MAX_BREADTH_POINTS, 5 + 2 * (e.namedSources.length - 3)), reason: `${e.namedSources.length} different named sources.` }
        : e.namedSources.length === 0
          ? { points: -5, reason: 'No named source is quoted or cited.' }
          : null,
  },
  {
    // The outlet's own earlier reports, linked from the text: a source the reader can follow, if not an
    // independent one.
    apply: (e) => (e.ownReports > 0 ? { points: Math.min(MAX_OWN_REPORT_POINTS, e.ownReports), reason: `Links to ${plural(e.ownReports, 'earlier report')} of the same outlet.` } : null),
  },
  {
    // W3C "original documents cited" (a report, data, a filing, or a link to the source).
    apply: (e) =>
      e.documents + e.externalLinks > 0
        ? { points: Math.min(10, 3 * e.documents + 2 * e.externalLinks), reason: `Cites ${[e.documents ? plural(e.documents, 'document') : '', e.externalLinks ? plural(e.externalLinks, 'link') + ' to outside sources' : ''].filter(Boolean).join(' and ')}.` }
        : { points: 0, reason: 'No links to primary sources or documents.' },
  },
];

/** Kinds of article where the writer's own views are expected: only their factual claims are weighed. */
const VIEWS_EXPECTED: Partial<Record<Genre, string>> = {
  opinion: 'Opinion: the writer’s own views are expected here; the grade weighs only the factual claims.',
  analysis: 'Analysis: the writer’s own reading is expected here; the grade weighs only the factual claims.',
  review: 'Review: the critic’s own verdict is expected here; the grade weighs only the factual claims.',
};

/**
 * Whether a sentence weighs in the grade. A quote without a claim ("Yeah," said one voter; "I'm
 * thrilled," she said) names its speaker but sources nothing: it carries no weight either way. Where
 * the writer's views are expected, only the factual claims weigh.
 */
function weighs(s: SentenceReport, genre: Genre): boolean {
  if (s.heading || s.label === 'neutral') return false;
  if (s.quote && !s.claim) return false;
  return !VIEWS_EXPECTED[genre] || s.claim;
}

/**
 * The named sources, each once: a link source is its site, and the page's own site is not an
 * independent source (its earlier reports count as such, see `ownReports`).
 */
function distinctNamedSources(sources: SourceSummary[], pageUrl: string): SourceSummary[] {
  // No address: every link source counts.
  const pageHost = siteOf(pageUrl);
  const seen = new Set<string>();
  return sources.filter((s) => {
    if (!NAMED_KINDS.has(s.type)) return false;
    if (s.type === 'link' && pageHost && (s.name === pageHost || pageHost.endsWith(`.${s.name}`) || s.name.endsWith(`.${pageHost}`))) return false;
    const key = `${s.type}:${s.name.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function gradeArticle(sentences: SentenceReport[], sources: SourceSummary[], links: LinkSummary[], genre: Genre = 'news', pageUrl = ''): Grade {
  // A listing of links or scores makes no claims of its own to source.
  if (genre === 'list') return { score: 0, grade: '–', reasons: ['A listing of links, scores or short entries: not graded.'] };
  const claims = sentences.filter((s) => weighs(s, genre));
  // Counted once for every label, not with a filtered copy of the claims each time a figure is asked.
  const tally = new Map<string, number>();
  for (const s of claims) tally.set(s.label, (tally.get(s.label) ?? 0) + 1);
  const count = (label: keyof typeof SOURCE_WEIGHT) => tally.get(label) ?? 0;
  const evidence: Evidence = {
    claims: claims.length,
    named: count('named'),
    anonymous: count('anonymous'),
    vague: count('vague'),
    unsourced: count('unsourced'),
    namedSources: distinctNamedSources(sources, pageUrl),
    anonymousSources: sources.filter((s) => s.type === 'anonymous'),
    documents: sources.filter((s) => s.type === 'document').length,
    externalLinks: links.filter((l) => l.external && !l.furniture).length,
    ownReports: links.filter((l) => !l.external && !l.furniture && isArticleAddress(l.href)).length,
  };
  // W3C "no source type cited": nothing to weigh.
  const views = VIEWS_EXPECTED[genre];
  if (evidence.claims === 0) return { score: 0, grade: '–', reasons: [...(views ? [views] : []), 'No checkable claims found.'] };

  const weighted = (Object.keys(SOURCE_WEIGHT) as (keyof typeof SOURCE_WEIGHT)[]).reduce((sum, label) => sum + SOURCE_WEIGHT[label] * count(label), 0);
  let score = (100 * weighted) / evidence.claims;
  const reasons = [...(views ? [views] : []), `${evidence.named} of ${plural(evidence.claims, 'claim')} cite a named source.`];
  for (const signal of SIGNALS) {
    const result = signal.apply(evidence);
    if (!result) continue;
    score += result.points;
    reasons.push(result.reason);
  }
  score = Math.max(0, Math.min(100, Math.round(score)));
  const grade = GRADE_BANDS.find(([min]) => score >= min)![1];
  return { score, grade, reasons };
}
