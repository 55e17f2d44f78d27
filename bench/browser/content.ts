// Sections "browser" and "popup": the built extension (test flavor, automatic analysis of 127.0.0.1
// pages) in headless Chromium, on the seed fixtures and the news pages.
//
// Per page load (a fresh tab each time):
// - content script: `data-sourcelight-ms`, which the test flavor sets on <html> when its first run
//   has registered the highlights: ms from the start of that run (settings read, stylesheet inserted,
//   extraction, classification, anchoring, highlights).
// - Readability alone, afterwards in the same page: `new Readability(document.cloneNode(true)).parse()`
//   from a bundle of @mozilla/readability injected into the page (one cold run, as the content
//   script's run is).
// - long tasks overlapping the content script's run (from the start of the run to the moment the
//   timing attribute appeared).
// - JS heap: JSHeapUsedSize right after the analysis (garbage included), and the heap after a forced
//   garbage collection beside the same page opened without Sourcelight (see session.ts).
// Popup: `popup.html?tabId=N` opened in a new tab once the page is analysed; the time from its
// navigation start to the `sourcelight:summary-shown` performance mark.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../tests/e2e/setup/server';
import { articleOfSize } from '../lib/article';
import { ROOT } from '../lib/corpus';
import { descendantsCpuSeconds } from '../lib/machine';
import { dist, median, ratio, type Dist } from '../lib/stats';
import { budget, mb, ms, table, times, type Budget } from '../lib/report';
import { launch, readProbe, tabIdOf, TWIN_HOST, waitForFirstAnalysis, type Session } from './session';

const FIXTURES = join(ROOT, 'tests/fixtures');
const SHARED_NEWS = join(ROOT, '..', 'shared', 'corpus', 'news');
const LARGE_PATH = '/bench/large-article.html';
const LARGE_CHARS = 1_000_000;
const READABILITY_GLOBAL = '__sourcelightBenchReadability';
const ENGINE_GLOBAL = '__sourcelightBenchEngine';

// The engine itself (src/), bundled for the page: it runs the content script's two engine calls,
// analysis and anchoring, in the page's main world, so their cost can be told apart from the rest of
// the content script's run (settings, messages, highlights, legend).
const ENGINE_ENTRY = `
import { analyzeDocument } from './src/analyze';
import { anchorSentences, readPageText } from './src/anchor';
export function time() {
  const t0 = performance.now();
  let sentences = [];
  try {
    sentences = analyzeDocument(document, { url: location.href }).sentences.map((s) => s.text);
  } catch (e) {}
  const t1 = performance.now();
  anchorSentences(readPageText(document.body), sentences);
  const t2 = performance.now();
  return { analysis: t1 - t0, anchoring: t2 - t1 };
}`;

export interface BrowserOptions {
  extensionDir: string;
  content: boolean;
  popup: boolean;
  /** Page loads per page (content section). */
  loads: number;
  /** Popup opens per page. */
  popups: number;
  /** Loads of the 1 MB page (0: skip it). */
  largeLoads: number;
  log: (line: string) => void;
}

export interface LoadResult {
  status: string;
  contentMs: number;
  readabilityMs: number | null;
  /** Readability again, second run in the page. */
  readabilityWarmMs: number | null;
  /** The bundled engine in the page's main world after the content script: analysis, anchoring. */
  engine: { analysis: number; anchoring: number } | null;
  engineWarm: { analysis: number; anchoring: number } | null;
  longTasks: number;
  longestTaskMs: number;
  /** Analyses the content script had finished when the load was measured (re-analysis shows as > 1). */
  runs: number;
  /** JSHeapUsedSize right after the analysis; after a forced GC (null: not taken on this load). */
  heapUsedAfter: number | null;
  heapAfterGc: number | null;
}

