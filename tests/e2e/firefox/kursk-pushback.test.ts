import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { FirefoxBrowser, FIREFOX_EXTENSION_DIR, FIREFOX_EXTENSION_ID } from '../setup/firefox';
import { startFixtureServer, type FixtureServer } from '../setup/server';
import { cliReport } from '../setup/cli';

// The built Firefox test flavor in Debian's firefox-esr, through WebDriver BiDi: one browser start
// for the whole file (the CI budget is tight).

const SCREENSHOTS = resolve('test-results/screenshots');
let firefox: FirefoxBrowser;
let server: FixtureServer;

interface Highlighted {
  text: string;
  inFurniture: boolean;
}

/** Reads a CSS.highlights entry from the page's own world (the registry is per document). */
// Sourcelight registers StaticRanges: a live Range over each gives its text and position.
const highlights = (name: string) => `[...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map((span) => {
  const range = document.createRange();
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  const node = range.commonAncestorContainer;
  const el = node.nodeType === 1 ? node : node.parentElement;
  return {
    text: range.toString().replace(/\\s+/g, ' ').trim(),
    inFurniture: !!el?.closest('nav, footer, aside, header.site-header, .read-more, .related-grid, .share-bar'),
  };
})`;
const ANALYSED = `['analyzed', 'no-article', 'error'].includes(document.documentElement.dataset.sourcelight ?? '') && document.documentElement.dataset.sourcelight`;

beforeAll(async () => {
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No Firefox test build at ${FIREFOX_EXTENSION_DIR}: run "npx wxt build -b firefox --mode test" (npm run test:e2e does it for you).`);
  }
  server = await startFixtureServer(resolve('tests/fixtures'));
  firefox = await FirefoxBrowser.launch();
  console.log(`Firefox ${firefox.version} (WebDriver BiDi)`);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox ESR with the built extension', () => {
  let tab: string;
  const url = () => `${server.origin}/kursk-pushback.html`;

  test('webExtension.install loads the test flavor', async () => {
    expect(Number.parseInt(firefox.version, 10)).toBeGreaterThanOrEqual(140);
    expect(await firefox.installExtension(FIREFOX_EXTENSION_DIR)).toBe(FIREFOX_EXTENSION_ID);
  });

  test('kursk-pushback.html: anonymous and vague attributions are highlighted, page furniture is not', async () => {
    tab = await firefox.newTab();
    await firefox.setViewport(tab, 1200, 900);
    await firefox.navigate(tab, url());
    expect(await firefox.waitFor<string>(tab, ANALYSED)).toBe('analyzed');

    const anonymous = await firefox.evaluate<Highlighted[]>(tab, highlights('sourcelight-anonymous'));
    const vague = await firefox.evaluate<Highlighted[]>(tab, highlights('sourcelight-vague'));
    const unsourced = await firefox.evaluate<Highlighted[]>(tab, highlights('sourcelight-unsourced'));
    const anonymousText = anonymous.map((r) => r.text).join('\n');
    expect(anonymousText).toContain('said one anonymous military strategist');
    expect(anonymousText).toContain('said a Ukrainian officer stationed in Kursk');
    expect(vague.some((r) => r.text.startsWith('Experts suggest that the U.S. reduction in aid'))).toBe(true);
    expect(vague.some((r) => r.text.startsWith('Sources suggest that North Korean troops'))).toBe(true);
    expect(vague.map((r) => r.text).join('\n')).not.toContain('said one anonymous military strategist');

    // Registered is not painted: the stylesheet must style the highlight where its text is.
    const painted = await firefox.evaluate<string>(tab, `getComputedStyle([...CSS.highlights.get('sourcelight-anonymous')][0].startContainer.parentElement, '::highlight(sourcelight-anonymous)').backgroundColor`);
    expect(painted).toBe('rgba(230, 159, 0, 0.18)');

    const all = [...anonymous, ...vague, ...unsourced];
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((r) => r.inFurniture)).toEqual([]);
    // Scroll the first anonymous quote into view so the screenshot shows all three kinds of highlight.
    await firefox.evaluate(tab, `[...CSS.highlights.get('sourcelight-anonymous')][0].startContainer.parentElement.scrollIntoView({ block: 'center' })`);
    await firefox.screenshot(tab, `${SCREENSHOTS}/firefox-kursk-pushback.png`);
  });

  test('the popup (opened as a tab) shows the same counts as `sourcelight analyze --json`', async () => {
    const popup = await firefox.newTab();
    await firefox.setViewport(popup, 400, 600);
    const base = `moz-extension://${firefox.extensionUuid}/popup.html`;
    // The article tab's id, asked from an extension page (BiDi evaluates there too).
    await firefox.navigate(popup, base);
    type Tab = { id?: number; url?: string };
    const tabs = await firefox.evaluate<Tab[]>(popup, `browser.tabs.query({})`);
    const tabId = tabs.find((t) => t.url === url())?.id;
    expect(tabId, 'article tab').toBeTypeOf('number');
    // MV3 host permissions: Firefox granted the test flavor's 127.0.0.1 access at (temporary) install,
    // which is what lets the background register the content script for automatic analysis.
    const granted = await firefox.evaluate<{ origins: string[] }>(popup, `browser.permissions.getAll()`);
    expect(granted.origins).toContain('http://127.0.0.1/*');

    await firefox.navigate(popup, `${base}?tabId=${tabId}`);
    expect(await firefox.waitFor<string>(popup, `document.body.dataset.state !== 'analyzing' && document.body.dataset.state`)).toBe('analyzed');
    const expected = cliReport('tests/fixtures/kursk-pushback.html', url()).summary;
    for (const label of ['named', 'anonymous', 'vague', 'unsourced'] as const) {
      const shown = await firefox.evaluate<string | null>(popup, `document.querySelector('[data-count="${label}"]')?.textContent`);
      expect(Number(shown), label).toBe(expected[label]);
    }
    expect(await firefox.evaluate<string>(popup, `document.querySelector('[data-grade]')?.textContent`)).toBe(expected.grade);
    // The background script badged the article's toolbar button (browser.action in Firefox MV3).
    expect(await firefox.evaluate<string>(popup, `browser.action.getBadgeText({ tabId: ${tabId} })`)).toBe(String(expected.flagged));
    await firefox.screenshot(popup, `${SCREENSHOTS}/firefox-kursk-pushback-popup.png`);
  });
});
