import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, waitForAnalysis, type LoadedExtension } from './setup/extension';
import type { FixtureServer } from './setup/server';
import { useExtensionSession } from './setup/session';
import { highlightedRanges } from './setup/highlights';

// The engine runs in the extension's offscreen document, not in the article's page. These tests check
// that it is there when an analysis needs it, that the page itself never gets Readability or the
// classifier, and that an analysis still succeeds after the document was closed (Chrome may close it,
// and the reader may disable and re-enable the extension).

let ext: LoadedExtension;
let server: FixtureServer;

useExtensionSession((session) => ({ ext, server } = session));

type Chrome = {
  runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> };
  offscreen: { closeDocument(): Promise<void> };
};

const offscreenDocuments = () =>
  ext.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    return contexts.map((c) => new URL(c.documentUrl ?? '').pathname);
  });

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
});
