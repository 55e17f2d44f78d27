import { browser } from 'wxt/browser';
import type { Label, Report, SentenceReport } from '../../src/types';
import { reportToMarkdown } from '../../src/report/markdown';
import { sendToTab, type PageState } from '../lib/messages';
import { h, safeHref } from './dom';
import { coverageLine, genreLine, standingLine } from './render-verdict';

const LABELS: { label: Exclude<Label, 'neutral'>; title: string; hint: string }[] = [
  { label: 'anonymous', title: 'Anonymous', hint: 'Attributed to a source the article does not name' },
  { label: 'vague', title: 'Vague', hint: 'Attributed to no one in particular: “experts say”, “reports indicate”' },
  { label: 'unsourced', title: 'Unsourced', hint: 'A checkable claim with no source' },
  { label: 'named', title: 'Named', hint: 'Attributed to a named person, organisation or document' },
];

const SIGNAL_TITLES: Record<string, string> = {
  publishingPrinciples: 'Publishing principles',
  correctionsPolicy: 'Corrections policy',
  unnamedSourcesPolicy: 'Policy on unnamed sources',
  ethicsPolicy: 'Ethics policy',
  masthead: 'Masthead',
  diversityPolicy: 'Diversity policy',
  verificationFactCheckingPolicy: 'Fact-checking policy',
  actionableFeedbackPolicy: 'Feedback policy',
  ownershipFundingInfo: 'Ownership and funding',
};

interface Context {
  tabId: number;
  actions: HTMLElement;
  reanalyze: () => void;
}

function gradeCard(report: Report): HTMLElement {
  const s = report.summary;
  return h(
    'section',
    { class: 'grade', 'aria-labelledby': 'grade-title' },
    h('div', { class: `grade-letter grade-${s.grade.replace(/[^A-F]/, 'none')}`, 'data-grade': s.grade, 'aria-hidden': 'true' }, s.grade),
    h(
      'div',
      { class: 'grade-body' },
      s.grade === '–'
        ? h('h2', { id: 'grade-title', class: 'grade-title' }, 'Not graded')
        : h('h2', { id: 'grade-title', class: 'grade-title' }, `Grade ${s.grade} · `, h('span', { 'data-score': '' }, String(s.score)), '/100'),
      standingLine(report),
      h('ul', { class: 'reasons' }, ...s.reasons.map((r) => h('li', {}, r))),
    ),
  );
}

function counts(report: Report): HTMLElement {
  const s = report.summary;
  return h(
    'section',
    { class: 'counts', 'aria-label': 'Sentences by label' },
    ...LABELS.map(({ label, title, hint }) =>
      h('div', { class: `count count-${label}`, title: hint }, h('span', { class: 'count-n', 'data-count': label }, String(s[label])), h('span', { class: 'count-label' }, title)),
    ),
    h('p', { class: 'totals' }, `${s.sentences} sentences · ${s.claims} claims · ${s.quotes} quotes · ${s.externalLinks} outside links`),
  );
}

function whoIsQuoted(report: Report): HTMLElement | null {
  const cited = report.sources.filter((x) => !x.listed);
  const named = cited.filter((x) => x.type !== 'anonymous' && x.type !== 'vague');
  const anonymous = cited.filter((x) => x.type === 'anonymous');
  const listed = report.sources.filter((x) => x.listed);
  if (!named.length && !anonymous.length && !listed.length) return null;
  const count = (n: number) => h('span', { class: 'source-n', title: `cited in ${n} sentence${n === 1 ? '' : 's'}`, 'aria-label': `, cited in ${n} sentence${n === 1 ? '' : 's'}` }, String(n));
  const list = (items: typeof named) =>
    h('ul', { class: 'sources' }, ...items.slice(0, 12).map((x) => h('li', {}, h('span', { class: 'source-name' }, x.name), count(x.sentences))));
  return h(
    'section',
    { class: 'who', 'aria-labelledby': 'who-title' },
    h('h2', { id: 'who-title' }, 'Who is quoted'),
    named.length ? h('div', { class: 'who-group' }, h('h3', {}, 'Named'), list(named)) : null,
    anonymous.length ? h('div', { class: 'who-group' }, h('h3', {}, 'Anonymous'), list(anonymous)) : null,
    listed.length
      ? h(
          'div',
          { class: 'who-group' },
          h('h3', {}, 'Listed by the article as its sources'),
          h('ul', { class: 'listed' }, ...listed.slice(0, 8).map((x) => h('li', {}, x.href && safeHref(x.href) ? h('a', { href: safeHref(x.href)!, target: '_blank', rel: 'noopener noreferrer' }, x.name) : x.name, x.href ? null : h('span', { class: 'listed-note' }, ' (title only, no link)')))),
        )
      : null,
  );
}

