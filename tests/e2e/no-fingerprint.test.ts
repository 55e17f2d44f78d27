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

  // Known, not fixed: the highlight stylesheet is a user stylesheet the browser keeps in the page once
  // inserted (and registered for every page with automatic analysis on). Its ::highlight() rules are
  // invisible to document.styleSheets, but getComputedStyle answers for a pseudo-element of any name:
  // a page that asks for ::highlight(sourcelight-anonymous) gets Sourcelight's colour. Marked `fails`
  // so that the day it is fixed (per-page names, or the sheet removed with the element) this says so.
  test.fails('leaves no style a page can probe once the reader has hidden everything', async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}${ARTICLE}`;
    await page.goto(url);
    await analyseByClick(page, url);
    await hide(page);
    await closeLegend(page);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('sourcelight-ui').length)).toBe(0);
    const probed = await page.evaluate(() => getComputedStyle(document.querySelector('p')!, '::highlight(sourcelight-anonymous)').backgroundColor);
    await page.close();
    expect(probed).toBe('rgba(0, 0, 0, 0)');
  });
});
