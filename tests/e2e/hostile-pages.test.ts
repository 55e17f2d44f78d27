import { describe, expect, test } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { openPopup, SCREENSHOT_DIR, tabIdOf, waitForAnalysis, type LoadedExtension } from './setup/extension';
import type { FixtureServer } from './setup/server';
import { useExtensionSession } from './setup/session';
import { highlightedRanges } from './setup/highlights';
import * as hostile from '../fixtures/hostile/pages';

let ext: LoadedExtension;
let server: FixtureServer;

useExtensionSession((session) => ({ ext, server } = session));

interface Visit {
  page: Page;
  url: string;
  state: string;
  /** Errors logged by the extension's own code (console errors from chrome-extension:// scripts). */
  extensionErrors: string[];
}

async function visit(path: string, page: hostile.HostilePage, timeout = 15_000): Promise<Visit> {
  server.pages.set(path, page);
  const tab = await ext.context.newPage();
  const extensionErrors: string[] = [];
  tab.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) extensionErrors.push(m.text());
  });
  const url = `${server.origin}${path}`;
  await tab.goto(url);
  const state = await waitForAnalysis(tab, timeout);
  return { page: tab, url, state, extensionErrors };
}

const flaggedRanges = async (page: Page) =>
  (await Promise.all(['anonymous', 'vague', 'unsourced'].map((l) => highlightedRanges(page, `sourcelight-${l}`)))).flat();

async function popupFor(v: Visit) {
  const popup = await openPopup(ext, await tabIdOf(ext, v.url));
  await popup.waitForSelector('body:not([data-state="analyzing"])[data-state]');
  return popup;
}

describe('large pages', () => {
  test('a 10 MB article is refused with a clear message and the page keeps working', async () => {
    const v = await visit('/huge', hostile.hugeArticle(10), 30_000);
    expect(v.state).toBe('no-article');
    expect(await flaggedRanges(v.page)).toEqual([]);
    const popup = await popupFor(v);
    expect(await popup.textContent('h1')).toBe('This page is too large');
    expect(await popup.textContent('.state-detail')).toMatch(/million characters of text/);
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/too-large-popup.png` });
    expect(await v.page.evaluate(() => 1 + 1)).toBe(2);
    expect(v.extensionErrors).toEqual([]);
    await popup.close();
    await v.page.close();
  });

  test('100,000 sentences are analysed and highlighted; the popup says it is analysing meanwhile', async () => {
    server.pages.set('/many', hostile.manySentences(100_000));
    const tab = await ext.context.newPage();
    const url = `${server.origin}/many`;
    await tab.goto(url, { waitUntil: 'domcontentloaded' });
    const popup = await openPopup(ext, await tabIdOf(ext, url));
    await popup.waitForSelector('body[data-state="analyzing"]', { timeout: 5000 });
    expect(await popup.textContent('h1')).toBe('Analysing the article…');
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/analyzing-popup.png` });
    await popup.waitForSelector('body[data-state="analyzed"]', { timeout: 60_000 });
    await popup.close();
    const v: Visit = { page: tab, url, state: await waitForAnalysis(tab, 60_000), extensionErrors: [] };
    expect(v.state).toBe('analyzed');
    expect((await flaggedRanges(v.page)).length).toBeGreaterThan(90_000);
    expect(v.extensionErrors).toEqual([]);
    await v.page.close();
  });

  test('a DOM nested 10,000 deep reaches a final state without breaking the page', async () => {
    const v = await visit('/deep', hostile.deeplyNested(10_000), 30_000);
    expect(['analyzed', 'no-article', 'error']).toContain(v.state);
    expect(await v.page.evaluate(() => document.querySelectorAll('p').length)).toBe(hostile.NEWS_PARAGRAPHS.length);
    await v.page.close();
  });
});