export interface BrowserPage {
  name: string;
  path: string;
  loads: LoadResult[];
  contentMs: Dist;
  readabilityMs: Dist;
  ratio: number | null;
  longestTaskMs: number;
  heapUsedAfter: number;
  heapAfterGc: number;
  /** The same page opened without Sourcelight, after a forced garbage collection. */
  heapWithoutSourcelight: number | null;
  popupMs: number[];
  popupState: string;
  /** Medians over the loads of the bundled engine and Readability in the page (diagnosis). */
  inPage: { analysis: number | null; anchoring: number | null; readabilityWarm: number | null; analysisWarm: number | null; anchoringWarm: number | null };
}

export interface LargePage {
  bodyChars: number;
  htmlBytes: number;
  loads: LoadResult[];
  contentMs: number;
  readabilityMs: number | null;
  longestTaskMs: number;
  tasksOver50: number;
  inPage: BrowserPage['inPage'];
}

export interface BrowserResult {
  extensionDir: string;
  loadsPerPage: number;
  popupsPerPage: number;
  pages: BrowserPage[];
  all: {
    contentMs: Dist;
    readabilityMs: Dist;
    ratioMedian: number | null;
    ratioP95: number | null;
    medianOfPageRatios: number | null;
    heapDeltaMedian: number | null;
    heapUsedAfterMedian: number;
    /** The bundled engine in the page, pooled over all loads (diagnosis). */
    engineMs: Dist;
    engineWarmMs: Dist;
    readabilityWarmMs: Dist;
  };
  large: LargePage | null;
  popup: { pages: { name: string; ms: Dist; state: string }[]; all: Dist } | null;
  budgets: Budget[];
  popupBudgets: Budget[];
  chromiumCpuSeconds: number;
}

interface PageRef {
  name: string;
  path: string;
}

/** The seed fixtures, then the news pages (tests/fixtures/news/, else ../shared/corpus/news/ served from memory). */
function pagesToMeasure(server: FixtureServer): PageRef[] {
  const seeds = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f.replace(/\.html$/, ''), path: `/${f}` }));
  const local = join(FIXTURES, 'news');
  const newsRoot = existsSync(local) && readdirSync(local).some((d) => existsSync(join(local, d, 'source.html'))) ? local : SHARED_NEWS;
  const news = existsSync(newsRoot)
    ? readdirSync(newsRoot)
        .filter((d) => existsSync(join(newsRoot, d, 'source.html')))
        .sort()
        .map((d) => {
          const path = `/news/${d}/source.html`;
          if (newsRoot !== local) server.pages.set(path, { body: readFileSync(join(newsRoot, d, 'source.html'), 'utf8') });
          return { name: `news/${d}`, path };
        })
    : [];
  return [...seeds, ...news];
}

async function bundle(contents: string, globalName: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

async function heap(page: Page, session: Session): Promise<{ used: number; afterGc: number }> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { used, afterGc: usedSize };
}

interface Bundles {
  readability: string;
  engine: string;
}

interface InPage {
  readabilityMs: number | null;
  readabilityWarmMs: number | null;
  engine: { analysis: number; anchoring: number } | null;
  engineWarm: { analysis: number; anchoring: number } | null;
}

/** Readability alone and the bundled engine in the page's main world, a first (cold) and a second run each. */
async function timeInPage(page: Page, bundles: Bundles, engine: boolean): Promise<InPage> {
  await page.addScriptTag({ content: bundles.readability });
  if (engine) await page.addScriptTag({ content: bundles.engine });
  // A plain string: functions passed to page.evaluate would carry tsx's `__name` helper into the page.
  return page.evaluate(`(() => {
    const R = window.${READABILITY_GLOBAL} && window.${READABILITY_GLOBAL}.Readability;
    const E = ${engine} && window.${ENGINE_GLOBAL} && window.${ENGINE_GLOBAL}.time;
    function readability() {
      if (!R) return null;
      const t0 = performance.now();
      new R(document.cloneNode(true)).parse();
      return performance.now() - t0;
    }
    const readabilityMs = readability();
    const engine = E ? E() : null;
    return { readabilityMs, engine, readabilityWarmMs: readability(), engineWarm: E ? E() : null };
  })()`) as Promise<InPage>;
}

