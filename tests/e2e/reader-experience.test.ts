import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, SCREENSHOT_DIR, SOURCELIGHT_ATTRIBUTES, tabIdOf, waitForAnalysis, type LoadedExtension } from './setup/extension';
import type { FixtureServer } from './setup/server';
import { useExtensionSession } from './setup/session';
import { highlightedRanges } from './setup/highlights';

let ext: LoadedExtension;
let server: FixtureServer;

useExtensionSession((session) => ({ ext, server } = session));

async function openAnalyzed(path: string): Promise<{ page: Page; url: string }> {
  const page = await ext.context.newPage();
  const url = `${server.origin}${path}`;
  await page.goto(url);
  expect(await waitForAnalysis(page)).toBe('analyzed');
  return { page, url };
}

/** Screen position of the middle of the first line of the text that starts with `start`. */
function pointOnText(page: Page, start: string) {
  return page.evaluate((prefix) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(prefix);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + prefix.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
    }
    throw new Error(`text not found: ${prefix}`);
  }, start);
}

const highlightNames = (page: Page) => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-')).sort());

describe('in the page', () => {
  test('hovering an anonymous quote explains it in a tooltip', async () => {
    const { page } = await openAnalyzed('/kursk-pushback.html');
    const point = await pointOnText(page, '"We are facing a stronger push than ever before,"');
    await page.waitForTimeout(300); // let the scroll event pass: scrolling hides the tooltip
    await page.mouse.move(point.x - 4, point.y);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('sourcelight-ui .tooltip.visible');
    await tooltip.waitFor({ timeout: 5000 });
    const text = await tooltip.textContent();
    expect(text).toContain('Anonymous source');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tooltip.png` });
    // Moving off the article hides it.
    await page.mouse.move(5, 5);
    await page.locator('sourcelight-ui .tooltip.visible').waitFor({ state: 'detached', timeout: 5000 });
    await page.close();
  });

  test('the legend shows counts and steps through flagged sentences with the keyboard', async () => {
    const { page } = await openAnalyzed('/kursk-pushback.html');
    const legend = page.locator('sourcelight-ui .legend');
    await expect(legend.isVisible()).resolves.toBe(true);
    expect(await legend.textContent()).toMatch(/\d+ anonymous.*\d+ vague.*\d+ unsourced/);
    await page.locator('sourcelight-ui button[aria-label="Next flagged sentence"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-flash'));
    await page.locator('sourcelight-ui .tooltip.visible').waitFor({ timeout: 5000 });
    await page.locator('sourcelight-ui button[aria-label="Close this legend"]').click();
    expect(await legend.isVisible()).toBe(false);
    await page.close();
  });

  test('the only element added to the page is one shadow host', async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}/kursk-mobilization.html`;
    await page.goto(url);
    await waitForAnalysis(page);
    // The page has no scripts: its DOM as served is what the reader's DOM must still be.
    const served = await (await fetch(url)).text();
    const result = await page.evaluate(({ html, attributes }) => {
      const pristine = new DOMParser().parseFromString(html, 'text/html');
      const host = document.querySelector('sourcelight-ui');
      const withoutHost = document.documentElement.cloneNode(true) as HTMLElement;
      withoutHost.querySelector('sourcelight-ui')?.remove();
      for (const attr of attributes) withoutHost.removeAttribute(attr);
      return { hosts: document.querySelectorAll('sourcelight-ui').length, hostParent: host?.parentElement?.tagName, same: withoutHost.outerHTML === pristine.documentElement.outerHTML };
    }, { html: served, attributes: SOURCELIGHT_ATTRIBUTES });
    expect(result).toEqual({ hosts: 1, hostParent: 'BODY', same: true });
    await page.close();
  });
});