describe('broken and unusual pages', () => {
  test('malformed HTML is analysed', async () => {
    const v = await visit('/malformed', hostile.malformed());
    expect(v.state).toBe('analyzed');
    expect(v.extensionErrors).toEqual([]);
    await v.page.close();
  });

  test('a page with frames is analysed in its top document only', async () => {
    const v = await visit('/frames', hostile.withFrames());
    expect(v.state).toBe('analyzed');
    const texts = (await flaggedRanges(v.page)).map((r) => r.text).join('\n');
    expect(texts).not.toContain('the frame is a separate document');
    expect(v.extensionErrors).toEqual([]);
    await v.page.close();
  });

  test('a frameset page has no article', async () => {
    const v = await visit('/frameset', hostile.frameset());
    expect(v.state).toBe('no-article');
    await v.page.close();
  });

  test('a strict Content-Security-Policy page still gets its highlights', async () => {
    const v = await visit('/csp', hostile.strictCsp());
    expect(v.state).toBe('analyzed');
    const anonymous = await highlightedRanges(v.page, 'sourcelight-anonymous');
    expect(anonymous.map((r) => r.text).join('\n')).toContain('who spoke on condition of anonymity');
    // The highlight colours come from our stylesheet, which the page's CSP must not have blocked.
    const painted = await v.page.evaluate(() => getComputedStyle(document.body).getPropertyValue('color') !== '');
    expect(painted).toBe(true);
    await v.page.screenshot({ path: `${SCREENSHOT_DIR}/strict-csp-page.png` });
    expect(v.extensionErrors).toEqual([]);
    await v.page.close();
  });
});

describe('untrusted text stays text', () => {
  test('script and markup in the article are shown inert in the popup and the tooltip', async () => {
    const v = await visit('/injection', hostile.injectionAttempt());
    expect(v.state).toBe('analyzed');
    const popup = await popupFor(v);
    const shown = await popup.locator('.sentence-text').allTextContents();
    expect(shown.some((t) => t.includes(hostile.SCRIPT_TEXT) && t.includes(hostile.IMG_TEXT))).toBe(true);
    expect(await popup.locator('.report img, .report script').count()).toBe(0);
    expect(await popup.locator('a[href^="javascript:"]').count()).toBe(0);
    await popup.locator('.sentence', { hasText: 'the message read' }).click();
    await v.page.locator('sourcelight-ui .tooltip.visible').waitFor({ timeout: 5000 });
    const tooltip = v.page.locator('sourcelight-ui .tooltip');
    expect(await tooltip.textContent()).toContain('Source:');
    expect(await v.page.locator('sourcelight-ui img, sourcelight-ui script').count()).toBe(0);
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/injection-popup.png`, fullPage: true });
    expect(await popup.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await v.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await popup.close();
    await v.page.close();
  });
});

describe('languages', () => {
  test('a German article says "language not supported yet" and highlights nothing', async () => {
    const v = await visit('/german', hostile.germanArticle());
    expect(v.state).toBe('no-article');
    expect(await flaggedRanges(v.page)).toEqual([]);
    const popup = await popupFor(v);
    expect(await popup.textContent('h1')).toBe('Language not supported yet');
    expect(await popup.textContent('.state-detail')).toMatch(/Sourcelight reads English articles only/);
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/language-popup.png` });
    await popup.close();
    await v.page.close();
  });

  test('an Arabic right-to-left article is not misread', async () => {
    const v = await visit('/arabic', hostile.arabicArticle());
    expect(v.state).toBe('no-article');
    expect(await flaggedRanges(v.page)).toEqual([]);
    await v.page.close();
  });

  test('right-to-left words inside an English article are anchored correctly', async () => {
    const v = await visit('/rtl-in-english', hostile.englishWithRtlText());
    expect(v.state).toBe('analyzed');
    const anonymous = await highlightedRanges(v.page, 'sourcelight-anonymous');
    expect(anonymous.map((r) => r.text)).toContain('"We are close," said a senior official from the delegation of قطر, who asked not to be named because the talks are private.');
    await v.page.close();
  });
});

describe('pages with no article', () => {
  for (const [name, make] of [
    ['home page', hostile.homePage],
    ['search results', hostile.searchResults],
    ['empty page', hostile.emptyPage],
  ] as const) {
    test(`${name}: no article, no highlights`, async () => {
      const v = await visit(`/none-${name.replace(/\s/g, '-')}`, make());
      expect(v.state).toBe('no-article');
      expect(await flaggedRanges(v.page)).toEqual([]);
      expect(v.extensionErrors).toEqual([]);
      await v.page.close();
    });
  }
});
