// Sections "browser" and "popup": the built extension (test flavor, automatic analysis of 127.0.0.1
// pages) in headless Chromium, on the seed fixtures and the news pages.
//
// Per page load (a fresh tab each time):
// - content script: `data-sourcelight-ms`, which the test flavor sets on <html> when its first run
//   has registered the highlights: ms from the start of that run (serialising the page's HTML, the
//   round trip to the engine in its own page, anchoring, highlights).
// - the phases of that run, `data-sourcelight-phases` (ms): serialize, readText, roundTrip, engine (the
//   engine's own parse and analysis, in its page, off the page's main thread), anchor, index, render,
//   and mainThread: all the time Sourcelight's own code kept the page's main thread busy.
// - Readability alone, afterwards in the same page: `new Readability(document.cloneNode(true)).parse()`
//   from a bundle of @mozilla/readability injected into the page (one cold run, as the content
//   script's run is; then a second, warm, run).
// - long tasks overlapping the content script's run (from the start of the run to the moment the
//   timing attribute appeared).
// - JS heap: JSHeapUsedSize right after the analysis (garbage included), and the heap after a forced
//   garbage collection beside the same page opened without Sourcelight (see session.ts).
// - the same run again on the settled page (one load per page): an in-page navigation (pushState and
//   a DOM change) makes the content script re-analyse, as it does on a single-page site; nothing of
//   the page's own loading competes with it then (the baseline's conditions).
// - the engine at rest (one more load per page, under the twin host): the page's HTML as the content
//   script would send it, handed to the engine's page by the service worker ENGINE_ASKS times, with no
//   page analysing: the engine's own time when nothing competes with it, beside its phase in the runs.
// Popup: `popup.html?tabId=N` opened in a new tab once the page is analysed; the time from its
// navigation start to the `sourcelight:summary-shown` performance mark.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import type { CDPSession, Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../tests/e2e/setup/server';
import { articleOfSize } from '../lib/article';
import { ROOT } from '../lib/corpus';
import { descendantsCpuSeconds, extensionProcessMemory, type ProcessMemory } from '../lib/machine';
import { dist, median, ratio, type Dist } from '../lib/stats';
import { budget, mb, ms, table, times, type Budget } from '../lib/report';
import { ENGINE_PORT } from '../../extension/lib/engine-port';
import { BLOCKING_PAGE, launch, observedBlockingTaskMs, ON_DEMAND_HOST, PHASES, readProbe, tabIdOf, TWIN_HOST, waitForFirstAnalysis, type PageProbe, type Phase, type Phases, type Session } from './session';

const FIXTURES = join(ROOT, 'tests/fixtures');
const SHARED_NEWS = join(ROOT, '..', 'shared', 'corpus', 'news');
const LARGE_PATH = '/bench/large-article.html';
const BLOCKING_PATH = '/bench/blocking-task.html';
const LARGE_CHARS = 1_000_000;
export const READABILITY_GLOBAL = '__sourcelightBenchReadability';
const SERIALIZER_GLOBAL = '__sourcelightBenchSerializer';
/** How many times the engine at rest is handed each page. */
const ENGINE_ASKS = 3;

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
  /** The phases of the first run (null: the extension published none). */
  phases: Phases | null;
  longTasks: number;
  longestTaskMs: number;
  /** Analyses the content script had finished when the load was measured (re-analysis shows as > 1). */
  runs: number;
  /** JSHeapUsedSize right after the analysis; after a forced GC (null: not taken on this load). */
  heapUsedAfter: number | null;
  heapAfterGc: number | null;
  /** The content script's run again once the page has settled (null: not taken on this load). */
  settled: { ms: number; phases: Phases | null } | null;
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
  /** The engine's own time on the page's HTML, handed to it ENGINE_ASKS times with nothing else running. */
  engineAtRestMs: number[];
  popupMs: number[];
  popupState: string;
  /** Readability alone at the content script's moment (document_idle of a fresh load), one load. */
  readabilityAtIdleMs: number | null;
  /** Medians over the loads of each phase (null: no load published phases). */
  phases: PhaseMedians;
  /** Median main-thread time of Sourcelight / median of Readability alone. */
  mainThreadRatio: number | null;
  /** The run again on the settled page (median over the loads that took it). */
  settledMs: number | null;
  /** The reader's click on the loaded page (one load; null: not taken or it failed). */
  onDemand: OnDemandRun | null;
}

/** The content script injected by a click into a page that has loaded, and Readability alone after it. */
export interface OnDemandRun {
  status: string;
  ms: number;
  phases: Phases | null;
  readabilityMs: number | null;
  /**
   * CPU time of the page's main thread (Chromium's ThreadTime metric) from the click to the highlights
   * registered, injection and painting included, and over Readability alone's cold run: unlike the
   * wall times above, not inflated when other work takes the cores (null if the metric is missing).
   */
  cpuMs: number | null;
  readabilityCpuMs: number | null;
}

/** The page's main-thread CPU time so far, in ms (CDP Performance.getMetrics ThreadTime), or null. */
async function mainThreadCpuMs(cdp: CDPSession): Promise<number | null> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = metrics.find((m) => m.name === 'ThreadTime')?.value;
  return typeof seconds === 'number' ? seconds * 1000 : null;
}

