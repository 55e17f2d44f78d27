import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, waitForAnalysis, type LoadedExtension } from './setup/extension';
import type { FixtureServer } from './setup/server';
import { useExtensionSession } from './setup/session';
import { highlightedRanges } from './setup/highlights';

// The engine's page finds the sentences in the HTML it was sent, and the content script places them on
// its own text nodes after checking that they are the nodes the engine read (src/anchor.ts,
// extension/content/analysis.ts). Where that cannot hold, the content script reads and searches its
// own text as before: the highlights must be the same either way, and never on the wrong words.

let ext: LoadedExtension;
let server: FixtureServer;

useExtensionSession((session) => ({ ext, server } = session));

const LABELS = ['anonymous', 'vague', 'unsourced', 'named'] as const;

/** Every highlighted text, by label, with white space collapsed. */
async function highlightsOf(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const label of LABELS) out[label] = (await highlightedRanges(page, `sourcelight-${label}`)).map((r) => r.text);
  return out;
}

/** Whether the first analysis used the engine's anchors (1) or the page's own read (0). */
async function anchoredByEngine(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (JSON.parse(document.documentElement.dataset.sourcelightPhases ?? '{}') as { byEngine?: number }).byEngine);
}

async function analysed(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}${path}`);
  expect(await waitForAnalysis(page)).toBe('analyzed');
  return page;
}

let article = '';
let reference: Record<string, string[]> = {};

beforeAll(async () => {
  article = await (await fetch(`${server.origin}/kursk-pushback.html`)).text();
  const page = await analysed('/kursk-pushback.html');
  // The page as served round-trips through HTML: the engine's anchors are used.
  expect(await anchoredByEngine(page)).toBe(1);
  reference = await highlightsOf(page);
  expect(Object.values(reference).flat().length).toBeGreaterThan(10);
  await page.close();
});

describe('highlights where the engine’s anchors cannot be used', () => {
  test('a live DOM that differs from its HTML (text nodes split in two) gets the same highlights, by its own read', async () => {
    // Every text node of the article split in the middle: HTML cannot hold two text nodes side by side,
    // so the engine's parse of the sent HTML has fewer nodes than the live page.
    server.pages.set('/anchoring/split', {
      body: article.replace(
        '</body>',
        `<script>for (const p of document.querySelectorAll('article p')) { const t = p.firstChild; if (t && t.nodeType === 3 && t.length > 20) t.splitText(Math.floor(t.length / 2)); }</script></body>`,
      ),
    });
    const page = await analysed('/anchoring/split');
    expect(await page.evaluate(() => document.querySelectorAll('article p').length)).toBeGreaterThan(5);
    expect(await anchoredByEngine(page)).toBe(0);
    expect(await highlightsOf(page)).toEqual(reference);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/anchoring-split-text-nodes.png` });
    await page.close();
  });

  test('a page whose text changes between send and paint, every length kept, gets no highlight on the wrong words', async () => {
    // Two letters of one word of a flagged sentence change every few milliseconds, in place: the same
    // text nodes, the same lengths, the same first and last characters of every sentence.
    server.pages.set('/anchoring/changing', {
      body: article.replace(
        '</body>',
        `<script>
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let node = walker.nextNode();
          while (node && !node.data.includes('increasingly relying')) node = walker.nextNode();
          const at = node.data.indexOf('increasingly') + 4;
          let n = 0;
          const letters = 'abcdefghijklmnopqrstuvwxyz';
          setInterval(() => { n++; node.replaceData(at, 2, letters[n % 26] + letters[Math.floor(n / 26) % 26]); }, 1);
        </script></body>`,
      ),
    });
    const page = await analysed('/anchoring/changing');
    expect(await anchoredByEngine(page)).toBe(0);
    const shown = await highlightsOf(page);
    const referenceTexts = Object.values(reference).flat();
    const allReference = new Set(referenceTexts);
    const allShown = Object.values(shown).flat();
    // Every highlight is a sentence as the unchanged page shows it; the changing sentence (whose words
    // the engine read are no longer in the page) is not highlighted at all.
    expect(allShown.filter((text) => !allReference.has(text))).toEqual([]);
    expect(allShown.some((text) => text.includes('relying on their own reserves'))).toBe(false);
    expect(allShown.length).toBe(referenceTexts.length - 1);
    await page.close();
  });
});
