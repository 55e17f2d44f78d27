// Section "memory": what the extension holds, in the extension's own processes and in the whole
// browser, while it works and once it is idle, beside the same browser without the extension.
//
// Two headless Chromiums in turn, driven over the DevTools protocol (cdp.ts: nothing attached to the
// extension's service worker, which Chromium would otherwise never stop): the test flavor, which
// analyses every 127.0.0.1 page by itself, and the same browser without any extension. Each opens
// the first NEWS_PAGES news pages one after another (a tab each, closed once analysed; the browser
// without the extension waits for the page's load instead), then the 1 MB article, then keeps only
// its blank tab. Every SAMPLE_MS the PSS (/proc/<pid>/smaps_rollup) of each of its processes is read:
// the extension's processes are the renderers Chromium starts with --extension-process (the service
// worker and the engine's offscreen document); the whole browser is the main process and all its
// descendants. After the last analysis the browser is left alone, sampled every IDLE_SAMPLE_MS up to
// IDLE_WATCH_MS; the idle figure is the sample one minute after the last analysis.
import { join } from 'node:path';
import { startFixtureServer } from '../../tests/e2e/setup/server';
import { articleOfSize } from '../lib/article';
import { ROOT } from '../lib/corpus';
import { browserProcesses, type BrowserProcess } from '../lib/machine';
import { budget, mb, table, type Budget } from '../lib/report';
import { CdpBrowser } from './cdp';
import { pagesToMeasure } from './content';

const FIXTURES = join(ROOT, 'tests/fixtures');
const NEWS_PAGES = 5;
const LARGE_PATH = '/bench/memory-large-article.html';
const SAMPLE_MS = 100;
const IDLE_SAMPLE_MS = 5_000;
export const IDLE_AT_MS = 60_000;
const IDLE_WATCH_MS = 90_000;
const DONE = `['analyzed', 'no-article', 'error'].includes(document.documentElement.dataset.sourcelight ?? '') && document.documentElement.dataset.sourcelight`;

interface Sample {
  /** ms since the last analysis ended (idle samples only). */
  at: number;
  extension: number;
  /** The extension's processes' private memory (USS: see BrowserProcess.uss). */
  extensionPrivate: number;
  extensionProcesses: number;
  total: number;
  /** The extension's targets Chromium lists (service_worker, offscreen document…). */
  targets: string[];
}

export interface BrowserMemory {
  withExtension: boolean;
  /** Before any page: the browser as started (the extension installed, nothing analysed). */
  atStart: Peak;
  /** Peaks over the NEWS_PAGES pages, and over the 1 MB article. */
  pagesPeak: Peak;
  largePeak: Peak;
  largeStatus: string;
  pageStatuses: string[];
  idle: Sample[];
  /** The idle sample at IDLE_AT_MS (the first at or after it). */
  atIdle: Sample | null;
}

export interface MemoryResult {
  pages: string[];
  largeChars: number;
  with: BrowserMemory;
  without: BrowserMemory;
  budgets: Budget[];
  /** CPU seconds of both browsers, for the section's load report (bench/run.ts). */
  chromiumCpuSeconds: number;
}

/** PSS of the extension's processes and of the whole browser, and the extension's private memory (bytes; peaks or one moment). */
interface Peak {
  extension: number;
  /** Absent in results written before the seventeenth session. */
  extensionPrivate?: number;
  total: number;
}

function sample(root: number): { extension: number; extensionPrivate: number; extensionProcesses: number; total: number } {
  const processes: BrowserProcess[] = browserProcesses(root);
  const ext = processes.filter((p) => p.extension);
  return {
    extension: ext.reduce((s, p) => s + p.pss, 0),
    extensionPrivate: ext.reduce((s, p) => s + p.uss, 0),
    extensionProcesses: ext.length,
    total: processes.reduce((s, p) => s + p.pss, 0),
  };
}

/** Samples while `work` runs; returns the peaks. */
async function peakDuring(root: number, work: () => Promise<void>): Promise<Peak> {
  const peak = { extension: 0, extensionPrivate: 0, total: 0 };
  const take = () => {
    const s = sample(root);
    peak.extension = Math.max(peak.extension, s.extension);
    peak.extensionPrivate = Math.max(peak.extensionPrivate, s.extensionPrivate);
    peak.total = Math.max(peak.total, s.total);
  };
  take();
  const timer = setInterval(take, SAMPLE_MS);
  try {
    await work();
  } finally {
    clearInterval(timer);
    take();
  }
  return peak;
}

async function extensionTargets(browser: CdpBrowser): Promise<string[]> {
  return (await browser.targets()).filter((t) => t.url.startsWith('chrome-extension://')).map((t) => `${t.type}:${new URL(t.url).pathname}`);
}

let cpuSeconds = 0;

