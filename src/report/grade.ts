import type { LinkSummary, SentenceReport, SourceSummary } from '../types';

export interface Grade {
  score: number;
  grade: string;
  reasons: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * An explainable grade from the sentence verdicts. The weights follow the W3C Credible Web signals
 * and the Credibility Coalition indicators: share of claims with a named source; dependence on
 * anonymous sources; vague attribution; documents and primary sources linked.
 */
export function gradeArticle(sentences: SentenceReport[], sources: SourceSummary[], links: LinkSummary[]): Grade {
  const claims = sentences.filter((s) => s.label !== 'neutral');
  const count = (label: string) => claims.filter((s) => s.label === label).length;
  const named = count('named');
  const anonymous = count('anonymous');
  const vague = count('vague');
  const unsourced = count('unsourced');
  const externalLinks = links.filter((l) => l.external).length;
  const reasons: string[] = [];

  if (claims.length === 0) {
    return { score: 0, grade: '–', reasons: ['No checkable claims found.'] };
  }
  // Sourced share: a named source counts fully, an anonymous one half, a vague one a quarter.
  let score = (100 * (named + 0.5 * anonymous + 0.25 * vague)) / claims.length;
  reasons.push(`${named} of ${plural(claims.length, 'claim')} cite a named source.`);
  if (anonymous > 0) {
    const namedSources = sources.filter((s) => s.type === 'named').length;
    reasons.push(`${plural(anonymous, 'sentence')} rest on anonymous sources.`);
    if (anonymous > named) {
      score -= 10;
      reasons.push('The article depends more on anonymous than on named sources.');
    } else if (namedSources === 0) {
      score -= 5;
    }
  }
  if (vague > 0) reasons.push(`${plural(vague, 'vague attribution')} ("experts say", "reports indicate").`);
  if (unsourced > 0) reasons.push(`${plural(unsourced, 'claim')} with no source at all.`);
  if (externalLinks > 0) {
    score += Math.min(10, 2 * externalLinks);
    reasons.push(`${plural(externalLinks, 'link')} to outside sources.`);
  } else {
    reasons.push('No links to primary sources.');
  }
  score = Math.max(0, Math.min(100, Math.round(score)));
  const grade = score >= 80 ? 'A' : score >= 65 ? 'B' : score >= 50 ? 'C' : score >= 35 ? 'D' : 'F';
  return { score, grade, reasons };
}
