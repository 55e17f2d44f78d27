// `npm run bench:memory-steps`: where the engine's memory goes on the 1 MB article (issue 22), beside
// the memory section of `npm run bench`, which only sees the extension's processes as a whole.
//
// The 1 MB article is serialised in its own page by the content script's serialiser (the HTML the
// engine receives), then handed to the engine's code, bundled into a blank page of a headless
// Chromium without the extension (the engine's offscreen document is such a page). Two measures:
//
// 1. Steps. The engine's work cut into its steps, each run by its own evaluation (a turn of the page
//    between two, as nothing in the engine gives one): parse (`parsePage`), extract (`extractPage`),
//    split (every block's sentences, the segmenter alone, all blocks together as `analyzeArticle` splits
//    them: classification finds them split), classify
//    (`analyzeArticle`), anchor (the text root's HTML parsed again and read, `anchorsInHtml`), then a
//    forced collection. After each, a memory-infra dump of the page's process (the DevTools protocol's
//    Tracing.requestMemoryDump, no collection forced): what each allocator holds. The page's process
//    is told from the others by an 8 MB array buffer it holds, not counted below.
// 2. The whole analysis (`analyzeHtml`, anchoring included) once more in a fresh page, in one task, as
//    the engine runs it, traced (`v8`, `disabled-by-default-v8.gc`): how many young-generation
//    (minor) and full (major) collections ran during it. Memory reclaimed only by a major collection
//    (the heap's old generation, C++ memory owned by script objects) is held until one runs. A dump
//    before and after it (`disabled-by-default-memory-infra`) gives what it holds at its end: its peak
//    when no major collection ran, the plain-page counterpart of the memory section's peak.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle } from './browser/content';
import { CdpBrowser } from './browser/cdp';
import { startFixtureServer } from '../tests/e2e/setup/server';
import { articleOfSize } from './lib/article';
import { ROOT } from './lib/corpus';
import { machineInfo } from './lib/machine';
import { table } from './lib/report';

const MARKER_BYTES = 8 * 2 ** 20;
const STEPS = ['at rest', 'parse', 'extract', 'split', 'classify', 'anchor', 'collected'] as const;

const SERIALIZER = `import { serializePage } from './extension/content/serialize';
export const run = () => { const s = serializePage(document); return JSON.stringify({ html: s.html, text: s.textSpan }); };`;

// The engine's steps, kept on a global between evaluations.
const ENGINE = `import { parsePage, analyzeHtml } from './extension/lib/engine';
import { extractPage, analyzeArticle } from './src/analyze';
import { blockSentences, splitBlocks } from './src/text/block-sentences';
import { anchorsInHtml } from './src/anchor';
const held = {};
export function step(name, input) {
  const url = location.href;
  const t = performance.now();
  const took = () => (performance.now() - t).toFixed(0) + ' ms';
  switch (name) {
    case 'parse': held.doc = parsePage(input.html, url); return held.doc.getElementsByTagName('*').length + ' elements, ' + took();
    case 'extract': held.extracted = extractPage(held.doc, { url, disposable: true, focused: true }); held.doc = null; return held.extracted.article.blocks.length + ' blocks, ' + took();
    case 'split': { splitBlocks(held.extracted.article.blocks, held.extracted.article.lang); let n = 0; for (const block of held.extracted.article.blocks) n += blockSentences(block, held.extracted.article.lang).length; return n + ' sentences, ' + took(); }
    case 'classify': held.report = analyzeArticle(held.extracted.article, held.extracted.page); held.extracted = null; return held.report.sentences.length + ' sentences, ' + took();
    case 'anchor': { const a = anchorsInHtml(document, input.html.slice(input.text[0], input.text[1]), held.report.sentences.map((s) => s.text)); return a.lengths.length + ' text nodes, ' + took(); }
    case 'whole': { const o = analyzeHtml(input.html, url, input.text); return o.status + ', ' + (o.report ? o.report.sentences.length + ' sentences, ' : '') + took(); }
  }
  return '';
}`;

interface Allocators {
  v8: number;
  newSpace: number;
  oldSpace: number;
  largeObjects: number;
  code: number;
  blinkGc: number;
  partitionAlloc: number;
  malloc: number;
}

interface TraceEvent {
  ph: string;
  pid: number;
  name: string;
  id?: string;
  dur?: number;
  args?: { dumps?: { allocators?: Record<string, { attrs?: Record<string, { value: string }> }> } };
}

