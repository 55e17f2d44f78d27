// npx tsx scripts/focus-report.ts [--verbose]: what reading only the article's region
// (src/extract/focus.ts) changes, on every page of tests/fixtures: the 181 extraction-benchmark pages,
// the 16 news pages and the 3 seeds. Each page is extracted twice, from two parses of the same HTML:
// as it is, and reduced to its region. Reported: how much of the body's HTML the region keeps, and
// on how many pages the article text, title, byline or publisher signals differ, with the shingle F1
// of both against the benchmark's ground truth. Run it after changing the region's rule.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pageF1, scoreCorpus, scorePage, type PageScore } from '../bench/lib/shingle-metric';
import { parseHtml } from '../src/cli/dom';
import { extractArticle } from '../src/extract';
import { blocksToText } from '../src/extract/blocks';
import { focusDocument } from '../src/extract/focus';
import { NoArticleError } from '../src/types';

const FIXTURES = new URL('../tests/fixtures/', import.meta.url).pathname;
const verbose = process.argv.includes('--verbose');

interface Page {
  name: string;
  html: string;
  url: string;
  truth?: string;
}

function corpus(): Page[] {
  const truth: Record<string, { url: string; articleBody: string }> = JSON.parse(readFileSync(join(FIXTURES, 'extraction/ground-truth.json'), 'utf8'));
  const extraction = readdirSync(join(FIXTURES, 'extraction/html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.html.gz'.length);
      return { name: id.slice(0, 12), html: gunzipSync(readFileSync(join(FIXTURES, 'extraction/html', f))).toString('utf8'), url: truth[id].url, truth: truth[id].articleBody };
    });
  const news = readdirSync(join(FIXTURES, 'news'))
    .filter((d) => !d.includes('.'))
    .sort()
    .map((d) => ({ name: `news/${d}`, html: readFileSync(join(FIXTURES, 'news', d, 'source.html'), 'utf8'), url: `https://news.example/${d}` }));
  const seeds = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f, html: readFileSync(join(FIXTURES, f), 'utf8'), url: `https://news.example/${f}` }));
  return [...extraction, ...news, ...seeds];
}

interface Extracted {
  text: string;
  title: string;
  byline: string;
  publisher: string;
}

function extract(page: Page, region: boolean): { extracted: Extracted; kept: number } {
  const doc = parseHtml(page.html, page.url);
  const before = doc.body?.outerHTML.length ?? 0;
  // `focused: true` tells the extraction the page is already reduced: on the untouched parse it reads
  // the whole page, as before the region existed.
  const cut = region && focusDocument(doc);
  const kept = cut ? doc.body.outerHTML.length / before : 1;
  try {
    const a = extractArticle(doc, { url: page.url, focused: true });
    return { extracted: { text: blocksToText(a.blocks), title: a.title, byline: a.byline, publisher: JSON.stringify(a.publisherSignals) }, kept };
  } catch (error) {
    if (!(error instanceof NoArticleError)) throw error;
    return { extracted: { text: '', title: '', byline: '', publisher: '' }, kept };
  } finally {
    (doc.defaultView as unknown as { close(): void } | null)?.close();
  }
}

const differs = { text: 0, title: 0, byline: 0, publisher: 0 };
const kept: number[] = [];
const scores: { whole: PageScore[]; region: PageScore[] } = { whole: [], region: [] };
const pages = corpus();
for (const page of pages) {
  const whole = extract(page, false).extracted;
  const { extracted: region, kept: share } = extract(page, true);
  kept.push(share);
  if (page.truth !== undefined) {
    scores.whole.push(scorePage(page.truth, whole.text));
    scores.region.push(scorePage(page.truth, region.text));
  }
  for (const key of Object.keys(differs) as (keyof Extracted)[]) {
    if (whole[key] === region[key]) continue;
    differs[key]++;
    const f1 = page.truth !== undefined && key === 'text' ? ` (F1 ${pageF1(scorePage(page.truth, whole.text)).toFixed(3)} -> ${pageF1(scorePage(page.truth, region.text)).toFixed(3)})` : '';
    console.log(`${page.name}: ${key} differs${f1}${verbose && key !== 'text' ? `: ${JSON.stringify(whole[key])} -> ${JSON.stringify(region[key])}` : ''}`);
  }
  if (verbose) console.log(`${page.name}: region keeps ${(100 * share).toFixed(0)}% of the body's HTML`);
}

const sorted = [...kept].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
console.log(`\n${pages.length} pages; ${kept.filter((k) => k === 1).length} have no region and are read whole`);
console.log(`share of the body's HTML kept: median ${(100 * at(0.5)).toFixed(0)}%, first quartile ${(100 * at(0.25)).toFixed(0)}%`);
console.log(`pages whose text differs ${differs.text}, title ${differs.title}, byline ${differs.byline}, publisher signals ${differs.publisher}`);
console.log(`extraction benchmark (${scores.whole.length} pages), shingle F1: whole page ${scoreCorpus(scores.whole).f1.toFixed(4)}, region ${scoreCorpus(scores.region).f1.toFixed(4)}`);
