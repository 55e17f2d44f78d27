import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopup, SCREENSHOT_DIR, tabIdOf, type LoadedExtension } from './setup/extension';
import { startFixtureServer, type FixtureServer } from './setup/server';

// The production build must not let a site tell that its reader uses Sourcelight: nothing in the
// page's DOM or in its scripts' global scope but the one <sourcelight-ui> element (closed shadow root)
// while the highlights are shown. (The test flavor keeps its data-sourcelight contract for the tests.)
//
// The production build, `npm run build`, is made here and loaded as built, code and all; only its copy's
// manifest gains host access to the local test server, which the reader's click (activeTab) gives
// in real use and a headless test cannot. The page is analysed the way a reader's click does it:
// through the popup, which injects the page script.

const PRODUCTION_DIR = resolve('.output/chrome-mv3');
const ARTICLE = '/kursk-mobilization.html';

let ext: LoadedExtension;
let server: FixtureServer;
let copy: string;

beforeAll(async () => {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'pipe' });
  copy = mkdtempSync(join(tmpdir(), 'sourcelight-production-'));
  cpSync(PRODUCTION_DIR, copy, { recursive: true });
  const manifestFile = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  expect(manifest.host_permissions).toBeUndefined(); // the production build asks for none
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, host_permissions: ['http://127.0.0.1/*'] }));
  server = await startFixtureServer(resolve('tests/fixtures'));
  ext = await launchWithExtension({ extensionDir: copy });
  // Installed before any page: what a site's own first script can see, and every window message and
  // the start event WXT's content-script wrapper would send (named after the extension's id).
  await ext.context.addInitScript((extensionId: string) => {
    const seen = { messages: [] as string[], events: [] as string[], globals: Object.getOwnPropertyNames(window) };
    addEventListener('message', (event) => seen.messages.push(JSON.stringify(event.data) ?? String(event.data)), true);
    for (const entry of ['content', 'in-page']) {
      const name = `${extensionId}:${entry}:wxt:content-script-started`;
      document.addEventListener(name, () => seen.events.push(name), true);
    }
    Object.defineProperty(window, '__pageProbe', { value: seen, enumerable: false });
  }, ext.extensionId);
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** What `traces` finds in a page Sourcelight has never been in (or has left). */
const NO_TRACE = {
  hosts: 0,
  openShadowRoot: false,
  domOtherwiseAsServed: true,
  sourcelightAttributes: [],
  newGlobals: [],
  messages: [],
  events: [],
  highlights: [],
};