/** One fresh load of `url` with the extension: the content script's timing, long tasks, heap, Readability. */
/**
 * One fresh load of `url` with the extension. `extras` (the heap and the bundled engine in the page)
 * are taken on one load per page only: they cost time and vary little from load to load.
 */
async function measureLoad(session: Session, url: string, bundles: Bundles, timeout: number, keepOpen: boolean, extras: boolean): Promise<{ result: LoadResult; page: Page }> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout });
  await waitForFirstAnalysis(page, timeout);
  const probe = await readProbe(page);
  const first = probe.analyses[0];
  const start = first.at - first.ms;
  const during = probe.longTasks.filter((t) => t.start + t.duration > start && t.start < first.at);
  const h = extras ? await heap(page, session) : null;
  const inPage = await timeInPage(page, bundles, extras);
  const runs = (await readProbe(page)).analyses.length;
  const result: LoadResult = {
    status: first.status,
    contentMs: first.ms,
    ...inPage,
    longTasks: during.length,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    runs,
    heapUsedAfter: h?.used ?? null,
    heapAfterGc: h?.afterGc ?? null,
  };
  if (!keepOpen) await page.close();
  return { result, page };
}

async function heapWithoutSourcelight(session: Session, url: string): Promise<number | null> {
  const page = await session.context.newPage();
  try {
    await page.goto(url.replace('127.0.0.1', TWIN_HOST), { waitUntil: 'load', timeout: 30_000 });
    await page.waitForTimeout(300);
    return (await heap(page, session)).afterGc;
  } catch {
    return null;
  } finally {
    await page.close();
  }
}

async function openPopupTimed(session: Session, tabId: number): Promise<{ ms: number | null; state: string }> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(
    () => performance.getEntriesByName('sourcelight:summary-shown').length > 0 || ['no-article', 'error', 'unsupported'].includes(document.body.dataset.state ?? ''),
    null,
    { timeout: 30_000, polling: 50 },
  );
  const out = await popup.evaluate(() => {
    const mark = performance.getEntriesByName('sourcelight:summary-shown')[0];
    return { ms: mark ? mark.startTime : null, state: document.body.dataset.state ?? '' };
  });
  await popup.close();
  return out;
}

const medianOrNull = (xs: (number | null | undefined)[]) => {
  const v = xs.filter((x): x is number => typeof x === 'number');
  return v.length ? median(v) : null;
};

function inPageMedians(loads: LoadResult[]): BrowserPage['inPage'] {
  return {
    analysis: medianOrNull(loads.map((l) => l.engine?.analysis)),
    anchoring: medianOrNull(loads.map((l) => l.engine?.anchoring)),
    readabilityWarm: medianOrNull(loads.map((l) => l.readabilityWarmMs)),
    analysisWarm: medianOrNull(loads.map((l) => l.engineWarm?.analysis)),
    anchoringWarm: medianOrNull(loads.map((l) => l.engineWarm?.anchoring)),
  };
}

