// npm run eval:genre: how well the kind of article (report.genre) agrees with two editors' labels of the
// 176 English corpus pages (tests/fixtures/corpus/genre/, labeled by docs/GENRE-LABELING.md). The whole
// engine runs on each saved page, as `sourcelight analyze --json` does, and its report.genre is compared.
//
// Two parts, in this order:
//   test  the frozen test part of tests/fixtures/corpus/split.json (split by site). Nothing is tuned on
//         it: its figures are printed in aggregate only, never a page's name or text.
//   dev   the development part (the other extraction pages, and the news pages of tests/fixtures/news),
//         with every error listed in bench/results/genre-dev-errors.txt.
// For each part: accuracy on the pages both editors agree on, and on every page with the adjudicated
// kind where they differ (adjudication.jsonl); the editors' agreement (raw and Cohen's kappa), the
// share a guess of "news" for every page would score, per-kind precision and recall on the adjudicated
// set, and its confusion matrix. A page the engine refuses as "no article" counts as a guess of "list"
// (the labeling guide's "list" is "not an article"). A report, not a test: exits 0.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../src/analyze';
import { declaredUrl, parseHtml } from '../src/cli/dom';
import { NoArticleError, type Genre } from '../src/types';
import { englishCorpusPages } from './lib/english-pages';
import { agreement, kindScores, type GenrePair } from './lib/genre-score';

const ROOT = new URL('..', import.meta.url).pathname;
const CORPUS = join(ROOT, 'tests/fixtures/corpus');
const GENRE_DIR = join(CORPUS, 'genre');
const GENRES: Genre[] = ['news', 'opinion', 'analysis', 'review', 'live', 'newsletter', 'list'];

