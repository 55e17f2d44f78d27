import type { Report, SentenceReport } from '../types';

const LABEL_TITLES: Record<string, string> = {
  anonymous: 'Anonymous sources',
  vague: 'Vague attributions',
  unsourced: 'Unsourced claims',
};

function clip(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The readable summary `sourcelight analyze` prints for a person at a terminal. */
export function formatReport(report: Report): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(report.title || '(untitled)');
  if (report.siteName || report.byline) lines.push([report.siteName, report.byline].filter(Boolean).join(' · '));
  lines.push('');
  lines.push(`Grade ${s.grade} (${s.score}/100)`);
  for (const reason of s.reasons) lines.push(`  - ${reason}`);
  lines.push('');
  lines.push(
    `${s.sentences} sentences, ${s.claims} claims: ${s.named} named, ${s.anonymous} anonymous, ` +
      `${s.vague} vague, ${s.unsourced} unsourced; ${s.quotes} quotes, ${s.externalLinks} external links.`,
  );
  // Vague cues ("reportedly", "experts") are nobody in particular: they are counted above, not listed.
  const cited = report.sources.filter((src) => src.type !== 'vague');
  if (cited.length) {
    lines.push('', 'Who is quoted or cited:');
    for (const src of cited) lines.push(src.listed ? `  ${src.name} (listed by the article${src.href ? '' : ', no link'})` : `  ${src.name} (${src.type}, ${src.sentences})`);
  }
  for (const label of ['anonymous', 'vague', 'unsourced'] as const) {
    const flagged = report.sentences.filter((x: SentenceReport) => x.label === label);
    if (!flagged.length) continue;
    lines.push('', `${LABEL_TITLES[label]} (${flagged.length}):`);
    for (const x of flagged) lines.push(`  • ${clip(x.text)}`, `      ${x.reason}`);
  }
  if (report.boilerplate.length) {
    lines.push('', `Removed as boilerplate: ${report.boilerplate.length} blocks (${[...new Set(report.boilerplate.map((b) => b.kind))].join(', ')}).`);
  }
  return lines.join('\n');
}