export async function runBrowser(options: BrowserOptions): Promise<BrowserResult> {
  const server = await startFixtureServer(FIXTURES);
  const session = await launch(options.extensionDir);
  const cpuAtStart = descendantsCpuSeconds();
  let chromiumCpuSeconds = 0;
  try {
    const bundles: Bundles = {
      readability: await bundle("export { Readability } from '@mozilla/readability';", READABILITY_GLOBAL),
      engine: await bundle(ENGINE_ENTRY, ENGINE_GLOBAL),
    };
    const refs = pagesToMeasure(server);

    // Warm-up: the background registers the content script when it starts; wait for a first analysis.
    {
      const warm = `${server.origin}${refs[0].path}`;
      const { page } = await measureLoad(session, warm, bundles, 60_000, true, true);
      if (options.popup) await openPopupTimed(session, await tabIdOf(session, warm));
      await page.close();
    }

    const pages: BrowserPage[] = [];
    for (const ref of refs) {
      const url = `${server.origin}${ref.path}`;
      const loads: LoadResult[] = [];
      let page: Page | null = null;
      const n = options.content ? options.loads : 1;
      for (let i = 0; i < n; i++) {
        const last = i === n - 1;
        const m = await measureLoad(session, url, bundles, 60_000, last && options.popup, last && options.content);
        loads.push(m.result);
        if (last && options.popup) page = m.page;
      }
      const popupMs: number[] = [];
      let popupState = '';
      if (options.popup && page) {
        const tabId = await tabIdOf(session, url);
        for (let i = 0; i < options.popups; i++) {
          const p = await openPopupTimed(session, tabId);
          popupState = p.state;
          if (p.ms !== null) popupMs.push(p.ms);
        }
        await page.close();
      }
      const heapTwin = options.content ? await heapWithoutSourcelight(session, url) : null;
      const contentMs = dist(loads.map((l) => l.contentMs));
      const readabilityMs = dist(loads.map((l) => l.readabilityMs).filter((x): x is number => x !== null));
      pages.push({
        name: ref.name,
        path: ref.path,
        loads,
        contentMs,
        readabilityMs,
        ratio: ratio(contentMs.median, readabilityMs.median),
        longestTaskMs: Math.max(...loads.map((l) => l.longestTaskMs)),
        heapUsedAfter: medianOrNull(loads.map((l) => l.heapUsedAfter)) ?? 0,
        heapAfterGc: medianOrNull(loads.map((l) => l.heapAfterGc)) ?? 0,
        heapWithoutSourcelight: heapTwin,
        popupMs,
        popupState,
        inPage: inPageMedians(loads),
      });
      options.log(`  browser: ${ref.name} content ${ms(contentMs.median)} ms, Readability ${ms(readabilityMs.median)} ms${popupMs.length ? `, popup ${ms(median(popupMs))} ms` : ''}`);
    }

    let large: LargePage | null = null;
    if (options.content && options.largeLoads > 0) {
      const built = articleOfSize(LARGE_CHARS);
      server.pages.set(LARGE_PATH, { body: built.html });
      const loads: LoadResult[] = [];
      for (let i = 0; i < options.largeLoads; i++) loads.push((await measureLoad(session, `${server.origin}${LARGE_PATH}`, bundles, 300_000, false, i === 0)).result);
      const readabilities = loads.map((l) => l.readabilityMs).filter((x): x is number => x !== null);
      large = {
        bodyChars: built.bodyChars,
        htmlBytes: Buffer.byteLength(built.html),
        loads,
        contentMs: median(loads.map((l) => l.contentMs)),
        readabilityMs: readabilities.length ? median(readabilities) : null,
        longestTaskMs: Math.max(...loads.map((l) => l.longestTaskMs)),
        tasksOver50: Math.max(...loads.map((l) => l.longTasks)),
        inPage: inPageMedians(loads),
      };
      options.log(`  browser: 1 MB page content ${ms(large.contentMs)} ms, longest task ${ms(large.longestTaskMs)} ms`);
    }
    chromiumCpuSeconds = descendantsCpuSeconds() - cpuAtStart;

    const analysed = pages.filter((p) => p.loads.every((l) => l.status === 'analyzed'));
    const allContent = pages.flatMap((p) => p.loads.map((l) => l.contentMs));
    const allReadability = pages.flatMap((p) => p.loads.map((l) => l.readabilityMs).filter((x): x is number => x !== null));
    const contentDist = dist(allContent);
    const readabilityDist = dist(allReadability);
    const pageRatios = pages.map((p) => p.ratio).filter((x): x is number => x !== null);
    const heapDeltas = pages.filter((p) => p.heapWithoutSourcelight !== null).map((p) => p.heapAfterGc - p.heapWithoutSourcelight!);
    const all = {
      contentMs: contentDist,
      readabilityMs: readabilityDist,
      ratioMedian: ratio(contentDist.median, readabilityDist.median),
      ratioP95: ratio(contentDist.p95, readabilityDist.p95),
      medianOfPageRatios: pageRatios.length ? median(pageRatios) : null,
      heapDeltaMedian: heapDeltas.length ? median(heapDeltas) : null,
      heapUsedAfterMedian: median(pages.map((p) => p.heapUsedAfter)),
      engineMs: dist(pages.flatMap((p) => p.loads.map((l) => (l.engine ? l.engine.analysis + l.engine.anchoring : null)).filter((x): x is number => x !== null))),
      engineWarmMs: dist(pages.flatMap((p) => p.loads.map((l) => (l.engineWarm ? l.engineWarm.analysis + l.engineWarm.anchoring : null)).filter((x): x is number => x !== null))),
      readabilityWarmMs: dist(pages.flatMap((p) => p.loads.map((l) => l.readabilityWarmMs).filter((x): x is number => x !== null))),
    };
    void analysed;
    const budgets: Budget[] = options.content
      ? [
          budget('content script run / Readability alone in the page, medians', '<= 1.30x', all.ratioMedian, (x) => x <= 1.3, times, 'issue 6'),
          budget('content script run / Readability alone, p95s', '<= 1.30x', all.ratioP95, (x) => x <= 1.3, times, 'issue 6'),
          ...(large ? [budget(`longest task during analysis, ${(large.bodyChars / 1e6).toFixed(2)} MB article`, '<= 50 ms', large.longestTaskMs, (x) => x <= 50, (x) => `${ms(x)} ms`, 'issue 6')] : []),
        ]
      : [];
    const popupPages = pages.filter((p) => p.popupMs.length).map((p) => ({ name: p.name, ms: dist(p.popupMs), state: p.popupState }));
    const popupAll = dist(pages.flatMap((p) => p.popupMs));
    const popup = options.popup ? { pages: popupPages, all: popupAll } : null;
    const popupBudgets: Budget[] = options.popup ? [budget('popup open -> summary shown, median', '< 150 ms', popupAll.n ? popupAll.median : null, (x) => x < 150, (x) => `${ms(x)} ms`, 'issue 5')] : [];
    return { extensionDir: relative(ROOT, options.extensionDir), loadsPerPage: options.content ? options.loads : 0, popupsPerPage: options.popup ? options.popups : 0, pages, all, large, popup, budgets, popupBudgets, chromiumCpuSeconds };
  } finally {
    await session.close();
    await server.close();
  }
}

