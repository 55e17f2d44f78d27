// npm run eval: how well the sentence labels agree with the labeled dev pages (SOURCING.md).
// Two modes: "pipeline" runs the whole engine on the saved HTML (extraction + splitting +
// classification); "units" feeds the labeled sentence units straight to classifyBlocks, so that
// classification errors can be told apart from extraction errors. A report, not a test: exits 0.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../src/analyze';
import { classifyBlocks } from '../src/attribution';
import { declaredUrl, parseHtml } from '../src/cli/dom';
import { extractArticle } from '../src/extract';
import { runReadability } from '../src/extract/readability';
import type { Label, SentenceReport } from '../src/types';
import { matchSentences } from './lib/match';
import { formatScores, score, type Pair, type Scores } from './lib/score';
import { classifyUnits } from './lib/units';

const ROOT = new URL('..', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures');

interface GoldSentence {
  id: string;
  text: string;
  label: Label;
  source: string | null;
  disputed?: Record<string, Label>;
}

interface Page {
  name: string;
  html: string;
  labels: string;
  units: string;
}

const PAGES: Page[] = [
  ...['kursk-pushback', 'kursk-mobilization', 'kursk-summary'].map((name) => ({
    name,
    html: join(FIXTURES, `${name}.html`),
    labels: join(FIXTURES, `${name}.labels.jsonl`),
    units: `seed-${name}.jsonl`,
  })),
  ...['wapo-1', 'cnn', 'bbc-1'].map((name) => ({
    name,
    html: join(FIXTURES, 'news', name, 'source.html'),
    labels: join(FIXTURES, 'news', name, 'labels.jsonl'),
    units: `${name}.jsonl`,
  })),
];

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

interface Judged {
  page: string;
  gold: GoldSentence;
  ours?: SentenceReport;
  how: string;
}

function judge(page: string, gold: GoldSentence[], ours: SentenceReport[]): Judged[] {
  const matches = matchSentences(
    gold.map((g) => g.text),
    ours.map((s) => s.text),
  );
  return gold.map((g, i) => ({
    page,
    gold: g,
    ours: matches[i].predicted >= 0 ? ours[matches[i].predicted] : undefined,
    how: matches[i].how,
  }));
}

const predictedLabel = (j: Judged): Label => j.ours?.label ?? 'neutral';
const pairs = (js: Judged[], withDisputed: boolean): Pair[] =>
  js.filter((j) => withDisputed || !j.gold.disputed).map((j) => ({ gold: j.gold.label, predicted: predictedLabel(j) }));

interface Timing {
  readabilityMs: number;
  extractMs: number;
  classifyMs: number;
}

/** Best of a few runs, so that one garbage collection does not decide the number. */
function bestTime(run: () => void, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function runPipeline(page: Page): { sentences: SentenceReport[]; timing: Timing; unmatched: number } {
  const html = readFileSync(page.html, 'utf8');
  const url = declaredUrl(html);
  const doc = parseHtml(html, url);
  const article = extractArticle(doc, { url });
  const report = analyzeArticle(article);
  const timing: Timing = {
    readabilityMs: bestTime(() => runReadability(doc), 3),
    extractMs: bestTime(() => extractArticle(doc, { url }), 3),
    classifyMs: bestTime(() => classifyBlocks(article.blocks, { lang: article.lang })),
  };
  return { sentences: report.sentences, timing, unmatched: 0 };
}

function runUnits(page: Page): SentenceReport[] {
  return classifyUnits(page.units);
}

interface ModeResult {
  overall: Scores;
  overallWithDisputed: Scores;
  pages: Record<string, Scores>;
  matching: Record<string, { exact: number; fuzzy: number; none: number; extraOurs: number }>;
  disagreements: { page: string; id: string; gold: Label; ours: Label; text: string; source?: string; reason: string }[];
}

function evaluate(mode: string, run: (page: Page) => SentenceReport[]): ModeResult {
  const all: Judged[] = [];
  const pages: Record<string, Scores> = {};
  const matching: ModeResult['matching'] = {};
  for (const page of PAGES) {
    const gold = readJsonl<GoldSentence>(page.labels);
    const ours = run(page);
    const judged = judge(page.name, gold, ours);
    all.push(...judged);
    pages[page.name] = score(pairs(judged, false));
    const matchedOurs = new Set(judged.filter((j) => j.ours).map((j) => j.ours));
    matching[page.name] = {
      exact: judged.filter((j) => j.how === 'exact').length,
      fuzzy: judged.filter((j) => j.how === 'fuzzy').length,
      none: judged.filter((j) => j.how === 'none').length,
      extraOurs: ours.filter((s) => !matchedOurs.has(s) && !s.heading).length,
    };
  }
  const disagreements = all
    .filter((j) => !j.gold.disputed && j.gold.label !== predictedLabel(j))
    .map((j) => ({
      page: j.page,
      id: j.gold.id,
      gold: j.gold.label,
      ours: predictedLabel(j),
      text: j.gold.text,
      source: j.ours?.source,
      reason: j.ours ? j.ours.reason : '(no matching sentence in our output)',
    }));
  const result: ModeResult = {
    overall: score(pairs(all, false)),
    overallWithDisputed: score(pairs(all, true)),
    pages,
    matching,
    disagreements,
  };
  console.log(`\n======== ${mode} ========`);
  console.log(formatScores('overall (disputed skipped)', result.overall));
  console.log(formatScores('overall (disputed included)', result.overallWithDisputed));
  for (const [name, s] of Object.entries(pages)) {
    const m = matching[name];
    console.log(
      `${name.padEnd(20)} flagged F1 ${s.flagged.f1.toFixed(2)}  named F1 ${s.labels.named.f1.toFixed(2)}  ` +
        `anonymous F1 ${s.labels.anonymous.f1.toFixed(2)}  accuracy ${s.accuracy.toFixed(2)}  ` +
        `(matched ${m.exact} exact, ${m.fuzzy} fuzzy, ${m.none} missing; ${m.extraOurs} of ours unlabeled)`,
    );
  }
  return result;
}

const timings: Record<string, Timing> = {};
const pipeline = evaluate('full pipeline', (page) => {
  const { sentences, timing } = runPipeline(page);
  timings[page.name] = timing;
  return sentences;
});
const units = evaluate('gold units', runUnits);

const verbose = !process.argv.includes('--quiet');
if (verbose) {
  for (const [mode, result] of [
    ['full pipeline', pipeline],
    ['gold units', units],
  ] as const) {
    console.log(`\n-------- disagreements, ${mode} (${result.disagreements.length}) --------`);
    for (const d of result.disagreements) {
      console.log(`[${d.page} ${d.id}] gold ${d.gold}, ours ${d.ours}: ${d.text}\n    → ${d.reason}`);
    }
  }
}

console.log('\n-------- speed: classification vs Readability (best of runs, ms) --------');
for (const [name, t] of Object.entries(timings)) {
  console.log(
    `${name.padEnd(20)} readability ${t.readabilityMs.toFixed(1)}  extract ${t.extractMs.toFixed(1)}  ` +
      `classify ${t.classifyMs.toFixed(2)}  ratio ${(t.classifyMs / t.readabilityMs).toFixed(3)}`,
  );
}

const out = join(ROOT, 'bench/results/eval.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), pipeline, units, timings }, null, 2));
console.log(`\nwrote ${out}`);
