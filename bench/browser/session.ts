// Headless Debian Chromium with the built extension, launched by tests/e2e/setup/extension.ts, plus what the benchmark needs:
// - no network beyond the local fixture server: every host name fails to resolve, except
//   `bench-twin.test`, which points at the fixture server too. The content script's host access
//   covers only 127.0.0.1 and localhost, so a page opened under that name is the same page without
//   Sourcelight: the baseline for the heap. And `on-demand.test`, which the test flavor may read but
//   does not analyse by itself: the reader's click (menu, toolbar) starts the analysis there.
// - an init script, run in every page before its own scripts, that records long tasks
//   (PerformanceObserver 'longtask') and the moment the content script publishes its timing
//   (`data-sourcelight-ms` on <html>, test flavor only), with the phases of that run
//   (`data-sourcelight-phases`).
import { CHROMIUM } from '../../tests/e2e/setup/chromium';
import { launchWithExtension } from '../../tests/e2e/setup/extension';
import { ON_DEMAND_HOST } from '../../tests/e2e/setup/on-demand-host';
import type { BrowserContext, Page, Worker } from 'playwright-core';

export { CHROMIUM, ON_DEMAND_HOST };
export const TWIN_HOST = 'bench-twin.test';

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * The phases of one run, in ms, as the test flavor writes them (extension/content/session.ts,
 * analysis.ts); alongside since 2026-12-07; engineAnchor (of engine: the engine finding the sentences
 * in the text root's HTML) and byEngine (1 when the page used the engine's anchors, 0 when it read its
 * own text; not ms) since the sixteenth session. A build without a phase prints '-' for it.
 */
export const PHASES = ['serialize', 'readText', 'roundTrip', 'toEngine', 'engine', 'engineAnchor', 'fromEngine', 'anchor', 'index', 'render', 'mainThread', 'alongside', 'byEngine'] as const;
export type Phase = (typeof PHASES)[number];
export type Phases = Record<Phase, number>;

/** What the init script collects in each page (window.__sourcelightBench). */
export interface PageProbe {
  longTasks: { start: number; duration: number }[];
  /** One entry per analysis the content script finished; phases null when the run published none. */
  analyses: { at: number; ms: number; runs: number; status: string; phases: Phases | null }[];
}

const INIT_SCRIPT = `(() => {
  const probe = { longTasks: [], analyses: [] };
  Object.defineProperty(window, '__sourcelightBench', { value: probe });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  // The phases are read here, with the run's timing: the content script sets both in one task, so
  // they belong together when this callback runs, and a later re-analysis would overwrite them.
  function phases(el) {
    try {
      return JSON.parse(el.getAttribute('data-sourcelight-phases') || 'null');
    } catch (e) {
      return null;
    }
  }
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.attributeName !== 'data-sourcelight-ms') continue;
      const el = r.target;
      probe.analyses.push({
        at: performance.now(),
        ms: Number(el.getAttribute('data-sourcelight-ms')),
        runs: Number(el.getAttribute('data-sourcelight-runs')),
        status: el.getAttribute('data-sourcelight') || '',
        phases: phases(el),
      });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-sourcelight-ms'] });
})();`;

export async function launch(extensionDir: string): Promise<Session> {
  const session = await launchWithExtension({
    extensionDir,
    extraArgs: [`--host-resolver-rules=MAP ${TWIN_HOST} 127.0.0.1, MAP ${ON_DEMAND_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`],
  });
  await session.context.addInitScript({ content: INIT_SCRIPT });
  return session;
}

/** The probe's records in a page. */
export function readProbe(page: Page): Promise<PageProbe> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __sourcelightBench?: PageProbe }).__sourcelightBench;
    return probe ? { longTasks: [...probe.longTasks], analyses: [...probe.analyses] } : { longTasks: [], analyses: [] };
  });
}

/**
 * The longest task the probe saw in a page whose own script blocks its main thread for 120 ms, or 0
 * when it saw none: the check that "no task over 50 ms" is a measurement and not a blind spot.
 */
export async function observedBlockingTaskMs(session: Session, url: string): Promise<number> {
  const page = await session.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { blocked?: boolean }).blocked === true, null, { timeout: 10_000 });
    await page.waitForTimeout(200);
    return Math.max(0, ...(await readProbe(page)).longTasks.map((t) => t.duration));
  } finally {
    await page.close();
  }
}

/** A page for observedBlockingTaskMs: one task of its own that runs for 120 ms. */
export const BLOCKING_PAGE = `<!doctype html><title>Blocking task</title><p>One long task.</p>
<script>setTimeout(() => { const t = performance.now(); while (performance.now() - t < 120); window.blocked = true; }, 0);</script>`;

/** Waits until the content script has finished its first analysis of the page. */
export async function waitForFirstAnalysis(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => ((window as unknown as { __sourcelightBench?: PageProbe }).__sourcelightBench?.analyses.length ?? 0) > 0,
    null,
    { timeout, polling: 100 },
  );
}

/** The tab id Chrome gave the newest tab showing `url`, asked of the extension's service worker. */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  type Chrome = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
  const tabs = await session.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({}));
  // Address without its query: the settled re-analysis (content.ts) moves the page to `?settled=1`.
  const page = (address: string) => address.split(/[?#]/)[0];
  const ids = tabs.filter((t) => t.url !== undefined && page(t.url) === page(url) && t.id !== undefined).map((t) => t.id!);
  if (!ids.length) throw new Error(`no tab shows ${url}`);
  return Math.max(...ids);
}