export function formatBrowser(r: BrowserResult): string {
  const lines = [
    `${r.pages.length} pages x ${r.loadsPerPage} loads, extension from ${r.extensionDir}; ms per page load (content = start of the content script's run to highlights registered)`,
    table(
      ['page', 'status', 'content med', 'content p95', 'Readability med', 'ratio', 'longest task', 'heap after', 'after GC', 'without SL', 'runs'],
      r.pages.map((p) => [
        p.name,
        [...new Set(p.loads.map((l) => l.status))].join('/'),
        ms(p.contentMs.median),
        ms(p.contentMs.p95),
        ms(p.readabilityMs.median),
        times(p.ratio),
        ms(p.longestTaskMs),
        mb(p.heapUsedAfter),
        mb(p.heapAfterGc),
        p.heapWithoutSourcelight === null ? '-' : mb(p.heapWithoutSourcelight),
        String(Math.max(...p.loads.map((l) => l.runs))),
      ]),
    ),
    `  all loads: content median ${ms(r.all.contentMs.median)} ms, p95 ${ms(r.all.contentMs.p95)} ms; Readability alone median ${ms(r.all.readabilityMs.median)} ms, p95 ${ms(r.all.readabilityMs.p95)} ms; ` +
      `ratio of medians ${times(r.all.ratioMedian)}, of p95s ${times(r.all.ratioP95)}, median of page ratios ${times(r.all.medianOfPageRatios)}`,
    `  long tasks during the content script's run: ${r.pages.reduce((n, p) => n + p.loads.filter((l) => l.longTasks > 0).length, 0)} of ${r.pages.length * r.loadsPerPage} loads had one; longest ${ms(Math.max(0, ...r.pages.map((p) => p.longestTaskMs)))} ms, median of the longest per page ${ms(median(r.pages.map((p) => p.longestTaskMs)))} ms`,
    `  JS heap: used right after the analysis (garbage included) median ${mb(r.all.heapUsedAfterMedian)}; retained by Sourcelight (after GC, minus the same page without it) median ${r.all.heapDeltaMedian === null ? '-' : mb(r.all.heapDeltaMedian)}`,
  ];
  const o = (x: number | null) => (x === null ? '-' : ms(x));
  lines.push(
    '  diagnosis: the engine (src/, bundled) run again in the page\'s main world after the content script, first (cold) and second (warm) run, beside Readability alone:',
    table(
      ['page', 'R cold', 'analysis cold', 'anchoring cold', '(a+a)/R cold', 'R warm', 'analysis warm', 'anchoring warm', '(a+a)/R warm'],
      r.pages.map((p) => {
        const i = p.inPage;
        const cold = i.analysis === null ? null : i.analysis + (i.anchoring ?? 0);
        const warm = i.analysisWarm === null ? null : i.analysisWarm + (i.anchoringWarm ?? 0);
        return [p.name, ms(p.readabilityMs.median), o(i.analysis), o(i.anchoring), times(cold === null ? null : ratio(cold, p.readabilityMs.median)), o(i.readabilityWarm), o(i.analysisWarm), o(i.anchoringWarm), times(warm === null || i.readabilityWarm === null ? null : ratio(warm, i.readabilityWarm))];
      }),
    ),
    `  all loads: engine analysis + anchoring in the page, cold median ${ms(r.all.engineMs.median)} ms (${times(ratio(r.all.engineMs.median, r.all.readabilityMs.median))} Readability cold), ` +
      `warm median ${ms(r.all.engineWarmMs.median)} ms (${times(ratio(r.all.engineWarmMs.median, r.all.readabilityWarmMs.median))} Readability warm, ${ms(r.all.readabilityWarmMs.median)} ms)`,
  );
  if (r.large) {
    const l = r.large;
    lines.push(
      `  large page: ${(l.bodyChars / 1e6).toFixed(2)} M chars of article text (${mb(l.htmlBytes)} HTML), ${l.loads.length} load(s): status ${l.loads.map((x) => x.status).join('/')}, ` +
        `content ${ms(l.contentMs)} ms, Readability alone ${l.readabilityMs === null ? '-' : ms(l.readabilityMs)} ms (ratio ${times(ratio(l.contentMs, l.readabilityMs ?? 0))}), ` +
        `longest task ${ms(l.longestTaskMs)} ms, ${l.tasksOver50} long task(s) over 50 ms during the run; ` +
        `engine in the page: analysis ${o(l.inPage.analysis)} ms + anchoring ${o(l.inPage.anchoring)} ms cold, ${o(l.inPage.analysisWarm)} + ${o(l.inPage.anchoringWarm)} ms warm`,
    );
  }
  return lines.join('\n');
}

export function formatPopup(r: BrowserResult): string {
  if (!r.popup) return '  (not run)';
  return [
    `${r.popup.pages.length} pages x ${r.popupsPerPage} opens, each after the page was analysed; ms from the popup's navigation start to the summary-shown mark`,
    table(
      ['page', 'state', 'median', 'p95', 'max'],
      r.pages.map((p) => {
        const d = dist(p.popupMs);
        return [p.name, p.popupState, d.n ? ms(d.median) : '-', d.n ? ms(d.p95) : '-', d.n ? ms(d.max) : '-'];
      }),
    ),
    `  all opens: median ${ms(r.popup.all.median)} ms, p95 ${ms(r.popup.all.p95)} ms (${r.popup.all.n} opens that showed a summary)`,
  ].join('\n');
}