const cpuBetween = (from: number | null, to: number | null): number | null => (from === null || to === null ? null : to - from);

export type PhaseMedians = Record<Phase, number | null>;

export interface LargePage {
  bodyChars: number;
  htmlBytes: number;
  loads: LoadResult[];
  contentMs: number;
  readabilityMs: number | null;
  longestTaskMs: number;
  tasksOver50: number;
  phases: PhaseMedians;
  /** The longest task the probe saw in a page that blocks for 120 ms: 0 would mean it sees none. */
  observerCheckMs: number;
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
    readabilityWarmMs: Dist;
    /** Each phase pooled over all loads that published phases. */
    phases: Record<Phase, Dist>;
    /** Median main-thread time of Sourcelight / median of Readability alone, pooled over all loads. */
    mainThreadRatioMedian: number | null;
    /** Readability alone at document_idle, pooled over pages, and the content median against it. */
    readabilityAtIdleMs: Dist;
    ratioAtIdleMedian: number | null;
    /** The run again on the settled page, pooled, and its median against Readability alone's. */
    settledMs: Dist;
    ratioSettledMedian: number | null;
    settledPhases: Record<Phase, Dist>;
    /** The click on a loaded page, pooled over pages, and its ratios to Readability alone in those pages. */
    onDemandMs: Dist;
    onDemandReadabilityMs: Dist;
    ratioOnDemandMedian: number | null;
    ratioOnDemandP95: number | null;
    onDemandPhases: Record<Phase, Dist>;
    /** The engine at rest, every ask pooled, and the engine phase of each kind of run against its median. */
    engineAtRestMs: Dist;
    engineVsRest: { atLoad: number | null; onClick: number | null; settled: number | null };
  };
  large: LargePage | null;
  popup: { pages: { name: string; ms: Dist; state: string }[]; all: Dist } | null;
  budgets: Budget[];
  /** Figures printed beside the budgets that have no limit (yet). */
  informational: Budget[];
  popupBudgets: Budget[];
  chromiumCpuSeconds: number;
  /** The extension's renderer process (engine page, service worker, popups) at three moments; null off Linux. */
  extensionProcess: {
    afterWarmUp: ProcessMemory | null;
    afterPages: ProcessMemory | null;
    afterLarge: ProcessMemory | null;
    /** Once idle after the 1 MB page: the first sample (every 5 s, up to 60 s) back within 20% of afterPages, else the last. */
    afterIdle: (ProcessMemory & { seconds: number }) | null;
    analyses: number;
  };
}

export interface PageRef {
  name: string;
  path: string;
}

/** The seed fixtures, then the news pages (tests/fixtures/news/, else ../shared/corpus/news/ served from memory). */
export function pagesToMeasure(server: FixtureServer): PageRef[] {
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

export async function bundle(contents: string, globalName: string): Promise<string> {
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

interface ReadabilityTimes {
  readabilityMs: number | null;
  readabilityWarmMs: number | null;
}

/** Readability alone in the page's main world: a first (cold) run, the baseline, and a second (warm) one. */
async function timeReadability(page: Page, readabilityBundle: string): Promise<ReadabilityTimes> {
  await page.addScriptTag({ content: readabilityBundle });
  // A plain string: functions passed to page.evaluate would carry tsx's `__name` helper into the page.
  return page.evaluate(`(() => {
    const R = window.${READABILITY_GLOBAL} && window.${READABILITY_GLOBAL}.Readability;
    function readability() {
      if (!R) return null;
      const t0 = performance.now();
      new R(document.cloneNode(true)).parse();
      return performance.now() - t0;
    }
    const readabilityMs = readability();
    return { readabilityMs, readabilityWarmMs: readability() };
  })()`) as Promise<ReadabilityTimes>;
}

/** Readability alone's cold run, as in timeReadability, with the main thread's CPU time over it. */
async function timeReadabilityOnce(page: Page, readabilityBundle: string, cdp: CDPSession): Promise<{ readabilityMs: number | null; readabilityCpuMs: number | null }> {
  await page.addScriptTag({ content: readabilityBundle });
  const before = await mainThreadCpuMs(cdp);
  const readabilityMs = (await page.evaluate(`(() => {
    const R = window.${READABILITY_GLOBAL} && window.${READABILITY_GLOBAL}.Readability;
    if (!R) return null;
    const t0 = performance.now();
    new R(document.cloneNode(true)).parse();
    return performance.now() - t0;
  })()`)) as number | null;
  const after = await mainThreadCpuMs(cdp);
  return { readabilityMs, readabilityCpuMs: readabilityMs === null ? null : cpuBetween(before, after) };
}

/**
 * The content script's run once more, on the page as it now is (settled): an in-page navigation, the
 * way a single-page site moves to its next article, makes the watcher (extension/content/watch.ts)
 * re-analyse after its settling delay.
 */
async function reanalyzeSettled(page: Page, timeout: number): Promise<LoadResult['settled']> {
  const before = (await readProbe(page)).analyses.length;
  await page.evaluate(() => {
    history.pushState(null, '', `${location.pathname}?settled=1`);
    document.body.append(document.createElement('span'));
  });
  try {
    await page.waitForFunction((n) => ((window as unknown as { __sourcelightBench?: PageProbe }).__sourcelightBench?.analyses.length ?? 0) > n, before, { timeout, polling: 100 });
  } catch {
    return null;
  }
  const run = (await readProbe(page)).analyses[before];
  return { ms: run.ms, phases: run.phases };
}

/**
 * One fresh load of `url` with the extension: the content script's timing and phases, long tasks,
 * Readability. The heap (`extras`) is taken on one load per page only: it costs time and varies
 * little from load to load.
 */
async function measureLoad(session: Session, url: string, readabilityBundle: string, timeout: number, keepOpen: boolean, extras: boolean): Promise<{ result: LoadResult; page: Page }> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout });
  await waitForFirstAnalysis(page, timeout);
  const probe = await readProbe(page);
  const first = probe.analyses[0];
  const start = first.at - first.ms;
  const during = probe.longTasks.filter((t) => t.start + t.duration > start && t.start < first.at);
  const h = extras ? await heap(page, session) : null;
  const readability = await timeReadability(page, readabilityBundle);
  const runs = (await readProbe(page)).analyses.length;
  const settled = extras ? await reanalyzeSettled(page, timeout) : null;
  const result: LoadResult = {
    status: first.status,
    contentMs: first.ms,
    ...readability,
    phases: first.phases,
    longTasks: during.length,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    runs,
    heapUsedAfter: h?.used ?? null,
    heapAfterGc: h?.afterGc ?? null,
    settled,
  };
  if (!keepOpen) await page.close();
  return { result, page };
}

