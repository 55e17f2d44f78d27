// npm run eval: how well the sentence labels agree with the labeled corpus (SOURCING.md), as the
// held-out evaluation measures them: the whole engine runs on each saved page, as `sourcelight analyze
// --json FILE` would, and each gold sentence takes the label of our sentence that covers it.
//
// Three sets, in this order:
//   test  the frozen test part of tests/fixtures/corpus (split by site, scripts/corpus/split.ts). No rule,
//         word list or model is tuned on it: this script prints its figures in aggregate only.
//   dev   the development part of the corpus, with per-page figures and every disagreement written to
//         bench/results/eval-dev-errors.txt.
//   seed  the six pages the first rules were written on (three seed articles, three news pages).
// For test and dev, the editors' column is one labeler scored against the other on all the sentences
// both labeled (agreed or not):
// the ceiling a classifier can be measured against. Scores count the sentences both labelers agree on
// (as the held-out sets do); `--adjudicated` adds the ones a third reading decided.
// A report, not a test: exits 0.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../src/analyze';
import { classifyBlocks } from '../src/attribution';
import { declaredUrl, parseHtml } from '../src/cli/dom';
import { extractArticle } from '../src/extract';
import { runReadability } from '../src/extract/readability';
import type { Label, SentenceReport } from '../src/types';
import { CORPUS_DIR, LABELS_DIR, readJsonl, readLabels } from './corpus/corpus';
import { corpusPageHtml, corpusPagePart } from './corpus/page-source';
import type { GoldLabel } from './corpus/gold';
import { matchSentences } from './lib/match';
import { LABELS, score, type Pair, type Prf, type Scores } from './lib/score';

const ROOT = new URL('..', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures');
const withAdjudicated = process.argv.includes('--adjudicated');

interface Gold {
  id: string;
  text: string;
  label: Label;
  /** The two labelers' verdicts, where the page was labeled twice. */
  a?: Label;
  b?: Label;
}

interface Page {
  name: string;
  part: 'test' | 'dev' | 'seed';
  html: () => string;
  gold: Gold[];
}


function corpusPages(): Page[] {
  const goldDir = join(CORPUS_DIR, 'gold');
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.jsonl$/, '');
      const gold = readJsonl<GoldLabel>(join(goldDir, f)).filter((g) => g.agreed || withAdjudicated);
      return { name, part: corpusPagePart(name), html: () => corpusPageHtml(name), gold };
    });
}

function seedPages(): Page[] {
  const page = (name: string, html: string, labels: string): Page => ({
    name,
    part: 'seed',
    html: () => readFileSync(html, 'utf8'),
    gold: readJsonl<Gold & { disputed?: unknown }>(labels).filter((g) => !g.disputed),
  });
  return [
    ...['kursk-pushback', 'kursk-mobilization', 'kursk-summary'].map((n) =>
      page(n, join(FIXTURES, `${n}.html`), join(FIXTURES, `${n}.labels.jsonl`)),
    ),
    ...['wapo-1', 'cnn', 'bbc-1'].map((n) =>
      page(n, join(FIXTURES, 'news', n, 'source.html'), join(FIXTURES, 'news', n, 'labels.jsonl')),
    ),
  ];
}

/** The engine on one saved page, exactly as `sourcelight analyze --json FILE` runs it. */
function analyzePage(html: string): SentenceReport[] {
  const url = declaredUrl(html);
  try {
    return analyzeDocument(parseHtml(html, url), { url, disposable: true }).sentences;
  } catch {
    return []; // refused as no article: every gold sentence is then missing
  }
}

interface Judged {
  page: string;
  gold: Gold;
  ours?: SentenceReport;
}

function judgePage(page: Page): Judged[] {
  const ours = analyzePage(page.html());
  const matches = matchSentences(
    page.gold.map((g) => g.text),
    ours.map((s) => s.text),
  );
  return page.gold.map((g, i) => ({ page: page.name, gold: g, ours: matches[i].predicted >= 0 ? ours[matches[i].predicted] : undefined }));
}

const predicted = (j: Judged): Label => j.ours?.label ?? 'neutral';
const oursPairs = (js: Judged[]): Pair[] => js.map((j) => ({ gold: j.gold.label, predicted: predicted(j) }));
/** One labeler against the other on every sentence both labeled on these pages, agreed or not. */
function editorPairs(pageNames: string[]): Pair[] {
  return pageNames.flatMap((page) => {
    const a = join(LABELS_DIR, 'a', `${page}.jsonl`);
    const b = join(LABELS_DIR, 'b', `${page}.jsonl`);
    if (!existsSync(a) || !existsSync(b)) return [];
    const second = new Map(readLabels(b).map((l) => [l.id, l.label]));
    return readLabels(a).flatMap((l) => (second.has(l.id) ? [{ gold: l.label, predicted: second.get(l.id)! }] : []));
  });
}

const f2 = (n: number) => n.toFixed(3);
function table(title: string, ours: Scores, editors?: Scores): string {
  const rows = [title];
  rows.push(`  ${'label'.padEnd(10)} ${'editors F1'.padStart(10)}   ${'ours P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   gold  ours`);
  const row = (name: string, p: Prf, e?: Prf) =>
    rows.push(
      `  ${name.padEnd(10)} ${(e ? f2(e.f1) : '-').padStart(10)}   ${f2(p.precision).padStart(6)} ${f2(p.recall).padStart(6)} ${f2(p.f1).padStart(6)}   ${String(p.support).padStart(4)}  ${String(p.predicted).padStart(4)}`,
    );
  row('flagged', ours.flagged, editors?.flagged);
  row('weak', ours.weak, editors?.weak);
  for (const l of LABELS) row(l, ours.labels[l], editors?.labels[l]);
  rows.push(`  ${'accuracy'.padEnd(10)} ${(editors ? f2(editors.accuracy) : '-').padStart(10)}   ${''.padStart(13)} ${f2(ours.accuracy).padStart(6)}`);
  return rows.join('\n');
}