interface Label {
  page: string;
  genre: Genre;
  confidence?: string;
  note?: string;
}
interface Verdict {
  page: string;
  genre: Genre;
  note: string;
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function byPage<T extends { page: string }>(file: string): Map<string, T> {
  const rows = existsSync(file) ? readJsonl<T>(file) : [];
  const map = new Map(rows.map((r) => [r.page, r]));
  for (const r of rows) if (!GENRES.includes((r as unknown as Label).genre)) throw new Error(`${file}: ${r.page} has an unknown kind`);
  return map;
}

const labelsA = byPage<Label>(join(GENRE_DIR, 'labels-a.jsonl'));
const labelsB = byPage<Label>(join(GENRE_DIR, 'labels-b.jsonl'));
const verdicts = byPage<Verdict>(join(GENRE_DIR, 'adjudication.jsonl'));
const split = JSON.parse(readFileSync(join(CORPUS, 'split.json'), 'utf8')) as Record<string, { part: 'test' | 'dev' }>;
const partOf = (name: string): 'test' | 'dev' => (name.startsWith('z-') ? (split[name]?.part ?? 'dev') : 'dev');

interface Judged {
  page: string;
  part: 'test' | 'dev';
  a: Genre;
  b: Genre;
  /** The editors' kind where they agree, else the adjudicated one; undefined when not adjudicated yet. */
  gold?: Genre;
  agreed: boolean;
  ours: Genre;
  refused: boolean;
  reason: string;
  title: string;
}

/** The engine on one saved page, as `sourcelight analyze --json` runs it (the address as the baseline takes it). */
function guess(html: string, recordedUrl: string): { ours: Genre; refused: boolean; reason: string; title: string } {
  const url = declaredUrl(html) || recordedUrl;
  try {
    const report = analyzeDocument(parseHtml(html, url), { url, disposable: true });
    return { ours: report.genre, refused: false, reason: report.genreReason, title: report.title };
  } catch (error) {
    if (!(error instanceof NoArticleError)) throw error;
    return { ours: 'list', refused: true, reason: `refused: ${error.message}`, title: '' };
  }
}

const started = performance.now();
const judged: Judged[] = [];
const unlabeled: string[] = [];
for (const page of englishCorpusPages()) {
  const a = labelsA.get(page.name)?.genre;
  const b = labelsB.get(page.name)?.genre;
  if (!a || !b) {
    unlabeled.push(page.name);
    continue;
  }
  const agreed = a === b;
  const gold = agreed ? a : verdicts.get(page.name)?.genre;
  judged.push({ page: page.name, part: partOf(page.name), a, b, gold, agreed, ...guess(page.html(), page.url) });
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
const f3 = (n: number) => (Number.isNaN(n) ? '  -  ' : n.toFixed(3));
const accuracy = (pairs: GenrePair[]) => (pairs.length ? pairs.filter((p) => p.gold === p.predicted).length / pairs.length : NaN);

const results: Record<string, unknown> = {};
for (const part of ['test', 'dev'] as const) {
  const js = judged.filter((j) => j.part === part);
  if (!js.length) continue;
  const agreedPairs = js.filter((j) => j.agreed).map((j) => ({ gold: j.gold!, predicted: j.ours }));
  const adjudicated = js.filter((j) => j.gold);
  const goldPairs = adjudicated.map((j) => ({ gold: j.gold!, predicted: j.ours }));
  const editors = agreement(js.map((j) => ({ gold: j.a, predicted: j.b })), GENRES);
  const allNews = accuracy(adjudicated.map((j) => ({ gold: j.gold!, predicted: 'news' })));
  const kinds = kindScores(goldPairs, GENRES);
  const editorA = accuracy(adjudicated.map((j) => ({ gold: j.gold!, predicted: j.a })));
  const editorB = accuracy(adjudicated.map((j) => ({ gold: j.gold!, predicted: j.b })));
  const pending = js.length - adjudicated.length;
  results[part] = {
    pages: js.length,
    agreedPages: agreedPairs.length,
    accuracyAgreed: accuracy(agreedPairs),
    adjudicatedPages: adjudicated.length,
    accuracyAdjudicated: accuracy(goldPairs),
    editors,
    editorAccuracy: { a: editorA, b: editorB },
    allNewsAccuracy: allNews,
    kinds,
  };
  const title = part === 'test' ? 'TEST: the frozen part, never tuned on' : 'DEV: the development part';
  console.log(`\n${title}: ${js.length} pages`);
  console.log(`  accuracy, pages both editors agree on:  ${pct(accuracy(agreedPairs))} (${agreedPairs.filter((p) => p.gold === p.predicted).length}/${agreedPairs.length})`);
  console.log(
    `  accuracy, agreed + adjudicated:          ${pct(accuracy(goldPairs))} (${goldPairs.filter((p) => p.gold === p.predicted).length}/${goldPairs.length})${pending ? `; ${pending} disagreements not adjudicated` : ''}`,
  );
  console.log(`  editors' agreement: raw ${pct(editors.raw)}, Cohen's kappa ${f3(editors.kappa)}; each editor against the adjudicated kind: ${pct(editorA)}, ${pct(editorB)}`);
  console.log(`  "news" for every page would score ${pct(allNews)}`);
  console.log(`  ${'kind'.padEnd(11)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  gold  ours`);
  for (const g of GENRES) {
    const k = kinds[g];
    if (!k.support && !k.predicted) continue;
    console.log(`  ${g.padEnd(11)} ${f3(k.precision).padStart(6)} ${f3(k.recall).padStart(6)} ${f3(k.f1).padStart(6)}  ${String(k.support).padStart(4)}  ${String(k.predicted).padStart(4)}`);
  }
  console.log(`  confusion, agreed + adjudicated (rows: the editors' kind; columns: ours)`);
  console.log(`  ${''.padEnd(11)}${GENRES.map((g) => g.slice(0, 8).padStart(9)).join('')}`);
  for (const g of GENRES) {
    const row = GENRES.map((o) => goldPairs.filter((p) => p.gold === g && p.predicted === o).length);
    if (row.some(Boolean)) console.log(`  ${g.padEnd(11)}${row.map((n) => String(n).padStart(9)).join('')}`);
  }
}

// Errors of the development part only: the test part is read in aggregate.
const errors = judged
  .filter((j) => j.part === 'dev' && j.gold && j.gold !== j.ours)
  .map(
    (j) =>
      `[${j.page}] editors ${j.agreed ? j.gold : `${j.a} / ${j.b}, adjudicated ${j.gold}`}; ours ${j.ours}: ${j.title}\n    → ${j.reason}`,
  );
const out = join(ROOT, 'bench/results/genre.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), results }, null, 1) + '\n');
writeFileSync(join(ROOT, 'bench/results/genre-dev-errors.txt'), errors.join('\n') + (errors.length ? '\n' : ''));
if (unlabeled.length) console.log(`\n${unlabeled.length} pages not labeled by both editors, left out`);
console.log(`\n${judged.length} pages in ${seconds} s; wrote ${out} and the dev errors (${errors.length}) to bench/results/genre-dev-errors.txt`);