/** How long the reader looks at the loaded page before clicking: the page's own loading is over by then. */
const READER_PAUSE_MS = 1000;

/**
 * The reader's main path: the page has loaded, the reader clicks (toolbar, menu or shortcut: each
 * injects the content script, extension/lib/inject.ts), and the content script analyses the page.
 * The page is opened under the on-demand host, where nothing analyses it before the click; the click
 * is the menu's handler, which the test flavor's worker exposes. Then Readability alone, cold, in the
 * same page: this path's baseline.
 */
export async function measureOnDemand(session: Session, url: string, readabilityBundle: string, timeout: number): Promise<OnDemandRun | null> {
  const address = new URL(url);
  address.hostname = ON_DEMAND_HOST;
  const page = await session.context.newPage();
  try {
    await page.goto(address.href, { waitUntil: 'load', timeout });
    await page.waitForTimeout(READER_PAUSE_MS);
    const tabId = await tabIdOf(session, address.href);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // Playwright evaluates its own script in a page the first time it waits on it (13-15 ms of the
    // page's main thread in a Chromium trace): once here, so that the CPU time below is not charged it.
    await page.waitForFunction('true');
    const cpuBeforeClick = await mainThreadCpuMs(cdp);
    type Test = { sourcelightTest: { onMenuClicked(info: object, tab: object): Promise<boolean> } };
    const started = await session.worker.evaluate(
      ([id, tabUrl]) => (globalThis as unknown as Test).sourcelightTest.onMenuClicked({ menuItemId: 'sourcelight-analyze' }, { id, url: tabUrl }),
      [tabId, address.href] as const,
    );
    if (!started) return null;
    await waitForFirstAnalysis(page, timeout);
    const cpuAfterClick = await mainThreadCpuMs(cdp);
    const run = (await readProbe(page)).analyses[0];
    const { readabilityMs, readabilityCpuMs } = await timeReadabilityOnce(page, readabilityBundle, cdp);
    return { status: run.status, ms: run.ms, phases: run.phases, readabilityMs, cpuMs: cpuBetween(cpuBeforeClick, cpuAfterClick), readabilityCpuMs };
  } catch {
    return null;
  } finally {
    await page.close();
  }
}

/** How long the engine at rest may take to answer before the ask counts as failed. */
const ENGINE_ASK_TIMEOUT_MS = 30_000;

/** The engine's own time on `page`'s HTML, asked ENGINE_ASKS times by the service worker (see twinPage). */
async function engineAtRest(session: Session, page: Page, pageUrl: string, serializerBundle: string): Promise<number[]> {
  await page.addScriptTag({ content: serializerBundle });
  const html = (await page.evaluate(`window.${SERIALIZER_GLOBAL}.pageHtml()`)) as string;
  const times: number[] = [];
  for (let i = 0; i < ENGINE_ASKS; i++) {
    const engineMs = await session.worker.evaluate(
      ([portName, pageHtml, url, timeout]) =>
        new Promise<number | null>((resolve) => {
          type Port = { onMessage: { addListener(f: (m: { part?: string; outcome?: { engineMs?: number } }) => void): void }; onDisconnect: { addListener(f: () => void): void }; postMessage(m: object): void; disconnect(): void };
          const port = (globalThis as unknown as { chrome: { runtime: { connect(o: object): Port } } }).chrome.runtime.connect({ name: portName });
          // No engine listening disconnects the port; an engine that never answers must not hang the run.
          const timer = setTimeout(() => resolve(null), timeout);
          port.onDisconnect.addListener(() => resolve(null));
          port.onMessage.addListener((part) => {
            if (part.part !== 'head') return;
            clearTimeout(timer);
            port.disconnect();
            resolve(typeof part.outcome?.engineMs === 'number' ? part.outcome.engineMs : null);
          });
          port.postMessage({ type: 'analyze', html: pageHtml, url });
        }),
      [ENGINE_PORT, html, pageUrl, ENGINE_ASK_TIMEOUT_MS] as const,
    );
    if (engineMs !== null) times.push(engineMs);
  }
  return times;
}