const pages = [...corpusPages(), ...seedPages()];
const judged: Record<Page['part'], Judged[]> = { test: [], dev: [], seed: [] };
const perPage: Record<string, Scores> = {};
const started = performance.now();
for (const page of pages) {
  const js = judgePage(page);
  judged[page.part].push(...js);
  if (page.part !== 'test') perPage[page.name] = score(oursPairs(js));
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);

/**
 * The part's figures by where its pages come from: the pages labeled first (the extraction benchmark's
 * and the news pages) and the Dragnet pages added in the seventeenth session, so that figures stay
 * comparable with the earlier sessions' while the corpus grows.
 */
const SOURCES = [
  { key: 'first', what: 'pages labeled first (extraction benchmark, news)', has: (page: string) => !page.startsWith('d-') },
  { key: 'dragnet', what: 'Dragnet pages (added in sessions 17 and 18)', has: (page: string) => page.startsWith('d-') },
];
function bySource(part: 'test' | 'dev', js: Judged[]): string {
  const rows = [`  by source (F1: flagged weak named anonymous vague unsourced neutral, accuracy)`];
  for (const source of SOURCES) {
    const own = js.filter((j) => source.has(j.page));
    if (!own.length) continue;
    const s = score(oursPairs(own));
    results[`${part}:${source.key}`] = s;
    const f1s = [s.flagged, s.weak, ...LABELS.map((l) => s.labels[l])].map((x) => f2(x.f1)).join(' ');
    rows.push(`  ${source.what}: ${new Set(own.map((j) => j.page)).size} pages, ${own.length} sentences: ${f1s}, ${f2(s.accuracy)}`);
  }
  return rows.join('\n');
}

const count = (part: Page['part']) => pages.filter((p) => p.part === part).length;
const results: Record<string, Scores> = {};
for (const part of ['test', 'dev', 'seed'] as const) {
  const js = judged[part];
  if (!js.length) continue;
  results[part] = score(oursPairs(js));
  const editors = part === 'seed' ? undefined : score(editorPairs(pages.filter((p) => p.part === part).map((p) => p.name)));
  const missing = js.filter((j) => !j.ours).length;
  const what =
    part === 'test'
      ? 'TEST: the frozen part, never tuned on'
      : part === 'dev'
        ? 'DEV: the development part'
        : 'SEED: the pages the first rules were written on (single labeling, disputed left out)';
  const confusion = LABELS.map(
    (g) => `  gold ${g.padEnd(10)}` + LABELS.map((o) => String(js.filter((j) => j.gold.label === g && predicted(j) === o).length).padStart(10)).join(''),
  );
  console.log(
    `\n${table(`${what}: ${count(part)} pages, ${js.length} sentences${part === 'seed' ? '' : withAdjudicated ? ' (agreed and adjudicated)' : ' both editors agree on'}, ${missing} not found in our output`, results[part], editors)}`,
  );
  console.log(`  confusion (rows gold, columns ours: ${LABELS.join(', ')})\n${confusion.join('\n')}`);
  if (part !== 'seed') console.log(bySource(part, js));
}

// Per-page figures and disagreements of the development parts only: the test part is read in aggregate.
const errors: string[] = [];
for (const part of ['dev', 'seed'] as const)
  for (const j of judged[part])
    if (j.gold.label !== predicted(j))
      errors.push(
        `[${j.page} ${j.gold.id}] gold ${j.gold.label}, ours ${predicted(j)}${j.ours?.source ? ` (source "${j.ours.source}")` : ''}: ${j.gold.text}\n    → ${j.ours ? j.ours.reason : '(no sentence of ours covers it)'}`,
      );
const worst = Object.entries(perPage)
  .filter(([, s]) => s.sentences >= 10)
  .sort((x, y) => x[1].accuracy - y[1].accuracy)
  .slice(0, 12)
  .map(([name, s]) => `${name} ${f2(s.accuracy)} (${s.sentences})`);
console.log(`\nlowest accuracy, dev and seed pages: ${worst.join(', ')}`);

// Classification time against Readability's on the seed pages (the bench measures this properly).
const timing = seedPages().map((page) => {
  const html = page.html();
  const url = declaredUrl(html);
  const doc = parseHtml(html, url);
  const article = extractArticle(doc, { url });
  const best = (run: () => void) => {
    let ms = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      run();
      ms = Math.min(ms, performance.now() - t0);
    }
    return ms;
  };
  return best(() => classifyBlocks(article.blocks, { lang: article.lang })) / best(() => runReadability(doc));
});
timing.sort((x, y) => x - y);
console.log(`classification / Readability, median of the seed pages: ${f2(timing[Math.floor(timing.length / 2)])}`);

const out = join(ROOT, 'bench/results/eval.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), results, perPage }, null, 1));
writeFileSync(join(ROOT, 'bench/results/eval-dev-errors.txt'), errors.join('\n') + '\n');
console.log(`${pages.length} pages in ${seconds} s; wrote ${out} and the dev disagreements (${errors.length}) to bench/results/eval-dev-errors.txt`);