/** A tracing session over the browser's own connection: collects the events until it ends. */
class Trace {
  readonly events: TraceEvent[] = [];
  private done: (() => void) | null = null;

  constructor(private readonly browser: CdpBrowser) {
    browser.onEvent((method, params) => {
      if (method === 'Tracing.dataCollected') this.events.push(...(params as { value: TraceEvent[] }).value);
      if (method === 'Tracing.tracingComplete') this.done?.();
    });
  }

  start(categories: string[]): Promise<unknown> {
    this.events.length = 0;
    return this.browser.send('Tracing.start', { traceConfig: { includedCategories: categories, memoryDumpConfig: { triggers: [] } }, transferMode: 'ReportEvents' });
  }

  async end(): Promise<TraceEvent[]> {
    const complete = new Promise<void>((resolve) => (this.done = resolve));
    await this.browser.send('Tracing.end');
    await complete;
    return this.events;
  }
}

function bytes(dump: NonNullable<NonNullable<TraceEvent['args']>['dumps']>['allocators'], name: string): number {
  const attrs = dump?.[name]?.attrs;
  const value = attrs?.effective_size?.value ?? attrs?.size?.value;
  return value ? parseInt(value, 16) : 0;
}

function allocators(event: TraceEvent): Allocators {
  const d = event.args!.dumps!.allocators!;
  const heap = (space: string) => bytes(d, `v8/main/heap/${space}`);
  return {
    v8: bytes(d, 'v8'),
    newSpace: heap('new_space') + heap('new_large_object_space'),
    oldSpace: heap('old_space'),
    largeObjects: heap('large_object_space'),
    code: heap('code_space') + heap('code_large_object_space'),
    blinkGc: bytes(d, 'blink_gc'),
    // The marker (an array buffer) is not the engine's.
    partitionAlloc: bytes(d, 'partition_alloc') - Math.min(bytes(d, 'partition_alloc/partitions/array_buffer'), MARKER_BYTES),
    malloc: bytes(d, 'malloc'),
  };
}

/** The dumps of the page's process, in the order they were taken. */
function pageDumps(events: TraceEvent[]): Allocators[] {
  const dumps = events.filter((e) => e.ph === 'v' && e.args?.dumps?.allocators);
  const marked = dumps.find((e) => bytes(e.args!.dumps!.allocators, 'partition_alloc/partitions/array_buffer') >= MARKER_BYTES);
  if (!marked) throw new Error('no memory dump of the page holding the marker');
  return dumps.filter((e) => e.pid === marked.pid).map(allocators);
}

const mb = (x: number) => (x / 2 ** 20).toFixed(1);

