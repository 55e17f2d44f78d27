import type { Report } from '../types';

const LABEL_TITLES = { anonymous: 'Anonymous sources', vague: 'Vague attributions', unsourced: 'Unsourced claims' } as const;

/** Escapes text for Markdown so a page's words cannot become links or formatting in the copy. */
function md(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}

/** The "Copy report" text: a short Markdown summary a reader can paste anywhere. */
export function reportToMarkdown(report: Report): string {
  const s = report.summary;
  const out: string[] = [];
  out.push(`## Sourcing of "${md(report.title || 'Untitled')}"`);
  if (report.url) out.push('', `<${report.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  if (report.genre) out.push('', `Kind: ${report.genre}. ${report.coverage?.note ?? ''}`.trim());
  out.push('', `**Grade ${s.grade}** (${s.score}/100)${s.standing ? `: better sourced than ${s.standing.betterThan}% of ${s.standing.of} articles in Sourcelight’s baseline` : ''}`, '');
  for (const reason of s.reasons) out.push(`- ${md(reason)}`);
  out.push(
    '',
    `| named | anonymous | vague | unsourced | neutral |`,
    `|---|---|---|---|---|`,
    `| ${s.named} | ${s.anonymous} | ${s.vague} | ${s.unsourced} | ${s.neutral} |`,
  );
  if (report.sources.length) {
    out.push('', '### Who is quoted or cited', '');
    for (const src of report.sources) out.push(`- ${md(src.name)} (${src.type}, ${src.sentences})`);
  }
  for (const label of ['anonymous', 'vague', 'unsourced'] as const) {
    const flagged = report.sentences.filter((x) => x.label === label);
    if (!flagged.length) continue;
    out.push('', `### ${LABEL_TITLES[label]} (${flagged.length})`, '');
    for (const x of flagged) out.push(`- ${md(x.text)}`);
  }
  out.push('', '_Analysed locally by Sourcelight._');
  return out.join('\n');
}