describe('popup and toolbar', () => {
  test('the toggle turns highlights off and on without reloading', async () => {
    const { page, url } = await openAnalyzed('/kursk-pushback.html');
    expect(await highlightNames(page)).toEqual(['sourcelight-anonymous', 'sourcelight-unsourced', 'sourcelight-vague']);
    const popup = await openPopup(ext, await tabIdOf(ext, url));
    await popup.waitForSelector('body[data-state="analyzed"]');
    await popup.click('#toggle-highlights');
    await expect.poll(() => highlightNames(page)).toEqual([]);
    expect(await popup.getAttribute('#toggle-highlights', 'aria-pressed')).toBe('false');
    await popup.click('#toggle-highlights');
    await expect.poll(() => highlightNames(page)).toEqual(['sourcelight-anonymous', 'sourcelight-unsourced', 'sourcelight-vague']);
    await popup.close();
    await page.close();
  });

  test('clicking a flagged sentence scrolls the page to it and flashes it', async () => {
    const { page, url } = await openAnalyzed('/kursk-pushback.html');
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup(ext, await tabIdOf(ext, url));
    await popup.waitForSelector('body[data-state="analyzed"]');
    const item = popup.locator('[data-group="anonymous"] button.sentence').last();
    const text = await item.locator('.sentence-text').textContent();
    await item.click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(300);
    const flashed = await highlightedRanges(page, 'sourcelight-flash');
    expect(flashed.map((r) => r.text)).toEqual([text]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/click-to-scroll.png` });
    await popup.close();
    await page.close();
  });

  test('the toolbar badge shows the number of flagged sentences', async () => {
    const { page, url } = await openAnalyzed('/kursk-pushback.html');
    const tabId = await tabIdOf(ext, url);
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('body[data-state="analyzed"]');
    const flagged = ['anonymous', 'vague', 'unsourced'].map(async (l) => Number(await popup.textContent(`[data-count="${l}"]`)));
    const total = (await Promise.all(flagged)).reduce((a, b) => a + b, 0);
    type Action = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
    const badge = await ext.worker.evaluate((id) => (globalThis as unknown as { chrome: Action }).chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe(String(total));
    await popup.close();
    await page.close();
  });

  test('a browser page gets "This page can’t be analysed"', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    const tabs = await ext.worker.evaluate(() => (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome.tabs.query({}));
    // Without the "tabs" permission Chrome hides the address of pages we may not read: that is this one.
    const tab = tabs.find((t) => t.url === undefined)!;
    const popup = await openPopup(ext, tab.id);
    await popup.waitForSelector('body[data-state="unsupported"]');
    expect(await popup.textContent('h1')).toContain('can’t be analysed');
    expect(await popup.textContent('.state-detail')).toBe('Browser pages, extension stores and other protected pages cannot be analysed.');
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/unsupported-popup.png` });
    await popup.close();
    await page.close();
  });
});

describe('options', () => {
  test('a label switched off in the options is no longer highlighted', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.uncheck('input[name="unsourced"]');
    await options.waitForFunction(() => document.getElementById('status')?.textContent === 'Saved.');
    await options.screenshot({ path: `${SCREENSHOT_DIR}/options.png`, fullPage: true });
    const { page } = await openAnalyzed('/kursk-pushback.html');
    expect(await highlightNames(page)).toEqual(['sourcelight-anonymous', 'sourcelight-vague']);
    await options.check('input[name="unsourced"]');
    await options.waitForFunction(() => document.getElementById('status')?.textContent === 'Saved.');
    await options.close();
    await page.close();
  });
});

describe('pages that change', () => {
  test('an article that loads late is analysed once it arrives', async () => {
    const article = await (await fetch(`${server.origin}/kursk-summary.html`)).text();
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(article)![1];
    server.pages.set('/late', {
      body: `<!doctype html><html lang="en"><head><title>Loading</title></head><body><div id="app">Loading…</div>
        <template id="t">${body}</template>
        <script>setTimeout(() => { document.getElementById('app').replaceWith(document.getElementById('t').content.cloneNode(true)); }, 1500);</script></body></html>`,
    });
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/late`);
    expect(await waitForAnalysis(page)).toBe('no-article');
    await page.waitForFunction(() => document.documentElement.dataset.sourcelight === 'analyzed', null, { timeout: 15_000 });
    await page.close();
  });

  test('a page that rewrites itself forever is re-analysed a bounded number of times', async () => {
    const article = await (await fetch(`${server.origin}/kursk-summary.html`)).text();
    server.pages.set('/ticker', {
      body: article.replace(
        '</body>',
        `<div id="ticker"></div><script>let n = 0; setInterval(() => { const p = document.createElement('p'); p.textContent = 'Live update number ' + (++n) + ' '.repeat(3) + 'x'.repeat(400); document.getElementById('ticker').append(p); }, 100);</script></body>`,
      ),
    });
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/ticker`);
    await waitForAnalysis(page);
    await page.waitForTimeout(12_000);
    const runs = Number(await page.evaluate(() => document.documentElement.dataset.sourcelightRuns));
    // First analysis plus at most DEFAULT_WATCH.maxRunsPerUrl (4) re-analyses, however long the page ticks.
    expect(runs).toBeGreaterThan(1);
    expect(runs).toBeLessThanOrEqual(5);
    await page.close();
  });
});