function flaggedSentences(report: Report, ctx: Context): HTMLElement {
  // A listing's lines are entries, not claims of the article: they are not worth a reader's review one by one.
  if (report.genre === 'list') return h('section', { class: 'flagged', 'aria-labelledby': 'flagged-title' }, h('h2', { id: 'flagged-title' }, 'Flagged sentences'), h('p', { class: 'empty' }, 'A listing: its lines are entries, not claims, and are not listed one by one.'));
  const indexed = report.sentences.map((sentence, index) => ({ sentence, index }));
  const groups = LABELS.filter((l) => l.label !== 'named').map(({ label, title, hint }) => {
    const items = indexed.filter((x) => x.sentence.label === label);
    if (!items.length) return null;
    return h(
      'details',
      { class: `group group-${label}`, open: label === 'anonymous' || items.length <= 4, 'data-group': label },
      h('summary', {}, h('span', { class: `dot dot-${label}`, 'aria-hidden': 'true' }), `${title} (${items.length})`, h('span', { class: 'group-hint' }, hint)),
      h('ol', { class: 'sentences' }, ...items.map((x) => sentenceItem(x.sentence, x.index, ctx))),
    );
  });
  return h('section', { class: 'flagged', 'aria-labelledby': 'flagged-title' }, h('h2', { id: 'flagged-title' }, 'Flagged sentences'), ...(groups.some(Boolean) ? groups : [h('p', { class: 'empty' }, 'Nothing flagged: every claim names its source.')]));
}

function sentenceItem(sentence: SentenceReport, index: number, ctx: Context): HTMLElement {
  const reveal = async (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    const { found } = await sendToTab(ctx.tabId, 'sourcelight:reveal', { sentence: index }).catch(() => ({ found: false }));
    button.classList.toggle('not-found', !found);
    if (!found) button.title = 'This sentence could not be found in the page.';
  };
  return h(
    'li',
    {},
    h(
      'button',
      { class: 'sentence', type: 'button', 'data-sentence': index, onclick: reveal },
      h('span', { class: 'sentence-text' }, sentence.text),
      h('span', { class: 'sentence-reason' }, sentence.reason),
    ),
  );
}

function linkList(title: string, id: string, items: { href: string; text: string }[]): HTMLElement | null {
  const safe = items.map((x) => ({ ...x, href: safeHref(x.href) })).filter((x): x is { href: string; text: string } => !!x.href);
  if (!safe.length) return null;
  return h(
    'section',
    { class: 'links', 'aria-labelledby': id },
    h('h2', { id }, title),
    h('ul', {}, ...safe.slice(0, 15).map((x) => h('li', {}, h('a', { href: x.href, target: '_blank', rel: 'noopener noreferrer' }, x.text || new URL(x.href).hostname)))),
  );
}

function footer(report: Report): HTMLElement {
  const copy = async (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    try {
      await navigator.clipboard.writeText(reportToMarkdown(report));
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Copy failed';
    }
    setTimeout(() => (button.textContent = 'Copy report'), 1500);
  };
  return h(
    'footer',
    { class: 'foot' },
    h('button', { class: 'button', type: 'button', id: 'copy-report', onclick: copy }, 'Copy report'),
    h('button', { class: 'button quiet', type: 'button', onclick: () => void browser.runtime.openOptionsPage() }, 'Options'),
    h('span', { class: 'privacy' }, 'Analysed on your device. Nothing is sent anywhere.'),
  );
}

function toolbar(state: Extract<PageState, { status: 'analyzed' }>, ctx: Context): void {
  let on = state.highlightsOn;
  const toggle = h('button', { class: 'icon-button', type: 'button', id: 'toggle-highlights', 'aria-pressed': String(on) }, on ? 'Highlights on' : 'Highlights off');
  toggle.addEventListener('click', async () => {
    on = (await sendToTab(ctx.tabId, 'sourcelight:set-highlights', { on: !on })).on;
    toggle.setAttribute('aria-pressed', String(on));
    toggle.textContent = on ? 'Highlights on' : 'Highlights off';
  });
  const again = h('button', { class: 'icon-button', type: 'button', title: 'Analyse again', 'aria-label': 'Analyse again', onclick: ctx.reanalyze }, '↻');
  ctx.actions.replaceChildren(toggle, again);
}

/** The whole summary for an analysed article. */
export function renderReport(state: Extract<PageState, { status: 'analyzed' }>, ctx: Context): HTMLElement {
  const { report } = state;
  toolbar(state, ctx);
  const signals = report.publisherSignals.map((x) => ({ href: x.href, text: SIGNAL_TITLES[x.kind] ?? x.kind }));
  return h(
    'div',
    { class: 'report' },
    h('div', { class: 'article' }, genreLine(report), h('p', { class: 'article-title' }, report.title || 'Untitled article'), report.siteName ? h('p', { class: 'article-site' }, report.siteName) : null, coverageLine(report)),
    gradeCard(report),
    counts(report),
    whoIsQuoted(report),
    flaggedSentences(report, ctx),
    linkList('Links to sources', 'links-title', report.links.filter((l) => l.external && !l.furniture)),
    linkList('The publisher’s standards', 'signals-title', signals),
    footer(report),
  );
}