/** Everything a page's script could find of Sourcelight, read from the page's own world. */
function traces(page: Page, served: string) {
  return page.evaluate((html) => {
    const probe = (window as unknown as { __pageProbe: { messages: string[]; events: string[]; globals: string[] } }).__pageProbe;
    const before = new Set([...probe.globals, '__pageProbe']);
    const hosts = [...document.querySelectorAll('sourcelight-ui')];
    const withoutHost = document.documentElement.cloneNode(true) as HTMLElement;
    withoutHost.querySelector('sourcelight-ui')?.remove();
    const pristine = new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
    const attributes = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`)).filter((a) => /sourcelight/i.test(a));
    return {
      hosts: hosts.length,
      openShadowRoot: hosts.some((h) => h.shadowRoot !== null),
      domOtherwiseAsServed: withoutHost.outerHTML === pristine,
      sourcelightAttributes: attributes,
      newGlobals: Object.getOwnPropertyNames(window).filter((name) => !before.has(name)),
      messages: probe.messages,
      events: probe.events,
      highlights: [...CSS.highlights.keys()].sort(),
    };
  }, served);
}

/** Analyses the tab showing `url` as the reader's click does: through the popup, which injects the page script. */
async function analyseByClick(page: Page, url: string): Promise<void> {
  const popup = await openPopup(ext, await tabIdOf(ext, url));
  await popup.waitForSelector('body[data-state="analyzed"]', { timeout: 30_000 });
  await popup.close();
  await page.bringToFront();
}

/** With the keyboard (the shadow root is closed): the shortcut, Tab to "Hide", Enter; then Tab to ×, Enter. */
async function hide(page: Page): Promise<void> {
  await page.keyboard.press('Alt+Shift+KeyL');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SOURCELIGHT-UI');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab'); // ‹, ›, Hide
  await page.keyboard.press('Enter');
}
async function closeLegend(page: Page): Promise<void> {
  await page.keyboard.press('Tab'); // from "Show highlights" to ×
  await page.keyboard.press('Enter');
}

describe('the production build in a page', () => {
  test('leaves only <sourcelight-ui> while the highlights are shown, and nothing once they are hidden and the legend closed', async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}${ARTICLE}`;
    await page.goto(url);
    const served = await (await fetch(url)).text();
    // Nothing before the reader asks.
    expect(await traces(page, served)).toEqual(NO_TRACE);

    await analyseByClick(page, url);
    const shown = await traces(page, served);
    expect(shown).toEqual({
      ...NO_TRACE,
      hosts: 1,
      // The painted highlights themselves, there exactly as long as the element is.
      highlights: ['sourcelight-anonymous', 'sourcelight-unsourced', 'sourcelight-vague'],
    });
    // caret 'initial': Playwright would otherwise hide the caret by styling the page's fields itself.
    await page.screenshot({ path: `${SCREENSHOT_DIR}/production-page.png`, caret: 'initial' });

    // The reader hides the highlights and closes the legend.
    await hide(page);
    await expect.poll(async () => (await traces(page, served)).highlights).toEqual([]);
    expect((await traces(page, served)).hosts).toBe(1); // the collapsed legend: the way back
    await closeLegend(page);
    expect(await traces(page, served)).toEqual(NO_TRACE);
    await page.close();
  });

  // The highlight stylesheet's ::highlight() rules are invisible to document.styleSheets, but
  // getComputedStyle answers for a pseudo-element of any name: while the sheet is in the page, one that
  // asks for ::highlight(sourcelight-anonymous) gets Sourcelight's colour. So the sheet leaves with the
  // element (content/page-styles.ts) and comes back with the highlights. (A sheet registered for every
  // page by automatic analysis cannot be taken out that way: not covered here.)
  test('leaves no style a page can probe once the reader has hidden everything, and paints again on Show', async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}${ARTICLE}`;
    await page.goto(url);
    const probe = () => page.evaluate(() => getComputedStyle(document.querySelector('p')!, '::highlight(sourcelight-anonymous)').backgroundColor);
    const TRANSPARENT = 'rgba(0, 0, 0, 0)';
    const ANONYMOUS = 'rgba(230, 159, 0, 0.18)'; // assets/public/highlights.css
    expect(await probe()).toBe(TRANSPARENT);
    await analyseByClick(page, url);
    expect(await probe()).toBe(ANONYMOUS);

    await hide(page);
    await closeLegend(page);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('sourcelight-ui').length)).toBe(0);
    await expect.poll(probe).toBe(TRANSPARENT);

    // The way back: the popup's toggle shows the highlights again, painted.
    const tabId = await tabIdOf(ext, url);
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('body[data-state="analyzed"]', { timeout: 30_000 });
    await popup.click('#toggle-highlights[aria-pressed="false"]');
    await popup.waitForSelector('#toggle-highlights[aria-pressed="true"]');
    await page.bringToFront();
    await expect.poll(probe).toBe(ANONYMOUS);
    expect((await traces(page, await (await fetch(url)).text())).highlights).toEqual(['sourcelight-anonymous', 'sourcelight-unsourced', 'sourcelight-vague']);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/production-page-shown-again.png`, caret: 'initial' });

    // Hide then show at once, faster than the background answers: the sheet must end in the page.
    // (The popup's own message, sent twice without waiting for the page's stylesheet requests.)
    await popup.evaluate(async (id) => {
      type Chrome = { tabs: { sendMessage(tabId: number, message: object): Promise<unknown> } };
      const set = (on: boolean) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id, { type: 'sourcelight:set-highlights', on });
      await set(false);
      await set(true);
    }, tabId);
    await popup.close();
    await page.waitForTimeout(1000); // every stylesheet request the flip caused has been answered
    expect(await probe()).toBe(ANONYMOUS);
    await page.close();
  });
});
