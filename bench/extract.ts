// Article-extraction benchmark: scores `sourcelight extract` and Mozilla Readability alone, with the
// same shingle metric, on two public corpora of pages with a hand-made main text:
//   - development: tests/fixtures/extraction/ (181 pages, Scrapinghub/Zyte), on the whole corpus and on
//     two fixed halves, and timed. The extraction rules were written on these pages.
//   - labeled Dragnet pages: tests/fixtures/corpus-dragnet/ (200 pages of the sentence-labeled corpus,
//     Dragnet's training split). Its development pages (corpus name d-<id> in the development part of
//     tests/fixtures/corpus/split.json) are a second development corpus: --worst and --page show them
//     too. Its test pages are the frozen sentence test part: scored in aggregate only, one line.
//   - held out: tests/fixtures/extraction-dragnet/ (200 pages, Moz's Dragnet data), a check on pages
//     no rule was written for. Look at it in aggregate only: --worst and --page show development pages.
//
//   npm run bench:extract                       scores and timings, JSON in bench/results/extract.json
//   npm run bench:extract -- --worst 15         also the 15 development pages where we do worst, with diffs
//   npm run bench:extract -- --page 0a1b        only development pages whose id starts with 0a1b, with diffs
//   npm run bench:extract -- --no-time          skip the timed Readability run (faster iteration)
//   npm run bench:extract -- --no-held-out      the development corpora only (faster iteration)
//   npm run bench:extract -- --dom jsdom        parse with another DOM (cli (default), jsdom, happy-dom)
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { DOM_PARSERS, type DomName } from './lib/doms';
import { extractArticle } from '../src/extract';
import { blocksToText, elementToBlocks } from '../src/extract/blocks';
import { decodeHtml } from '../src/cli/decode';
import { NoArticleError } from '../src/types';
import { pageF1, scoreCorpus, scorePage, type CorpusScore, type PageScore } from './lib/shingle-metric';
import { paragraphDiff } from './lib/text-diff';

const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench/results');

interface Corpus {
  dir: string;
  title: string;
  /** The page's bytes as text. */
  decode: (bytes: Buffer) => string | Promise<string>;
}

const DEVELOPMENT: Corpus = {
  dir: join(ROOT, 'tests/fixtures/extraction'),
  title: 'development corpus: Scrapinghub/Zyte article-extraction benchmark',
  // The benchmark saved every page as UTF-8.
  decode: (bytes) => bytes.toString('utf8'),
};
const HELD_OUT: Corpus = {
  dir: join(ROOT, 'tests/fixtures/extraction-dragnet'),
  title: 'held-out corpus: Dragnet data (Moz), test split',
  // Pages kept the bytes they were crawled with (ISO-8859-1, windows-1252, UTF-8): read as the CLI does.
  decode: (bytes) => decodeHtml(bytes),
};

const LABELED_DRAGNET: Corpus = {
  dir: join(ROOT, 'tests/fixtures/corpus-dragnet'),
  title: 'labeled Dragnet pages (sentence corpus, Dragnet training split)',
  decode: (bytes) => decodeHtml(bytes),
};

/** The labeled corpus's split: a page of corpus-dragnet is `d-<id>` there; 'test' pages are frozen. */
const SPLIT: Record<string, { part: 'dev' | 'test' }> = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/corpus/split.json'), 'utf8'));
const isFrozenTestPage = (id: string) => SPLIT[`d-${id}`]?.part !== 'dev';

const { values: opts } = parseArgs({
  options: {
    worst: { type: 'string' },
    page: { type: 'string' },
    'no-time': { type: 'boolean' },
    'no-held-out': { type: 'boolean' },
    quiet: { type: 'boolean' },
    dom: { type: 'string' },
  },
});
const domName = (opts.dom ?? 'cli') as DomName;
if (!(domName in DOM_PARSERS)) {
  console.error(`bench:extract: unknown --dom "${domName}" (${Object.keys(DOM_PARSERS).join(', ')})`);
  process.exit(2);
}
const parseHtml = DOM_PARSERS[domName];

interface Truth {
  articleBody: string;
  url: string;
}

interface PageResult {
  id: string;
  url: string;
  ours: PageScore;
  readability: PageScore;
  readabilityBlocks: PageScore;
  msOurs: number;
  msReadability: number;
  oursText: string;
  error?: string;
}

function readabilityAlone(doc: Document): string {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  return parsed?.textContent ?? '';
}

/** Readability's article element turned into our blocks, joined by newlines: the second baseline. */
function readabilityBlocks(doc: Document): string {
  const parsed = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse();
  return parsed?.content ? elementToBlocks(parsed.content).map((b) => b.text).join('\n') : '';
}