async function oneBrowser(extensionDir: string | null, urls: string[], largeUrl: string, log: (line: string) => void): Promise<BrowserMemory> {
  const browser = await CdpBrowser.launch(extensionDir);
  const root = browser.process.pid!;
  try {
    // The test flavor registers its automatic analysis when installed; give the browser time to settle.
    await new Promise((r) => setTimeout(r, 5000));
    const atStart = sample(root);
    const visit = async (url: string, timeoutMs: number): Promise<string> => {
      const page = await browser.open(url);
      try {
        if (extensionDir) return await page.waitFor<string>(DONE, timeoutMs);
        await page.waitFor<boolean>(`document.readyState === 'complete'`, timeoutMs);
        return 'loaded';
      } finally {
        await page.close();
      }
    };
    const pageStatuses: string[] = [];
    const pagesPeak = await peakDuring(root, async () => {
      for (const url of urls) pageStatuses.push(await visit(url, 60_000));
    });
    let largeStatus = '';
    const largePeak = await peakDuring(root, async () => {
      largeStatus = await visit(largeUrl, 300_000);
    });
    const idleSince = Date.now();
    const idle: Sample[] = [];
    for (let at = 0; at <= IDLE_WATCH_MS; at += IDLE_SAMPLE_MS) {
      await new Promise((r) => setTimeout(r, Math.max(0, idleSince + at - Date.now())));
      idle.push({ at: Date.now() - idleSince, ...sample(root), targets: extensionDir ? await extensionTargets(browser) : [] });
    }
    const atIdle = idle.find((s) => s.at >= IDLE_AT_MS) ?? null;
    log(`  memory (${extensionDir ? 'with' : 'without'} the extension): pages peak ${mb(pagesPeak.total)}, 1 MB peak ${mb(largePeak.total)}, idle ${atIdle ? mb(atIdle.total) : '-'}`);
    return { withExtension: !!extensionDir, atStart: { extension: atStart.extension, extensionPrivate: atStart.extensionPrivate, total: atStart.total }, pagesPeak, largePeak, largeStatus, pageStatuses, idle, atIdle };
  } finally {
    await browser.close();
    cpuSeconds += browser.cpuSeconds;
  }
}

export async function runMemory(options: { extensionDir: string; log: (line: string) => void }): Promise<MemoryResult> {
  const server = await startFixtureServer(FIXTURES);
  cpuSeconds = 0;
  try {
    const news = pagesToMeasure(server).filter((p) => p.name.startsWith('news/')).slice(0, NEWS_PAGES);
    const large = articleOfSize(1_000_000);
    server.pages.set(LARGE_PATH, { body: large.html });
    const urls = news.map((p) => `${server.origin}${p.path}`);
    const largeUrl = `${server.origin}${LARGE_PATH}`;
    const withExt = await oneBrowser(options.extensionDir, urls, largeUrl, options.log);
    const without = await oneBrowser(null, urls, largeUrl, options.log);
    const idleExtension = withExt.atIdle?.extension ?? null;
    const budgets = [
      budget(`extension's processes ${IDLE_AT_MS / 1000} s after the last analysis (PSS; the browser without the extension has none)`, '< 5 MB', idleExtension, (x) => x < 5 * 2 ** 20, mb, 'issue 22'),
      budget(`extension's processes, peak while analysing the ${(large.bodyChars / 1e6).toFixed(2)} MB article (PSS)`, '< 80 MB', withExt.largePeak.extension, (x) => x < 80 * 2 ** 20, mb, 'issue 22'),
    ];
    return { pages: news.map((p) => p.name), largeChars: large.bodyChars, with: withExt, without, budgets, chromiumCpuSeconds: cpuSeconds };
  } finally {
    await server.close();
  }
}

export function formatMemory(r: MemoryResult): string {
  const diff = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '-' : `${a >= b ? '+' : '-'}${mb(Math.abs(a - b))}`);
  const w = r.with;
  const o = r.without;
  const priv = (x: { extensionPrivate?: number }) => (x.extensionPrivate === undefined ? '-' : mb(x.extensionPrivate));
  return [
    `${r.pages.length} news pages (${r.pages.join(', ')}), one tab each, closed once analysed; then the ${(r.largeChars / 1e6).toFixed(2)} MB article; then only a blank tab. ` +
      `PSS from /proc/<pid>/smaps_rollup every ${SAMPLE_MS} ms; extension = the renderers Chromium starts with --extension-process (service worker, offscreen document); whole browser = all its processes. ` +
      `Private = the extension's processes' private memory (Private_Clean + Private_Dirty), which unlike PSS does not move with the number of other Chromium processes on the machine sharing its pages.`,
    table(
      ['moment', 'extension', 'extension, private', 'whole browser', 'without extension', 'difference'],
      [
        ['started, nothing analysed', mb(w.atStart.extension), priv(w.atStart), mb(w.atStart.total), mb(o.atStart.total), diff(w.atStart.total, o.atStart.total)],
        [`peak over the ${r.pages.length} pages`, mb(w.pagesPeak.extension), priv(w.pagesPeak), mb(w.pagesPeak.total), mb(o.pagesPeak.total), diff(w.pagesPeak.total, o.pagesPeak.total)],
        ['peak over the 1 MB article', mb(w.largePeak.extension), priv(w.largePeak), mb(w.largePeak.total), mb(o.largePeak.total), diff(w.largePeak.total, o.largePeak.total)],
        [`${IDLE_AT_MS / 1000} s after the last analysis`, w.atIdle ? mb(w.atIdle.extension) : '-', w.atIdle ? priv(w.atIdle) : '-', w.atIdle ? mb(w.atIdle.total) : '-', o.atIdle ? mb(o.atIdle.total) : '-', diff(w.atIdle?.total, o.atIdle?.total)],
      ],
    ),
    `  statuses: pages ${w.pageStatuses.join('/')}; 1 MB article ${w.largeStatus}`,
    `  after the last analysis (s: extension's processes PSS and private memory, their number, the extension's targets):`,
    ...w.idle.map((s) => `    ${(s.at / 1000).toFixed(0).padStart(3)} s: ${mb(s.extension).padStart(8)} (private ${priv(s)}) in ${s.extensionProcesses} process(es); ${s.targets.join(', ') || 'no target'}`),
  ].join('\n');
}
