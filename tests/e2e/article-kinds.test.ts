import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopup, SCREENSHOT_DIR, tabIdOf, waitForAnalysis, type LoadedExtension } from './setup/extension';
import { startFixtureServer, type FixtureServer } from './setup/server';
import { autoAnalysisRegistered } from './setup/session';
import { cliReport } from './setup/cli';

// Issue 20: the popup says the kind of article first, what of the page was checked, and where the
// grade stands in the baseline. Real pages of the corpus: an opinion column, a newsletter of ten
// stories, a listing of box scores, and a page whose body had not loaded (README in tests/fixtures/genre).
// Served with `script-src 'none'`, as in the corpus sweep: the pages were captured with JavaScript off.

const FIXTURES = resolve('tests/fixtures');
const PAGES = {
  opinion: '/extraction/html/e4c6a3b482403a8f60190ba27248cd52b250b86f5d4a8a10edcf7062c64fc3f5.html.gz',
  newsletter: '/extraction/html/fde930b01859de8311c6a14f8aa8c72be0659b551367803deb6736cf3526cf2e.html.gz',
  listing: '/extraction/html/c81e134ed49902bcf69b551426b4a346c5a77ae993cac8bda68b5541a664ef4c.html.gz',
  notLoaded: '/genre/body-not-loaded.html',
};

let ext: LoadedExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(FIXTURES, { 'content-security-policy': "script-src 'none'" });
  ext = await launchWithExtension();
  await autoAnalysisRegistered(ext);
  // Nothing leaves the machine: the pages' own requests to other hosts are blocked (not the popup's).
  const allowed = (url: string) => url.startsWith(server.origin) || url.startsWith('chrome-extension://');
  await ext.context.route('**/*', (route) => (allowed(route.request().url()) ? route.continue() : route.abort()));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function popupFor(path: string, state: 'analyzed' | 'no-article'): Promise<{ page: Page; popup: Page; url: string }> {
  const page = await ext.context.newPage();
  const url = `${server.origin}${path}`;
  await page.goto(url);
  expect(await waitForAnalysis(page)).toBe(state);
  const popup = await openPopup(ext, await tabIdOf(ext, url));
  await popup.waitForSelector(`body[data-state="${state}"]`);
  return { page, popup, url };
}

const fixtureFile = (path: string) => `tests/fixtures${path}`;

describe('the popup frames the grade', () => {
  test('an opinion column: said first, with the views expected, and graded on its factual claims', async () => {
    const { page, popup, url } = await popupFor(PAGES.opinion, 'analyzed');
    const expected = cliReport(fixtureFile(PAGES.opinion), url);
    expect(expected.genre).toBe('opinion');
    // The kind is the first thing in the report.
    expect(await popup.locator('.report > .article > :first-child').getAttribute('data-genre')).toBe('opinion');
    expect(await popup.textContent('.genre')).toContain('The writer’s own views are expected here');
    expect(await popup.textContent('.reasons li:first-child')).toMatch(/^Opinion: the writer’s own views are expected here/);
    expect(await popup.textContent('[data-grade]')).toBe(expected.summary.grade);
    const standing = expected.summary.standing!;
    expect(await popup.textContent('.standing')).toBe(`Better sourced than ${standing.betterThan}% of ${standing.of} articles in Sourcelight’s baseline`);
    expect(await popup.textContent('.coverage')).toBe('Checked: the whole article.');
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-opinion.png`, fullPage: true });
    await popup.close();
    await page.close();
  });

  test('a newsletter of ten stories: all ten checked, and said so', async () => {
    const { page, popup, url } = await popupFor(PAGES.newsletter, 'analyzed');
    expect(cliReport(fixtureFile(PAGES.newsletter), url).genre).toBe('newsletter');
    expect(await popup.getAttribute('.genre', 'data-genre')).toBe('newsletter');
    expect(await popup.textContent('.coverage')).toBe('Checked: all 10 stories on the page.');
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-newsletter.png`, fullPage: true });
    await popup.close();
    await page.close();
  });

  test('a listing of box scores gets no grade', async () => {
    const { page, popup } = await popupFor(PAGES.listing, 'analyzed');
    expect(await popup.getAttribute('.genre', 'data-genre')).toBe('list');
    expect(await popup.textContent('[data-grade]')).toBe('–');
    expect(await popup.textContent('.reasons')).toContain('not graded');
    expect(await popup.locator('.standing').count()).toBe(0);
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-listing.png`, fullPage: true });
    await popup.close();
    await page.close();
  });

  test('a page whose body had not loaded: no article, and what was found instead', async () => {
    const { page, popup } = await popupFor(PAGES.notLoaded, 'no-article');
    expect(await popup.textContent('h1')).toBe('No article found');
    expect(await popup.textContent('.state-detail')).toMatch(/^Only the caption and the author’s note were found; the article’s text had not loaded/);
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-body-not-loaded.png`, fullPage: true });
    await popup.close();
    await page.close();
  });
});