/**
 * The same page without Sourcelight (the twin host): its heap after a forced GC, then the engine at
 * rest on it. The page's HTML is taken as the content script would send it (the same serialising,
 * bundled into the page; the engine's page cuts it), and the service worker hands it to the engine's page over the engine's
 * port ENGINE_ASKS times. The engine has analysed this page in the loads before, and nothing else
 * runs meanwhile: the difference from its phase in those loads is what it loses to the page's
 * loading, the content script's own work and the browser's, on two cores.
 */
async function twinPage(session: Session, url: string, serializerBundle: string): Promise<{ heap: number | null; engineAtRestMs: number[] }> {
  const page = await session.context.newPage();
  try {
    const twinUrl = url.replace('127.0.0.1', TWIN_HOST);
    await page.goto(twinUrl, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForTimeout(300);
    const heapAfterGc = (await heap(page, session)).afterGc;
    return { heap: heapAfterGc, engineAtRestMs: await engineAtRest(session, page, twinUrl, serializerBundle).catch(() => []) };
  } catch {
    return { heap: null, engineAtRestMs: [] };
  } finally {
    await page.close();
  }
}

// Readability alone at the moment the content script runs: right after DOMContentLoaded of a fresh
// load (Chrome's document_idle comes then or at the load event), while the page may still be laying
// itself out, as the extension's own run does. The other baseline is taken after the analysis, in a
// page that has settled. The twin host keeps the content script out of this load.
const AT_IDLE_SCRIPT = `document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
  const t0 = performance.now();
  new ${READABILITY_GLOBAL}.Readability(document.cloneNode(true)).parse();
  window.__sourcelightBenchReadabilityAtIdle = performance.now() - t0;
}, 0));`;

async function readabilityAtIdle(session: Session, url: string, readabilityBundle: string): Promise<number | null> {
  const page = await session.context.newPage();
  try {
    await page.addInitScript({ content: `${readabilityBundle}\n${AT_IDLE_SCRIPT}` });
    await page.goto(url.replace('127.0.0.1', TWIN_HOST), { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction('window.__sourcelightBenchReadabilityAtIdle !== undefined', null, { timeout: 30_000 });
    return (await page.evaluate('window.__sourcelightBenchReadabilityAtIdle')) as number;
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

/** One phase of each load that published phases. */
const phaseOf = (loads: LoadResult[], phase: Phase): number[] => loads.flatMap((l) => (l.phases && typeof l.phases[phase] === 'number' ? [l.phases[phase]] : []));

function phaseMedians(loads: LoadResult[]): PhaseMedians {
  return Object.fromEntries(PHASES.map((k) => [k, medianOrNull(phaseOf(loads, k))])) as PhaseMedians;
}

/** Each phase over runs that published phases (the settled and on-demand runs). */
function runPhases(runs: { phases: Phases | null }[]): Record<Phase, Dist> {
  return Object.fromEntries(PHASES.map((k) => [k, dist(runs.flatMap((r) => (r.phases && typeof r.phases[k] === 'number' ? [r.phases[k]] : [])))])) as Record<Phase, Dist>;
}

function phaseDists(loads: LoadResult[]): Record<Phase, Dist> {
  return Object.fromEntries(PHASES.map((k) => [k, dist(phaseOf(loads, k))])) as Record<Phase, Dist>;
}

/** Main-thread time of Sourcelight over Readability alone: how much of the page's thread each needs. */
const mainThreadRatio = (mainThread: number | null, readability: number | null): number | null => (mainThread === null || readability === null ? null : ratio(mainThread, readability));

export async function runBrowser(options: BrowserOptions): Promise<BrowserResult> {
  const server = await startFixtureServer(FIXTURES);
  const session = await launch(options.extensionDir);
  const cpuAtStart = descendantsCpuSeconds();
  let chromiumCpuSeconds = 0;
  try {
    const readabilityBundle = await bundle("export { Readability } from '@mozilla/readability';", READABILITY_GLOBAL);
    const serializerBundle = await bundle(
      "import { serializePage } from './extension/content/serialize'; export const pageHtml = () => serializePage(document).html;",
      SERIALIZER_GLOBAL,
    );
    const refs = pagesToMeasure(server);

    // Warm-up: the background registers the content script when it starts; wait for a first analysis.
    {
      const warm = `${server.origin}${refs[0].path}`;
      const { page } = await measureLoad(session, warm, readabilityBundle, 60_000, true, true);
      if (options.popup) await openPopupTimed(session, await tabIdOf(session, warm));
      await page.close();
    }
    const afterWarmUp = extensionProcessMemory();

    const pages: BrowserPage[] = [];
    for (const ref of refs) {
      const url = `${server.origin}${ref.path}`;
      const loads: LoadResult[] = [];
      let page: Page | null = null;
      const n = options.content ? options.loads : 1;
      for (let i = 0; i < n; i++) {
        const last = i === n - 1;
        const m = await measureLoad(session, url, readabilityBundle, 60_000, last && options.popup, last && options.content);
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
      const twin = options.content ? await twinPage(session, url, serializerBundle) : null;
      const atIdle = options.content ? await readabilityAtIdle(session, url, readabilityBundle) : null;
      const onDemand = options.content ? await measureOnDemand(session, url, readabilityBundle, 60_000) : null;
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
        heapWithoutSourcelight: twin?.heap ?? null,
        engineAtRestMs: twin?.engineAtRestMs ?? [],
        readabilityAtIdleMs: atIdle,
        popupMs,
        popupState,
        phases: phaseMedians(loads),
        mainThreadRatio: mainThreadRatio(medianOrNull(phaseOf(loads, 'mainThread')), readabilityMs.n ? readabilityMs.median : null),
        settledMs: medianOrNull(loads.map((l) => l.settled?.ms)),
        onDemand,
      });
      options.log(`  browser: ${ref.name} content ${ms(contentMs.median)} ms, Readability ${ms(readabilityMs.median)} ms${popupMs.length ? `, popup ${ms(median(popupMs))} ms` : ''}`);
    }

    const afterPages = extensionProcessMemory();
    let large: LargePage | null = null;
    if (options.content && options.largeLoads > 0) {
      const built = articleOfSize(LARGE_CHARS);
      server.pages.set(LARGE_PATH, { body: built.html });
      server.pages.set(BLOCKING_PATH, { body: BLOCKING_PAGE });
      const loads: LoadResult[] = [];
      for (let i = 0; i < options.largeLoads; i++) loads.push((await measureLoad(session, `${server.origin}${LARGE_PATH}`, readabilityBundle, 300_000, false, i === 0)).result);
      const readabilities = loads.map((l) => l.readabilityMs).filter((x): x is number => x !== null);
      large = {
        bodyChars: built.bodyChars,
        htmlBytes: Buffer.byteLength(built.html),
        loads,
        contentMs: median(loads.map((l) => l.contentMs)),
        readabilityMs: readabilities.length ? median(readabilities) : null,
        longestTaskMs: Math.max(...loads.map((l) => l.longestTaskMs)),
        tasksOver50: Math.max(...loads.map((l) => l.longTasks)),
        phases: phaseMedians(loads),
        observerCheckMs: await observedBlockingTaskMs(session, `${server.origin}${BLOCKING_PATH}`),
      };
      options.log(`  browser: 1 MB page content ${ms(large.contentMs)} ms, longest task ${ms(large.longestTaskMs)} ms`);
    }
    chromiumCpuSeconds = descendantsCpuSeconds() - cpuAtStart;
    const afterLarge = large ? extensionProcessMemory() : null;
    const extensionProcess = {
      afterWarmUp,
      afterPages,
      afterLarge,
      afterIdle: afterLarge && afterPages ? await memoryOnceIdle(afterPages.pss * 1.2) : null,
      analyses: pages.reduce((n, p) => n + p.loads.reduce((m, l) => m + l.runs + (l.settled ? 1 : 0), 0), 0),
    };

    const analysed = pages.filter((p) => p.loads.every((l) => l.status === 'analyzed'));
    const allContent = pages.flatMap((p) => p.loads.map((l) => l.contentMs));
    const allReadability = pages.flatMap((p) => p.loads.map((l) => l.readabilityMs).filter((x): x is number => x !== null));
    const contentDist = dist(allContent);
    const readabilityDist = dist(allReadability);
    const pageRatios = pages.map((p) => p.ratio).filter((x): x is number => x !== null);
    const allPhases = phaseDists(pages.flatMap((p) => p.loads));
    const atIdleDist = dist(pages.map((p) => p.readabilityAtIdleMs).filter((x): x is number => x !== null));
    const settledRuns = pages.flatMap((p) => p.loads.flatMap((l) => (l.settled ? [l.settled] : [])));
    const settledDist = dist(settledRuns.map((r) => r.ms));
    const onDemandRuns = pages.flatMap((p) => (p.onDemand && p.onDemand.readabilityMs !== null ? [p.onDemand] : []));
    const onDemandDist = dist(onDemandRuns.map((r) => r.ms));
    const onDemandReadability = dist(onDemandRuns.map((r) => r.readabilityMs!));
    const engineAtRest = dist(pages.flatMap((p) => p.engineAtRestMs));
    const againstRest = (phases: Record<Phase, Dist>) => (engineAtRest.n && phases.engine.n ? ratio(phases.engine.median, engineAtRest.median) : null);
    const heapDeltas = pages.filter((p) => p.heapWithoutSourcelight !== null).map((p) => p.heapAfterGc - p.heapWithoutSourcelight!);
    const all = {
      contentMs: contentDist,
      readabilityMs: readabilityDist,
      ratioMedian: ratio(contentDist.median, readabilityDist.median),
      ratioP95: ratio(contentDist.p95, readabilityDist.p95),
      medianOfPageRatios: pageRatios.length ? median(pageRatios) : null,
      heapDeltaMedian: heapDeltas.length ? median(heapDeltas) : null,
      heapUsedAfterMedian: median(pages.map((p) => p.heapUsedAfter)),
      readabilityWarmMs: dist(pages.flatMap((p) => p.loads.map((l) => l.readabilityWarmMs).filter((x): x is number => x !== null))),
      phases: allPhases,
      mainThreadRatioMedian: mainThreadRatio(allPhases.mainThread.n ? allPhases.mainThread.median : null, readabilityDist.n ? readabilityDist.median : null),
      readabilityAtIdleMs: atIdleDist,
      ratioAtIdleMedian: atIdleDist.n ? ratio(contentDist.median, atIdleDist.median) : null,
      settledMs: settledDist,
      ratioSettledMedian: settledDist.n && readabilityDist.n ? ratio(settledDist.median, readabilityDist.median) : null,
      settledPhases: runPhases(settledRuns),
      onDemandMs: onDemandDist,
      onDemandReadabilityMs: onDemandReadability,
      ratioOnDemandMedian: onDemandDist.n ? ratio(onDemandDist.median, onDemandReadability.median) : null,
      ratioOnDemandP95: onDemandDist.n ? ratio(onDemandDist.p95, onDemandReadability.p95) : null,
      onDemandPhases: runPhases(onDemandRuns),
      engineAtRestMs: engineAtRest,
      engineVsRest: { atLoad: againstRest(allPhases), onClick: againstRest(runPhases(onDemandRuns)), settled: againstRest(runPhases(settledRuns)) },
    };
    void analysed;
    // The same click measured in CPU time of the page's main thread, Sourcelight's whole click (the
    // injection and the painting included) against Readability alone's run.
    const cpuRuns = onDemandRuns.filter((r) => r.cpuMs !== null && r.readabilityCpuMs !== null);
    const clickCpu = dist(cpuRuns.map((r) => r.cpuMs!));
    const readabilityCpu = dist(cpuRuns.map((r) => r.readabilityCpuMs!));
    const onClickMainThreadRatio = mainThreadRatio(all.onDemandPhases.mainThread.n ? all.onDemandPhases.mainThread.median : null, onDemandReadability.n ? onDemandReadability.median : null);
    // Issue 22: what a reader feels is the page's main thread, not the wall time from the content
    // script's start to the highlights (which carries the fixed cost of the trip to the engine's page).
    const budgets: Budget[] = options.content
      ? [
          budget('at page load: main-thread time used by Sourcelight / Readability alone in the page, medians', '<= 0.50x', all.mainThreadRatioMedian, (x) => x <= 0.5, times, 'issue 22'),
          budget('on a click once the page has loaded: main-thread time used by Sourcelight / Readability alone, medians', '<= 0.50x', onClickMainThreadRatio, (x) => x <= 0.5, times, 'issue 22'),
          // Passes only if the probe sees long tasks at all (a page's own 120 ms task).
          ...(large ? [budget(`longest task during analysis, ${(large.bodyChars / 1e6).toFixed(2)} MB article`, '<= 50 ms', large.longestTaskMs, (x) => x <= 50 && large.observerCheckMs >= 100, (x) => `${ms(x)} ms`, 'issue 6')] : []),
        ]
      : [];
    // Retired as budgets by issue 22 (the wall-time ratios of issue 6), still printed.
    const informational: Budget[] = options.content
      ? [
          { what: 'content script run / Readability alone in the page, medians (issue 6, retired)', budget: 'informational', measured: times(all.ratioMedian), pass: null },
          { what: 'content script run / Readability alone, p95s (issue 6, retired)', budget: 'informational', measured: times(all.ratioP95), pass: null },
          { what: 'on a click: content script run / Readability alone, medians (issue 6, retired)', budget: 'informational', measured: times(all.ratioOnDemandMedian), pass: null },
          { what: 'on a click: content script run / Readability alone, p95s (issue 6, retired)', budget: 'informational', measured: times(all.ratioOnDemandP95), pass: null },
          { what: 'content script run / Readability alone at document_idle of a fresh load, medians', budget: 'informational', measured: times(all.ratioAtIdleMedian), pass: null },
          { what: 'content script run again on the settled page / Readability alone, medians', budget: 'informational', measured: times(all.ratioSettledMedian), pass: null },
          {
            what: `on a click: main-thread CPU time of the whole click (injection, analysis, highlights; median ${clickCpu.n ? ms(clickCpu.median) : '-'} ms) / of Readability alone (median ${readabilityCpu.n ? ms(readabilityCpu.median) : '-'} ms), medians over ${cpuRuns.length} pages`,
            budget: 'informational',
            measured: times(clickCpu.n && readabilityCpu.n ? ratio(clickCpu.median, readabilityCpu.median) : null),
            pass: null,
          },
        ]
      : [];
    const popupPages = pages.filter((p) => p.popupMs.length).map((p) => ({ name: p.name, ms: dist(p.popupMs), state: p.popupState }));
    const popupAll = dist(pages.flatMap((p) => p.popupMs));
    const popup = options.popup ? { pages: popupPages, all: popupAll } : null;
    const popupBudgets: Budget[] = options.popup ? [budget('popup open -> summary shown, median', '< 150 ms', popupAll.n ? popupAll.median : null, (x) => x < 150, (x) => `${ms(x)} ms`, 'issue 5')] : [];
    return { extensionDir: relative(ROOT, options.extensionDir), loadsPerPage: options.content ? options.loads : 0, popupsPerPage: options.popup ? options.popups : 0, pages, all, large, popup, budgets, informational, popupBudgets, chromiumCpuSeconds, extensionProcess };
  } finally {
    await session.close();
    await server.close();
  }
}

/** Samples the extension's process every 5 s (up to 60 s) until its PSS is at most `target`. */
async function memoryOnceIdle(target: number): Promise<(ProcessMemory & { seconds: number }) | null> {
  let last: (ProcessMemory & { seconds: number }) | null = null;
  for (let seconds = 5; seconds <= 60; seconds += 5) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const m = extensionProcessMemory();
    if (!m) return null;
    last = { ...m, seconds };
    if (m.pss <= target) break;
  }
  return last;
}

const orDash = (x: number | null): string => (x === null ? '-' : ms(x));

/** The phases of the all-loads line, in the order the run goes through them. */
function phasesLine(phases: Record<Phase, Dist>): string {
  const used = phases.byEngine;
  // byEngine is 0 or 1 per run: its count, not its median.
  const anchors = used.n ? `; the engine's anchors used in ${Math.round(used.mean * used.n)} of ${used.n} runs` : '';
  return PHASES.filter((k) => k !== 'byEngine').map((k) => `${k} ${phases[k].n ? ms(phases[k].median) : '-'}`).join(', ') + anchors;
}

export function formatBrowser(r: BrowserResult): string {
  const lines = [
    `${r.pages.length} pages x ${r.loadsPerPage} loads, extension from ${r.extensionDir}; medians in ms per page load (content = start of the content script's run to highlights registered; ` +
      `engine = its own parse and analysis, in its page; at rest = the same on the same HTML with nothing else running; roundTrip = HTML sent to answer received; main = all the time Sourcelight kept the page's main thread busy; main/R = main / Readability alone; ` +
      `click = the run when the reader clicks once the page has loaded, click/R = that / Readability alone in the same page)`,
    table(
      ['page', 'status', 'content', 'content p95', 'Readability', 'ratio', 'R at idle', 'settled', 'click', 'click/R', 'engine', 'at rest', 'roundTrip', 'serialize', 'readText', 'anchor', 'main', 'main/R'],
      r.pages.map((p) => [
        p.name,
        [...new Set(p.loads.map((l) => l.status))].join('/'),
        ms(p.contentMs.median),
        ms(p.contentMs.p95),
        ms(p.readabilityMs.median),
        times(p.ratio),
        orDash(p.readabilityAtIdleMs),
        orDash(p.settledMs),
        p.onDemand ? ms(p.onDemand.ms) : '-',
        p.onDemand?.readabilityMs ? times(ratio(p.onDemand.ms, p.onDemand.readabilityMs)) : '-',
        orDash(p.phases.engine),
        p.engineAtRestMs.length ? ms(median(p.engineAtRestMs)) : '-',
        orDash(p.phases.roundTrip),
        orDash(p.phases.serialize),
        orDash(p.phases.readText),
        orDash(p.phases.anchor),
        orDash(p.phases.mainThread),
        times(p.mainThreadRatio),
      ]),
    ),
    '  per page: longest task during the run (ms), JS heap, analyses finished when measured',
    table(
      ['page', 'longest task', 'heap after', 'after GC', 'without SL', 'runs'],
      r.pages.map((p) => [
        p.name,
        ms(p.longestTaskMs),
        mb(p.heapUsedAfter),
        mb(p.heapAfterGc),
        p.heapWithoutSourcelight === null ? '-' : mb(p.heapWithoutSourcelight),
        String(Math.max(...p.loads.map((l) => l.runs))),
      ]),
    ),
    `  all loads: content median ${ms(r.all.contentMs.median)} ms, p95 ${ms(r.all.contentMs.p95)} ms; Readability alone median ${ms(r.all.readabilityMs.median)} ms, p95 ${ms(r.all.readabilityMs.p95)} ms ` +
      `(warm ${ms(r.all.readabilityWarmMs.median)} ms); ratio of medians ${times(r.all.ratioMedian)}, of p95s ${times(r.all.ratioP95)}, median of page ratios ${times(r.all.medianOfPageRatios)}`,
    `  all loads, phase medians (ms): ${phasesLine(r.all.phases)}; main thread used by Sourcelight / Readability alone (medians) ${times(r.all.mainThreadRatioMedian)}`,
    `  Readability alone at document_idle of a fresh load (the content script's moment; one load per page): median ${r.all.readabilityAtIdleMs.n ? ms(r.all.readabilityAtIdleMs.median) : '-'} ms, ` +
      `p95 ${r.all.readabilityAtIdleMs.n ? ms(r.all.readabilityAtIdleMs.p95) : '-'} ms; content median / that ${times(r.all.ratioAtIdleMedian)}`,
    `  the run again on the settled page (one re-analysis per page, after an in-page navigation): median ${r.all.settledMs.n ? ms(r.all.settledMs.median) : '-'} ms, ` +
      `p95 ${r.all.settledMs.n ? ms(r.all.settledMs.p95) : '-'} ms; / Readability alone (medians) ${times(r.all.ratioSettledMedian)}; its phases (medians, ms): ${phasesLine(r.all.settledPhases)}`,
    `  on a click once the page has loaded (on-demand host, ${READER_PAUSE_MS} ms after the load event; one load per page, ${r.all.onDemandMs.n} analysed): content median ${r.all.onDemandMs.n ? ms(r.all.onDemandMs.median) : '-'} ms, ` +
      `p95 ${r.all.onDemandMs.n ? ms(r.all.onDemandMs.p95) : '-'} ms; Readability alone in those pages median ${r.all.onDemandReadabilityMs.n ? ms(r.all.onDemandReadabilityMs.median) : '-'} ms, ` +
      `p95 ${r.all.onDemandReadabilityMs.n ? ms(r.all.onDemandReadabilityMs.p95) : '-'} ms; ratio of medians ${times(r.all.ratioOnDemandMedian)}, of p95s ${times(r.all.ratioOnDemandP95)}; its phases (medians, ms): ${phasesLine(r.all.onDemandPhases)}`,
    `  the engine at rest (the page's HTML as the content script sends it, handed to the engine's page by the service worker ${ENGINE_ASKS} times per page, nothing else running): ` +
      `median ${r.all.engineAtRestMs.n ? ms(r.all.engineAtRestMs.median) : '-'} ms, p95 ${r.all.engineAtRestMs.n ? ms(r.all.engineAtRestMs.p95) : '-'} ms; ` +
      `the engine's phase against it (medians): at page load ${times(r.all.engineVsRest.atLoad)}, on a click ${times(r.all.engineVsRest.onClick)}, on the settled page ${times(r.all.engineVsRest.settled)}`,
    `  long tasks during the content script's run: ${r.pages.reduce((n, p) => n + p.loads.filter((l) => l.longTasks > 0).length, 0)} of ${r.pages.length * r.loadsPerPage} loads had one; longest ${ms(Math.max(0, ...r.pages.map((p) => p.longestTaskMs)))} ms, median of the longest per page ${ms(median(r.pages.map((p) => p.longestTaskMs)))} ms`,
    `  JS heap: used right after the analysis (garbage included) median ${mb(r.all.heapUsedAfterMedian)}; retained by Sourcelight (after GC, minus the same page without it) median ${r.all.heapDeltaMedian === null ? '-' : mb(r.all.heapDeltaMedian)}`,
  ];
  const memory = (m: ProcessMemory | null) => (m ? `${mb(m.pss)} PSS (${mb(m.rss)} resident)` : '-');
  const x = r.extensionProcess;
  lines.push(
    `  the extension's process (the engine's offscreen document, the service worker, the popups opened so far): after the warm-up ${memory(x.afterWarmUp)}; ` +
      `after the ${x.analyses} analyses of the pages above ${memory(x.afterPages)}${r.large ? `; after the 1 MB page ${memory(x.afterLarge)}` : ''}` +
      `${x.afterIdle ? `; ${x.afterIdle.seconds} s later, idle: ${memory(x.afterIdle)}` : ''}`,
  );
  if (r.large) {
    const l = r.large;
    lines.push(
      `  large page: ${(l.bodyChars / 1e6).toFixed(2)} M chars of article text (${mb(l.htmlBytes)} HTML), ${l.loads.length} load(s): status ${l.loads.map((x) => x.status).join('/')}, ` +
        `content ${ms(l.contentMs)} ms, Readability alone ${orDash(l.readabilityMs)} ms (ratio ${times(ratio(l.contentMs, l.readabilityMs ?? 0))}), ` +
        `engine ${orDash(l.phases.engine)} ms, roundTrip ${orDash(l.phases.roundTrip)} ms, serialize ${orDash(l.phases.serialize)} ms, anchor ${orDash(l.phases.anchor)} ms, ` +
        `main thread ${orDash(l.phases.mainThread)} ms (${times(mainThreadRatio(l.phases.mainThread, l.readabilityMs))} Readability alone); ` +
        `longest task ${ms(l.longestTaskMs)} ms, ${l.tasksOver50} long task(s) over 50 ms during the run ` +
        `(the probe's check: a page's own 120 ms task was seen as ${ms(l.observerCheckMs)} ms)`,
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