function ours(doc: Document, url: string): { text: string; error?: string } {
  try {
    return { text: blocksToText(extractArticle(doc, { url }).blocks) };
  } catch (error) {
    if (error instanceof NoArticleError) return { text: '', error: error.message };
    throw error;
  }
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : 0;
};

const readTruth = (corpus: Corpus): Record<string, Truth> => JSON.parse(readFileSync(join(corpus.dir, 'ground-truth.json'), 'utf8'));

function corpusIds(corpus: Corpus, prefix?: string): string[] {
  return readdirSync(join(corpus.dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .filter((id) => !prefix || id.startsWith(prefix))
    .sort();
}

/**
 * Scores every page of `corpus`. With `timeReadability`, Readability alone runs timed, alternating
 * which of the two goes first so neither always pays for a cold cache; without, it runs only when
 * `readabilityAloneAnyway` asks, else its column repeats Readability's blocks.
 */
async function runCorpus(corpus: Corpus, ids: string[], timeReadability: boolean, readabilityAloneAnyway: boolean): Promise<PageResult[]> {
  const truth = readTruth(corpus);
  const results: PageResult[] = [];
  for (const [i, id] of ids.entries()) {
    const html = await corpus.decode(gunzipSync(readFileSync(join(corpus.dir, 'html', `${id}.html.gz`))));
    const { articleBody, url } = truth[id];
    const doc = parseHtml(html, url);
    let o: { text: string; error?: string };
    let msOurs: number;
    let rText = '';
    let msReadability = 0;
    if (i % 2 === 0) {
      [o, msOurs] = timed(() => ours(doc, url));
      if (timeReadability) [rText, msReadability] = timed(() => readabilityAlone(doc));
    } else {
      if (timeReadability) [rText, msReadability] = timed(() => readabilityAlone(doc));
      [o, msOurs] = timed(() => ours(doc, url));
    }
    const rbText = readabilityBlocks(doc);
    if (!timeReadability) rText = readabilityAloneAnyway ? readabilityAlone(doc) : rbText;
    results.push({
      id,
      url,
      ours: scorePage(articleBody, o.text),
      readability: scorePage(articleBody, rText),
      readabilityBlocks: scorePage(articleBody, rbText),
      msOurs,
      msReadability,
      oursText: o.text,
      error: o.error,
    });
    await (doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null)?.happyDOM?.close();
    (doc.defaultView as unknown as { close?(): void } | null)?.close?.();
  }
  return results;
}

type Which = 'ours' | 'readability' | 'readabilityBlocks';
const score = (rs: PageResult[], which: Which): CorpusScore => scoreCorpus(rs.map((r) => r[which]));
const fmt = (s: CorpusScore) =>
  `F1 ${s.f1.toFixed(4)}  P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}${s.empty ? `  (${s.empty} empty)` : ''}`;

/** Prints and returns the scores of each named set of pages. */
function summarise(sets: Record<string, PageResult[]>, showReadabilityAlone: boolean): Record<string, unknown> {
  const summary: Record<string, unknown> = {};
  for (const [name, rs] of Object.entries(sets)) {
    const s = {
      pages: rs.length,
      ours: score(rs, 'ours'),
      readability: score(rs, 'readability'),
      readabilityBlocks: score(rs, 'readabilityBlocks'),
    };
    summary[name] = s;
    console.log(`${name} (${rs.length} pages)`);
    console.log(`  sourcelight          ${fmt(s.ours)}`);
    if (showReadabilityAlone) console.log(`  readability         ${fmt(s.readability)}`);
    console.log(`  readability blocks  ${fmt(s.readabilityBlocks)}`);
  }
  return summary;
}

function printNoArticle(results: PageResult[]): void {
  const noArticle = results.filter((r) => r.error);
  if (noArticle.length) console.log(`no-article on ${noArticle.length} pages: ${noArticle.map((r) => r.id.slice(0, 8)).join(' ')}`);
}

function pageRecords(results: PageResult[], half?: (id: string) => string) {
  return results.map((r) => ({
    id: r.id,
    ...(half ? { half: half(r.id) } : {}),
    url: r.url,
    ours: { f1: pageF1(r.ours), precision: r.ours.precision ?? null, recall: r.ours.recall ?? null, ms: r.msOurs, noArticle: r.error ?? null },
    readability: { f1: pageF1(r.readability), precision: r.readability.precision ?? null, recall: r.readability.recall ?? null, ms: r.msReadability },
    readabilityBlocks: { f1: pageF1(r.readabilityBlocks) },
  }));
}

// --- the development corpus ---------------------------------------------------------------------
const timeIt = !opts['no-time'];
const truth = readTruth(DEVELOPMENT);
const results = await runCorpus(DEVELOPMENT, corpusIds(DEVELOPMENT, opts.page), timeIt, false);

/** The fixed split: ids are hashes, so the first hex digit splits the corpus about in half at random. */
const half = (id: string): 'A' | 'B' => (parseInt(id[0], 16) < 8 ? 'A' : 'B');

console.log(DEVELOPMENT.title);
const summary = summarise(
  {
    all: results,
    'half A (0-7)': results.filter((r) => half(r.id) === 'A'),
    'half B (8-f)': results.filter((r) => half(r.id) === 'B'),
  },
  timeIt,
);
const msOurs = median(results.map((r) => r.msOurs));
const msReadability = median(results.map((r) => r.msReadability));
console.log(
  `median ms/page: sourcelight ${msOurs.toFixed(1)}` +
    (timeIt ? `, readability ${msReadability.toFixed(1)}, ratio ${(msOurs / msReadability).toFixed(2)}` : ''),
);
printNoArticle(results);

// --- the labeled Dragnet pages: development pages scored and shown, test pages in aggregate only ----
const labeledTruth = readTruth(LABELED_DRAGNET);
const labeledDevIds = corpusIds(LABELED_DRAGNET, opts.page).filter((id) => !isFrozenTestPage(id));
const labeledDev = await runCorpus(LABELED_DRAGNET, labeledDevIds, false, true);
console.log(`\n${LABELED_DRAGNET.title}`);
const labeledScores = summarise({ development: labeledDev }, true);
printNoArticle(labeledDev);
if (!opts.page && !opts['no-held-out']) {
  const labeledTest = await runCorpus(LABELED_DRAGNET, corpusIds(LABELED_DRAGNET).filter(isFrozenTestPage), false, true);
  Object.assign(labeledScores, summarise({ 'test (frozen, aggregate only)': labeledTest }, true));
  const refused = labeledTest.filter((r) => r.error).length;
  if (refused) console.log(`no-article on ${refused} test pages`);
}
const labeled = { title: LABELED_DRAGNET.title, scores: labeledScores, pages: pageRecords(labeledDev) };

// --- the held-out corpus: scores in aggregate, never page by page -------------------------------
let heldOut: Record<string, unknown> | null = null;
if (!opts.page && !opts['no-held-out']) {
  const heldOutResults = await runCorpus(HELD_OUT, corpusIds(HELD_OUT), false, true);
  console.log(`\n${HELD_OUT.title}`);
  heldOut = {
    title: HELD_OUT.title,
    scores: summarise({ all: heldOutResults }, true),
    pages: pageRecords(heldOutResults),
  };
  printNoArticle(heldOutResults);
}

const worstN = opts.page ? results.length + labeledDev.length : Number(opts.worst ?? 0);
if (worstN > 0) {
  const textOf = (r: PageResult) => (truth[r.id] ?? labeledTruth[r.id]).articleBody;
  const worst = [...results, ...labeledDev].sort((a, b) => pageF1(a.ours) - pageF1(b.ours)).slice(0, worstN);
  for (const r of worst) {
    const t = textOf(r);
    const { extra, lost } = paragraphDiff(t, r.oursText);
    console.log(
      `\n=== ${r.id.slice(0, 12)} ${r.url}\n    ours F1 ${pageF1(r.ours).toFixed(3)} P ${(r.ours.precision ?? 0).toFixed(3)} R ${(r.ours.recall ?? 0).toFixed(3)}` +
        `  | readability F1 ${pageF1(r.readability).toFixed(3)}${r.error ? `  [${r.error}]` : ''}`,
    );
    for (const d of extra) console.log(`  + ${d.text.slice(0, 160)}`);
    for (const d of lost) console.log(`  - ${d.text.slice(0, 160)}`);
  }
}

if (!opts.page) {
  mkdirSync(RESULTS, { recursive: true });
  const out = {
    date: new Date().toISOString(),
    timed: timeIt,
    medianMs: { ours: msOurs, readability: msReadability, ratio: msReadability ? msOurs / msReadability : null },
    scores: summary,
    pages: pageRecords(results, half),
    labeled,
    heldOut,
  };
  const resultFile = domName === 'cli' ? 'extract.json' : `extract-${domName}.json`;
  writeFileSync(join(RESULTS, resultFile), `${JSON.stringify(out, null, 2)}\n`);
  if (!opts.quiet) console.log(`wrote ${join('bench/results', resultFile)}`);
}
