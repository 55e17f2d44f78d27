// Which DOM the command line parses with (issue 21): jsdom, linkedom and happy-dom, each on the 181
// pages of the extraction benchmark. For each: time to parse, time for the whole analysis on the parsed
// page, the heap in use after all pages, and on how many pages the report (`analyze --json`) differs
// from jsdom's, the DOM the engine was developed on. Extraction F1 on each DOM:
// `npm run bench:extract -- --dom NAME`.
//
//   npx tsx bench/doms.ts                 all three
//   npx tsx bench/doms.ts --pages 40      the first 40 pages only
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../src/analyze';
import { NoArticleError } from '../src/types';
import { DOM_PARSERS, type DomName } from './lib/doms';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'tests/fixtures/extraction');
const { values: opts } = parseArgs({ options: { pages: { type: 'string' }, dom: { type: 'string' } } });

const truth: Record<string, { url: string }> = JSON.parse(readFileSync(join(CORPUS, 'ground-truth.json'), 'utf8'));
let ids = readdirSync(join(CORPUS, 'html')).filter((f) => f.endsWith('.html.gz')).map((f) => f.slice(0, -8)).sort();
if (opts.pages) ids = ids.slice(0, Number(opts.pages));
const pages = ids.map((id) => ({ id, url: truth[id]?.url ?? '', html: gunzipSync(readFileSync(join(CORPUS, 'html', `${id}.html.gz`))).toString('utf8') }));

function report(doc: Document, url: string): string {
  try {
    return JSON.stringify(analyzeDocument(doc, { url, disposable: true }));
  } catch (error) {
    if (error instanceof NoArticleError) return `no article: ${error.message}`;
    throw error;
  }
}

const doms: DomName[] = opts.dom ? (opts.dom.split(',') as DomName[]) : ['jsdom', 'linkedom', 'happy-dom'];
const reference = new Map<string, string>();
console.log(`${pages.length} pages; Node ${process.version}`);
for (const name of ['jsdom', ...doms.filter((d) => d !== 'jsdom')] as DomName[]) {
  const parse = DOM_PARSERS[name];
  let parseMs = 0;
  let analysisMs = 0;
  let differ = 0;
  const differing: string[] = [];
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  for (const page of pages) {
    let t = performance.now();
    const doc = parse(page.html, page.url);
    parseMs += performance.now() - t;
    t = performance.now();
    const r = report(doc, page.url);
    analysisMs += performance.now() - t;
    // happy-dom keeps every window alive until it is closed (and runs out of memory otherwise).
    await (doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null)?.happyDOM?.close();
    (doc.defaultView as unknown as { close?(): void } | null)?.close?.();
    if (name === 'jsdom') reference.set(page.id, r);
    else if (reference.get(page.id) !== r) {
      differ++;
      differing.push(page.id.slice(0, 8));
    }
  }
  const heapAfter = process.memoryUsage().heapUsed;
  if (!doms.includes(name)) continue;
  console.log(
    `${name.padEnd(10)} parse ${(parseMs / 1000).toFixed(1)} s, analysis ${(analysisMs / 1000).toFixed(1)} s, total ${((parseMs + analysisMs) / 1000).toFixed(1)} s; ` +
      `heap still in use after the pages +${Math.round((heapAfter - heapBefore) / 1e6)} MB` +
      (name === 'jsdom' ? '' : `; reports differing from jsdom's: ${differ}${differing.length ? ` (${differing.slice(0, 12).join(' ')}${differing.length > 12 ? ' …' : ''})` : ''}`),
  );
}