async function main(): Promise<void> {
  const server = await startFixtureServer(join(ROOT, 'tests/fixtures'));
  const large = articleOfSize(1_000_000);
  server.pages.set('/bench/memory-large.html', { body: large.html });
  server.pages.set('/bench/blank.html', { body: '<!doctype html><title>engine</title><p>engine</p>' });
  const serializer = await bundle(SERIALIZER, 'SERIALIZER');
  const engine = await bundle(ENGINE, 'ENGINE');
  const browser = await CdpBrowser.launch(null);
  const trace = new Trace(browser);
  const out: string[] = [];
  const print = (line = '') => {
    out.push(line);
    console.log(line);
  };
  try {
    const machine = machineInfo();
    print(`Sourcelight memory steps, ${new Date().toISOString()}; ${machine.cpu}, ${machine.cores} cores; ${machine.chromium}`);
    const source = await browser.open(`${server.origin}/bench/memory-large.html`);
    await source.waitFor(`document.readyState === 'complete' && location.pathname === '/bench/memory-large.html'`, 60_000);
    const serialized = await source.evaluate<string>(`(() => { ${serializer}; return SERIALIZER.run(); })()`);
    await source.close();
    server.pages.set('/bench/serialized.json', { body: serialized });
    const { html } = JSON.parse(serialized) as { html: string };

    /** A blank page holding the engine's code, the serialised page and the marker, collected. */
    const enginePage = async () => {
      const page = await browser.open(`${server.origin}/bench/blank.html`);
      await page.waitFor(`document.readyState === 'complete' && location.pathname === '/bench/blank.html'`, 30_000);
      await page.evaluate(`(async () => { window.__input = await (await fetch('/bench/serialized.json')).json(); window.__marker = new Uint8Array(${MARKER_BYTES}).fill(1); ${engine}; window.ENGINE = ENGINE; return true; })()`);
      await browser.send('HeapProfiler.collectGarbage', {}, page.sessionId);
      return page;
    };

    // 1. Steps.
    const page = await enginePage();
    await trace.start(['disabled-by-default-memory-infra']);
    const notes: string[] = [];
    for (const step of STEPS) {
      if (step === 'collected') {
        await browser.send('HeapProfiler.collectGarbage', {}, page.sessionId);
        notes.push('HeapProfiler.collectGarbage');
      } else if (step === 'at rest') {
        notes.push('the engine loaded, the HTML received, collected');
      } else {
        notes.push(await page.evaluate<string>(`ENGINE.step(${JSON.stringify(step)}, window.__input)`));
      }
      const dumped = await browser.send<{ success: boolean }>('Tracing.requestMemoryDump', { deterministic: false, levelOfDetail: 'detailed' });
      if (!dumped.success) throw new Error(`memory dump after ${step} failed`);
    }
    const dumps = pageDumps(await trace.end());
    await page.close();
    if (dumps.length !== STEPS.length) throw new Error(`${dumps.length} dumps of the page for ${STEPS.length} steps`);
    const rest = dumps[0];
    const delta = (a: number, b: number) => `${a >= b ? '+' : '-'}${mb(Math.abs(a - b))}`;
    print();
    print(`The 1 MB article (${(large.bodyChars / 1e6).toFixed(2)} M characters of article text; ${(html.length / 1e6).toFixed(2)} M characters of HTML sent), the engine's steps one turn apart.`);
    print(`MB held by the page's process after each step, no collection forced (difference from "at rest" in brackets):`);
    print(
      table(
        ['after', 'V8 heap', 'of it: young', 'old', 'large objects', 'code', 'Oilpan (DOM)', 'PartitionAlloc', 'malloc', 'sum', 'step'],
        dumps.map((d, i) => {
          const sum = d.v8 + d.blinkGc + d.partitionAlloc + d.malloc;
          const restSum = rest.v8 + rest.blinkGc + rest.partitionAlloc + rest.malloc;
          return [STEPS[i], `${mb(d.v8)} (${delta(d.v8, rest.v8)})`, mb(d.newSpace), mb(d.oldSpace), mb(d.largeObjects), mb(d.code), mb(d.blinkGc), `${mb(d.partitionAlloc)} (${delta(d.partitionAlloc, rest.partitionAlloc)})`, `${mb(d.malloc)} (${delta(d.malloc, rest.malloc)})`, `${mb(sum)} (${delta(sum, restSum)})`, notes[i]];
        }),
      ),
    );

    // 2. The whole analysis in one task, its collections counted, and what the page holds at its end
    //    (no collection forced): the engine's peak, as nothing is freed by a major collection before it.
    const whole = await enginePage();
    await trace.start(['v8', 'disabled-by-default-v8.gc', 'disabled-by-default-memory-infra']);
    const dump = async (when: string) => {
      const dumped = await browser.send<{ success: boolean }>('Tracing.requestMemoryDump', { deterministic: false, levelOfDetail: 'detailed' });
      if (!dumped.success) throw new Error(`memory dump ${when} failed`);
    };
    await dump('before the whole analysis');
    const note = await whole.evaluate<string>(`ENGINE.step('whole', window.__input)`);
    await dump('after the whole analysis');
    const events = await trace.end();
    await whole.close();
    const count = (name: string) => events.filter((e) => e.name === name && e.ph === 'X').length;
    const [before, after] = pageDumps(events);
    if (!after) throw new Error('no memory dump of the page after the whole analysis');
    const sum = (d: Allocators) => d.v8 + d.blinkGc + d.partitionAlloc + d.malloc;
    print();
    print(`The whole analysis (analyzeHtml with anchoring, one task: ${note}): ${count('MinorGC')} minor (young generation) and ${count('MajorGC')} major collections during it.`);
    print(
      `Held at its end, beyond the page before it: ${delta(sum(after), sum(before))} MB (V8 heap ${delta(after.v8, before.v8)}, of it young ${mb(after.newSpace)}; ` +
        `Oilpan ${delta(after.blinkGc, before.blinkGc)}; PartitionAlloc ${delta(after.partitionAlloc, before.partitionAlloc)}; malloc ${delta(after.malloc, before.malloc)}).`,
    );
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/memory-steps.txt'), out.join('\n') + '\n');
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
