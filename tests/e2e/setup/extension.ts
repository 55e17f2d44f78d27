import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, extensionArgs } from './chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-test');
/** Attributes Sourcelight sets on <html>: its state, and in the test flavor its timings and run count. */
export const SOURCELIGHT_ATTRIBUTES = ['data-sourcelight', 'data-sourcelight-ms', 'data-sourcelight-engine-ms', 'data-sourcelight-phases', 'data-sourcelight-runs'];
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked extension to load (default: the test flavor). */
  extensionDir?: string;
  /** More Chromium flags (the benchmark blocks name resolution, for instance). */
  extraArgs?: string[];
}

/** Starts headless Debian Chromium with the built test flavor loaded (recipe in DESIGN.md). */
export async function launchWithExtension({ extensionDir = EXTENSION_DIR, extraArgs = [] }: LaunchOptions = {}): Promise<LoadedExtension> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [...extensionArgs(extensionDir), ...extraArgs],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits for the content script's final state on the page: analyzed, no-article or error. */
export async function waitForAnalysis(page: Page, timeout = 15_000): Promise<string> {
  await page.waitForFunction(() => ['analyzed', 'no-article', 'error'].includes(document.documentElement.dataset.sourcelight ?? ''), null, { timeout });
  return page.evaluate(() => document.documentElement.dataset.sourcelight ?? '');
}

/** The tab id Chrome gave a page, looked up by its URL from the service worker. */
export async function tabIdOf(ext: LoadedExtension, url: string): Promise<number> {
  type Chrome = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
  const tabs = await ext.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({}));
  // The newest tab with that address: an earlier test may have left one open.
  const ids = tabs.filter((t) => t.url === url && t.id !== undefined).map((t) => t.id!);
  if (!ids.length) throw new Error(`no tab with url ${url}`);
  return Math.max(...ids);
}

/** Opens the popup as a tab pointed at `tabId`, as DESIGN.md describes. */
export async function openPopup(ext: LoadedExtension, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
