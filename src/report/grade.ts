import type { LinkSummary, SentenceReport, SourceSummary } from '../types';

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
    // CredCo "number of quoted sources".
    apply: (e) =>
      e.namedSources.length >= 3
        ? { points: 5, reason: `${e.namedSources.length} different named sources.` }
        : e.namedSources.length === 0
          ? { points: -5, reason: 'No named source is quoted or cited.' }
          : null,
  },
  {
    // W3C "original documents cited" (a report, data, a filing, or a link to the source).
    apply: (e) =>
      e.documents + e.externalLinks > 0
        ? { points: Math.min(10, 3 * e.documents + 2 * e.externalLinks), reason: `Cites ${[e.documents ? plural(e.documents, 'document') : '', e.externalLinks ? plural(e.externalLinks, 'link') + ' to outside sources' : ''].filter(Boolean).join(' and ')}.` }
        : { points: 0, reason: 'No links to primary sources or documents.' },
  },
];

export function gradeArticle(sentences: SentenceReport[], sources: SourceSummary[], links: LinkSummary[]): Grade {
  const claims = sentences.filter((s) => !s.heading && s.label !== 'neutral');
  const count = (label: keyof typeof SOURCE_WEIGHT) => claims.filter((s) => s.label === label).length;
  const evidence: Evidence = {
    claims: claims.length,
    named: count('named'),
    anonymous: count('anonymous'),
    vague: count('vague'),
    unsourced: count('unsourced'),
    namedSources: sources.filter((s) => NAMED_KINDS.has(s.type)),
    anonymousSources: sources.filter((s) => s.type === 'anonymous'),
    documents: sources.filter((s) => s.type === 'document').length,
    externalLinks: links.filter((l) => l.external).length,
  };
  // W3C "no source type cited": nothing to weigh.
  if (evidence.claims === 0) return { score: 0, grade: '–', reasons: ['No checkable claims found.'] };

  const weighted = (Object.keys(SOURCE_WEIGHT) as (keyof typeof SOURCE_WEIGHT)[]).reduce((sum, label) => sum + SOURCE_WEIGHT[label] * count(label), 0);
  let score = (100 * weighted) / evidence.claims;
  const reasons = [`${evidence.named} of ${plural(evidence.claims, 'claim')} cite a named source.`];
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
