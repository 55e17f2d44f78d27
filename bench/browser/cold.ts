// Section "cold": the reader's click, from the menu's handler in the service worker to the highlights
// registered in the page, in three states of the extension:
// - warm: the engine's page is open (the reader clicked on another page a moment ago);
// - engine closed: the engine's page has been closed (as it is after its idle time: lib/engine-idle.ts),
//   so the click opens it, loads the engine's code and runs it for the first time;
// - browser just started: a fresh browser, nothing of the extension run yet but its service worker.
// Each click is on a page opened under the on-demand host (analysed only when the reader asks), READER_PAUSE_MS
// after its load event. The click is the context menu's handler, which the test flavor's worker
// exposes; its time is taken in the worker right before it (Date.now()), the highlights' in the page
// (performance.timeOrigin + now, when the content script sets its timing attribute, right after it
// registers the highlights). Both are wall-clock times of the same machine. The content script's own
// run (data-sourcelight-ms: from its start to the highlights) is printed beside it.
// Chromium is driven over the DevTools protocol (cdp.ts): the worker is attached to only for the click.
import { join } from 'node:path';
import { startFixtureServer } from '../../tests/e2e/setup/server';
import { ROOT } from '../lib/corpus';
import { dist, type Dist } from '../lib/stats';
import { budget, ms, table, type Budget } from '../lib/report';
import { CdpBrowser } from './cdp';
import { pagesToMeasure } from './content';
import { ON_DEMAND_HOST } from './session';

const FIXTURES = join(ROOT, 'tests/fixtures');
const READER_PAUSE_MS = 1000;
const MENU_ID = 'sourcelight-analyze';

// Records when the content script's run ends: it sets data-sourcelight-ms (test flavor) in the same
// task as the highlights.
const PROBE = `new MutationObserver(() => {
  const ms = document.documentElement.getAttribute('data-sourcelight-ms');
  if (ms && window.__slDoneAt === undefined) {
    window.__slDoneAt = performance.timeOrigin + performance.now();
    window.__slMs = Number(ms);
    window.__slStatus = document.documentElement.getAttribute('data-sourcelight');
    try { window.__slPhases = JSON.parse(document.documentElement.getAttribute('data-sourcelight-phases') || 'null'); } catch (e) { window.__slPhases = null; }
  }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-sourcelight-ms'] });`;

export type ClickKind = 'warm' | 'engine closed' | 'browser just started';

export interface Click {
  kind: ClickKind;
  page: string;
  status: string;
  /** From the click (the menu handler in the worker) to the highlights registered in the page. */
  clickMs: number;
  /** The content script's own run. */
  contentMs: number;
  /** Of that run: from sending the page to the engine starting on it (opening its page, loading its code), and the engine's own work. */
  toEngineMs: number | null;
  engineMs: number | null;
}

export interface ColdResult {
  clicks: Click[];
  byKind: Record<ClickKind, { click: Dist; content: Dist; toEngine: Dist; engine: Dist }>;
  budgets: Budget[];
  /** CPU seconds of the browsers, for the section's load report (bench/run.ts). */
  chromiumCpuSeconds: number;
}

async function workerTarget(browser: CdpBrowser): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const worker = (await browser.targets()).find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (worker) return worker.targetId;
    if (Date.now() > deadline) throw new Error('the extension’s service worker did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function engineOpen(browser: CdpBrowser): Promise<boolean> {
  return (await browser.targets()).some((t) => t.url.startsWith('chrome-extension://') && t.url.includes('/offscreen.html'));
}

/** Opens `url` with the probe, waits for its load and the reader's pause, clicks, and waits for the highlights. */
async function clickOn(browser: CdpBrowser, url: string, kind: ClickKind, name: string): Promise<Click> {
  const page = await browser.open('about:blank');
  try {
    await browser.send('Page.enable', {}, page.sessionId);
    await browser.send('Page.addScriptToEvaluateOnNewDocument', { source: PROBE }, page.sessionId);
    await browser.send('Page.navigate', { url }, page.sessionId);
    await page.waitFor(`document.readyState === 'complete' && location.href === ${JSON.stringify(url)}`, 30_000);
    await new Promise((r) => setTimeout(r, READER_PAUSE_MS));
    const worker = await workerTarget(browser);
    const clicked = await browser.evaluateIn<{ at: number; ok: boolean }>(
      worker,
      `(async () => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)});
        const at = Date.now();
        const ok = await globalThis.sourcelightTest.onMenuClicked({ menuItemId: ${JSON.stringify(MENU_ID)} }, { id: tab.id, url: tab.url });
        return { at, ok };
      })()`,
    );
    if (!clicked.ok) throw new Error(`the click on ${url} started no analysis`);
    type Done = { at: number; ms: number; status: string; phases: { toEngine?: number; engine?: number } | null };
    const done = await page.waitFor<Done>(`window.__slDoneAt !== undefined && { at: window.__slDoneAt, ms: window.__slMs, status: window.__slStatus, phases: window.__slPhases }`, 60_000, 5);
    return { kind, page: name, status: done.status, clickMs: done.at - clicked.at, contentMs: done.ms, toEngineMs: done.phases?.toEngine ?? null, engineMs: done.phases?.engine ?? null };
  } finally {
    await page.close();
  }
}

