import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { FirefoxBrowser, FIREFOX_EXTENSION_DIR, FIREFOX_EXTENSION_ID } from '../setup/firefox';
import { startFixtureServer, type FixtureServer } from '../setup/server';

// Firefox hosts the engine in the extension's event page (Chrome: an offscreen document, see
// tests/e2e/engine-page.test.ts). Nothing may hold it while idle: Firefox suspends it once no event
// has come for its idle time (extensions.background.idle.timeout, 30 s; 2 s here), and an analysis
// wakes it again. A re-analysis that comes just as it suspends is answered once.

const IDLE_MS = 2000;
let firefox: FirefoxBrowser;
let server: FixtureServer;
let article: string;
let observer: string;

const ANALYSED = `['analyzed', 'no-article', 'error'].includes(document.documentElement.dataset.sourcelight ?? '') && document.documentElement.dataset.sourcelight`;
/** From an extension page: is the event page running? (Asking wakes nothing.) */
const EVENT_PAGE_RUNNING = `browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] }).then((c) => c.length > 0)`;
const runs = () => firefox.evaluate<number>(article, `Number(document.documentElement.dataset.sourcelightRuns ?? 0)`);

beforeAll(async () => {
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No Firefox test build at ${FIREFOX_EXTENSION_DIR}: run "npx wxt build -b firefox --mode test" (npm run test:e2e does it for you).`);
  }
  server = await startFixtureServer(resolve('tests/fixtures'));
  firefox = await FirefoxBrowser.launch({ 'extensions.background.idle.timeout': IDLE_MS });
  expect(await firefox.installExtension(FIREFOX_EXTENSION_DIR)).toBe(FIREFOX_EXTENSION_ID);
  // An extension page to look from (the options page: it analyses nothing).
  observer = await firefox.newTab();
  await firefox.navigate(observer, `moz-extension://${firefox.extensionUuid}/options.html`);
  article = await firefox.newTab();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Polls until the event page is suspended; returns after how many ms. */
async function eventPageSuspended(timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (!(await firefox.evaluate<boolean>(observer, EVENT_PAGE_RUNNING))) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`the event page was still running ${timeoutMs} ms later`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Firefox: the event page that hosts the engine', () => {
  test('is suspended once idle after an analysis, and woken by the next one', async () => {
    await firefox.navigate(article, `${server.origin}/kursk-pushback.html`);
    expect(await firefox.waitFor<string>(article, ANALYSED)).toBe('analyzed');
    // Nothing keeps it: no open port, no timer, no ping.
    await eventPageSuspended(IDLE_MS * 10);

    await firefox.navigate(article, `${server.origin}/kursk-mobilization.html`);
    expect(await firefox.waitFor<string>(article, ANALYSED)).toBe('analyzed');
    expect(await firefox.evaluate<number>(article, `CSS.highlights.get('sourcelight-vague')?.size ?? 0`)).toBeGreaterThan(0);
    expect(await firefox.evaluate<boolean>(observer, EVENT_PAGE_RUNNING)).toBe(true);
    await eventPageSuspended(IDLE_MS * 10);
  });

  test('a re-analysis that comes as the event page is suspended is answered once', async () => {
    const tabs = await firefox.evaluate<{ id?: number; url?: string }[]>(observer, `browser.tabs.query({})`);
    const tabId = tabs.find((t) => t.url?.endsWith('/kursk-mobilization.html'))?.id;
    expect(tabId, 'article tab').toBeTypeOf('number');
    // Re-analyses at moments around the end of the idle time: each finds the event page running,
    // suspending or suspended, and must come back analysed, counting one run.
    for (const wait of [IDLE_MS - 100, IDLE_MS, IDLE_MS + 100, IDLE_MS + 400]) {
      await eventPageSuspended(IDLE_MS * 10).catch(() => undefined);
      const before = await runs();
      const state = await firefox.evaluate<{ status?: string }>(
        observer,
        `new Promise((r) => setTimeout(r, ${wait})).then(() => browser.tabs.sendMessage(${tabId}, { type: 'sourcelight:reanalyze' }))`,
      );
      expect(state.status, `re-analysis ${wait} ms after the last`).toBe('analyzed');
      expect(await runs(), `re-analysis ${wait} ms after the last`).toBe(before + 1);
    }
  });
});
