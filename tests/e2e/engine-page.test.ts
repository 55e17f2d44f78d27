import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, tabIdOf, waitForAnalysis, type LoadedExtension } from './setup/extension';
import type { FixtureServer } from './setup/server';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './setup/session';
import { highlightedRanges } from './setup/highlights';

// The engine runs in the extension's offscreen document, not in the article's page. These tests check
// that it is there when an analysis needs it, that the page itself never gets Readability or the
// classifier, that an analysis still succeeds after the document was closed (Chrome may close it,
// and the reader may disable and re-enable the extension), and that it closes itself once idle
// (extension/lib/engine-idle.ts), with no request lost or answered twice when one races the close.

let ext: LoadedExtension;
let server: FixtureServer;

useExtensionSession((session) => ({ ext, server } = session));

type Chrome = {
  runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> };
  offscreen: { closeDocument(): Promise<void> };
  tabs: { sendMessage(tabId: number, message: object): Promise<{ status?: string }> };
};
/** What the test flavor's worker hands the tests (extension/background.ts). */
type TestHooks = { sourcelightTest: { setEngineIdleMs(ms: number | null): Promise<void>; closeEngine(): Promise<void> } };

const offscreenDocuments = () =>
  ext.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    return contexts.map((c) => new URL(c.documentUrl ?? '').pathname);
  });

/** Sets the idle time of the engine pages opened from now on, and closes the open one so that the next is opened with it. */
async function useIdleTime(ms: number | null) {
  await ext.worker.evaluate(async (idle) => {
    const g = globalThis as unknown as TestHooks;
    await g.sourcelightTest.setEngineIdleMs(idle);
    await g.sourcelightTest.closeEngine();
  }, ms);
}

/** Polls until the offscreen documents are `expected`; returns how long that took, in ms. */
async function offscreenBecomes(expected: string[], timeout: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (JSON.stringify(await offscreenDocuments()) === JSON.stringify(expected)) return Date.now() - started;
    if (Date.now() - started > timeout) throw new Error(`the offscreen documents stayed ${JSON.stringify(await offscreenDocuments())}, not ${JSON.stringify(expected)}, for ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const runs = (page: Page) => page.evaluate(() => Number(document.documentElement.dataset.sourcelightRuns ?? 0));

async function analyse(path: string) {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}${path}`);
  expect(await waitForAnalysis(page)).toBe('analyzed');
  return page;
}

describe('the engine page', () => {
  test('an analysis runs in the offscreen document, and the article page gets only the highlights', async () => {
    const page = await analyse('/kursk-pushback.html');
    expect(await offscreenDocuments()).toEqual(['/offscreen.html']);
    expect((await highlightedRanges(page, 'sourcelight-anonymous')).length).toBeGreaterThan(0);
    // The content script is the only Sourcelight code the page gets, and it holds neither Readability
    // nor the classifier: both are only in the offscreen document's bundle.
    const contentScript = readFileSync(join(EXTENSION_DIR, 'in-page.js'), 'utf8');
    expect(contentScript).not.toContain('readability-page-1');
    expect(contentScript).not.toContain('a source the article does not name');
    await page.close();
  });

  test('after the offscreen document is closed, the next analysis opens it again', async () => {
    await (await analyse('/kursk-summary.html')).close();
    await ext.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.offscreen.closeDocument());
    expect(await offscreenDocuments()).toEqual([]);
    const page = await analyse('/kursk-mobilization.html');
    expect(await offscreenDocuments()).toEqual(['/offscreen.html']);
    expect((await highlightedRanges(page, 'sourcelight-vague')).length).toBeGreaterThan(0);
    await page.close();
  });

  test('the engine page closes once no analysis has been pending for its idle time, and opens again for the next one', async () => {
    const IDLE_MS = 1500;
    await useIdleTime(IDLE_MS);
    const started = Date.now();
    const page = await analyse('/kursk-mobilization.html');
    expect(await offscreenDocuments()).toEqual(['/offscreen.html']);
    // Open, with the page still showing its highlights: nothing is pending once the answer is in.
    const closedAfter = Date.now() - started + (await offscreenBecomes([], 10_000));
    expect(closedAfter).toBeGreaterThanOrEqual(IDLE_MS);
    // The next analysis (a re-analysis of the same page, as a single-page site's next article) opens it again.
    const before = await runs(page);
    const tabId = await tabIdOf(ext, page.url());
    const state = await ext.worker.evaluate(([id]) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id, { type: 'sourcelight:reanalyze' }), [tabId] as const);
    expect(state.status).toBe('analyzed');
    expect(await runs(page)).toBe(before + 1);
    expect(await offscreenDocuments()).toEqual(['/offscreen.html']);
    expect((await highlightedRanges(page, 'sourcelight-vague')).length).toBeGreaterThan(0);
    await page.close();
    await useIdleTime(null);
  });

  test('a request that arrives while the engine page closes is answered, once', async () => {
    const page = await analyse('/kursk-pushback.html');
    const tabId = await tabIdOf(ext, page.url());
    // The close and a re-analysis started together, the re-analysis 0 to 40 ms later: its port meets
    // the page open, closing, or gone. Each one must come back analysed, and count one run.
    for (const delay of [0, 0, 2, 5, 10, 20, 40]) {
      const before = await runs(page);
      const state = await ext.worker.evaluate(
        async ([id, wait]) => {
          const g = globalThis as unknown as TestHooks & { chrome: Chrome };
          const closing = g.sourcelightTest.closeEngine();
          await new Promise((resolve) => setTimeout(resolve, wait));
          const [answer] = await Promise.all([g.chrome.tabs.sendMessage(id, { type: 'sourcelight:reanalyze' }), closing]);
          return answer;
        },
        [tabId, delay] as const,
      );
      expect(state.status, `re-analysis ${delay} ms into the close`).toBe('analyzed');
      expect(await runs(page), `re-analysis ${delay} ms into the close`).toBe(before + 1);
    }
    // Nothing arrives late: no second answer re-runs the page, and the engine page is open for the next.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.dataset.sourcelight)).toBe('analyzed');
    expect(await offscreenDocuments()).toEqual(['/offscreen.html']);
    await page.close();
  });
});