const hostArgs = [`--host-resolver-rules=MAP ${ON_DEMAND_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`];

export async function runCold(options: { extensionDir: string; clicks: number; launches: number; log: (line: string) => void }): Promise<ColdResult> {
  const server = await startFixtureServer(FIXTURES);
  const clicks: Click[] = [];
  let chromiumCpuSeconds = 0;
  try {
    const refs = pagesToMeasure(server).filter((p) => p.name.startsWith('news/'));
    const onDemand = (path: string) => `${server.origin.replace('127.0.0.1', ON_DEMAND_HOST)}${path}`;
    const pick = (i: number) => refs[i % refs.length];

    // A fresh browser for each "just started" click.
    for (let i = 0; i < options.launches; i++) {
      const browser = await CdpBrowser.launch(options.extensionDir, hostArgs);
      try {
        await workerTarget(browser);
        const ref = pick(i);
        clicks.push(await clickOn(browser, onDemand(ref.path), 'browser just started', ref.name));
      } finally {
        await browser.close();
        chromiumCpuSeconds += browser.cpuSeconds;
      }
    }

    // One browser for the others: each "engine closed" click is followed by a warm one on another page.
    const browser = await CdpBrowser.launch(options.extensionDir, hostArgs);
    try {
      await workerTarget(browser);
      // Not measured: the first click of this browser (its first content-script injection).
      await clickOn(browser, onDemand(pick(0).path), 'warm', pick(0).name);
      for (let i = 0; i < options.clicks; i++) {
        const cold = pick(2 * i + 1);
        await browser.evaluateIn(await workerTarget(browser), 'globalThis.sourcelightTest.closeEngine()');
        if (await engineOpen(browser)) throw new Error('the engine page is still open after closeEngine()');
        clicks.push(await clickOn(browser, onDemand(cold.path), 'engine closed', cold.name));
        const warm = pick(2 * i + 2);
        if (!(await engineOpen(browser))) throw new Error('the engine page closed between two clicks');
        clicks.push(await clickOn(browser, onDemand(warm.path), 'warm', warm.name));
        options.log(`  cold: click ${i + 1}/${options.clicks}: engine closed ${ms(clicks[clicks.length - 2].clickMs)} ms, warm ${ms(clicks[clicks.length - 1].clickMs)} ms`);
      }
    } finally {
      await browser.close();
      chromiumCpuSeconds += browser.cpuSeconds;
    }
  } finally {
    await server.close();
  }
  const kinds: ClickKind[] = ['warm', 'engine closed', 'browser just started'];
  const byKind = Object.fromEntries(
    kinds.map((k) => {
      const of = clicks.filter((c) => c.kind === k && c.status === 'analyzed');
      const phase = (f: (c: Click) => number | null) => dist(of.map(f).filter((x): x is number => x !== null));
      return [k, { click: dist(of.map((c) => c.clickMs)), content: dist(of.map((c) => c.contentMs)), toEngine: phase((c) => c.toEngineMs), engine: phase((c) => c.engineMs) }];
    }),
  ) as ColdResult['byKind'];
  const p95 = (k: ClickKind) => (byKind[k].click.n ? byKind[k].click.p95 : null);
  const budgets = [
    budget('warm click to highlights, p95', '< 50 ms', p95('warm'), (x) => x < 50, (x) => `${ms(x)} ms`, 'issue 22'),
    budget('cold click (engine page closed) to highlights, p95', '< 300 ms', p95('engine closed'), (x) => x < 300, (x) => `${ms(x)} ms`, 'issue 22'),
    budget('cold click (browser just started) to highlights, p95', '< 300 ms', p95('browser just started'), (x) => x < 300, (x) => `${ms(x)} ms`, 'issue 22'),
  ];
  return { clicks, byKind, budgets, chromiumCpuSeconds };
}

export function formatCold(r: ColdResult): string {
  const kinds = Object.keys(r.byKind) as ClickKind[];
  return [
    `ms from the click (the menu handler in the service worker) to the highlights registered in the page, on news pages opened under the on-demand host, ${READER_PAUSE_MS} ms after their load; ` +
      `content = the content script's own run (its start to the highlights); of it, toEngine = from sending the page to the engine starting on it (opening the engine's page included), engine = the engine's own work (medians); analysed clicks only`,
    table(
      ['kind', 'clicks', 'median', 'p95', 'max', 'content median', 'content p95', 'toEngine', 'engine'],
      kinds.map((k) => {
        const d = r.byKind[k];
        const med = (x: Dist) => (x.n ? ms(x.median) : '-');
        return [k, String(d.click.n), med(d.click), d.click.n ? ms(d.click.p95) : '-', d.click.n ? ms(d.click.max) : '-', med(d.content), d.content.n ? ms(d.content.p95) : '-', med(d.toEngine), med(d.engine)];
      }),
    ),
    `  statuses: ${[...new Set(r.clicks.map((c) => c.status))].join('/')}`,
  ].join('\n');
}
