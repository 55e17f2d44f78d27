import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, SCREENSHOT_DIR, tabIdOf, waitForAnalysis, type LoadedExtension } from './setup/extension';
import type { FixtureServer } from './setup/server';
import { useExtensionSession } from './setup/session';
import { axeViolations, inOverlay } from './setup/axe';

// The in-page overlay with the keyboard and for screen readers: the shortcut that reaches the legend,
// stepping through the flagged sentences with the live region saying each one, Escape, Hide and its
// undo, the legend's counts following the options; and axe-core on the popup, the options page, the
// legend and the tooltip. (The test flavor's shadow root is open, so the tests and axe can look in.)

let ext: LoadedExtension;
let server: FixtureServer;
useExtensionSession((session) => ({ ext, server } = session));

const SHORTCUT = 'Alt+Shift+KeyL';
const ARTICLE = '/kursk-pushback.html';

async function openAnalyzed(path = ARTICLE): Promise<{ page: Page; url: string }> {
  const page = await ext.context.newPage();
  const url = `${server.origin}${path}`;
  await page.goto(url);
  expect(await waitForAnalysis(page)).toBe('analyzed');
  await page.locator('sourcelight-ui .legend').waitFor();
  return { page, url };
}

/** Where keyboard focus is: the page's element, and inside the overlay its element's name. */
function focus(page: Page): Promise<{ page: string; overlay: string | null }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement ?? null;
    return {
      page: active?.tagName.toLowerCase() ?? '',
      overlay: inner ? inner.getAttribute('aria-label') ?? inner.textContent ?? inner.className : null,
    };
  });
}

/** What the overlay's polite live region says once it has settled. */
async function spoken(page: Page, pattern: RegExp): Promise<string> {
  const live = page.locator('sourcelight-ui [role="status"][aria-live="polite"]');
  await expect.poll(() => live.textContent(), { timeout: 5000 }).toMatch(pattern);
  return (await live.textContent()) ?? '';
}

const legendText = (page: Page) => page.locator('sourcelight-ui .legend').innerText();
const tooltipShown = (page: Page) => page.evaluate(() => !!document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector('.tooltip.visible'));
const highlightNames = (page: Page) => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-') && k !== 'sourcelight-flash').sort());

/** Number of Tab presses from the top of the page to the legend's first button (at most `limit`). */
async function tabsToLegend(page: Page, limit: number): Promise<number> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if ((await focus(page)).page === 'sourcelight-ui') return presses;
  }
  return Infinity;
}

describe('keyboard', () => {
  test('the shortcut reaches the legend from anywhere in the page, and Escape goes back', async () => {
    const { page } = await openAnalyzed();
    // Without it, the legend is the page's last tab stop.
    const links = await page.evaluate(() => document.querySelectorAll('a[href], button, input, select, textarea').length);
    const presses = await tabsToLegend(page, links + 5);
    console.log(`Tab presses from the top of ${ARTICLE} to the legend: ${presses} (${links} links and controls in the page); with the shortcut: 1`);
    expect(presses).toBeGreaterThan(10);
    // Focus somewhere in the article, then the shortcut: one key press to the legend.
    await page.evaluate(() => window.scrollTo(0, 0));
    const firstLink = page.locator('a[href]').first();
    await firstLink.focus();
    await page.keyboard.press(SHORTCUT);
    expect(await focus(page)).toEqual({ page: 'sourcelight-ui', overlay: 'Sourcelight highlights' });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/keyboard-legend-focused.png` });
    // Escape leaves the legend for where the reader was.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.matches('a[href]') && document.activeElement === document.querySelector('a[href]'))).toBe(true);
    await page.close();
  });

  test('the step buttons say each flagged sentence through a polite live region; Escape closes the tooltip', async () => {
    const { page } = await openAnalyzed();
    await page.keyboard.press(SHORTCUT);
    await page.keyboard.press('Tab');
    expect((await focus(page)).overlay).toBe('Previous flagged sentence');
    await page.keyboard.press('Tab');
    expect((await focus(page)).overlay).toBe('Next flagged sentence');
    await page.keyboard.press('Enter');
    const first = await spoken(page, /^1 of \d+: “/);
    const total = Number(/^1 of (\d+)/.exec(first)![1]);
    expect(total).toBeGreaterThan(3);
    // The sentence the live region names is the one flashed in the page, and the tooltip explains it.
    const flashed = await page.evaluate(() => {
      const [range] = CSS.highlights.get('sourcelight-flash') ?? [];
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString().replace(/\s+/g, ' ').trim();
    });
    expect(first).toContain(`“${flashed}”`);
    expect(first).toMatch(/Anonymous source|Vague attribution|Unsourced claim/);
    await expect.poll(() => tooltipShown(page)).toBe(true);
    await page.waitForTimeout(300); // the tooltip's fade-in
    await page.screenshot({ path: `${SCREENSHOT_DIR}/keyboard-step.png` });
    await page.keyboard.press('Enter');
    await spoken(page, /^2 of \d+: “/);
    // Space works too, and Previous goes back.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press(' ');
    await spoken(page, /^1 of \d+: “/);
    // Escape closes the tooltip and leaves focus where it was.
    await expect.poll(() => tooltipShown(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tooltipShown(page)).toBe(false);
    expect(await page.locator('sourcelight-ui .tooltip').getAttribute('aria-hidden')).toBe('true');
    expect((await focus(page)).overlay).toBe('Previous flagged sentence');
    await page.close();
  });

  test('Escape closes a tooltip opened by hovering, which is spoken too', async () => {
    const { page } = await openAnalyzed();
    const point = await page.evaluate(() => {
      const range = CSS.highlights.get('sourcelight-anonymous')!.values().next().value!;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      live.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = live.getClientRects()[0];
      return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
    });
    await page.waitForTimeout(300); // the scroll event hides the tooltip: let it pass
    await page.mouse.move(point.x - 4, point.y);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => tooltipShown(page)).toBe(true);
    await spoken(page, /^Anonymous source\./);
    await page.keyboard.press('Escape');
    expect(await tooltipShown(page)).toBe(false);
    await page.close();
  });

  test('"Hide" can be undone from the legend, and the keyboard focus follows', async () => {
    const { page } = await openAnalyzed();
    const shown = await highlightNames(page);
    expect(shown.length).toBeGreaterThan(0);
    await page.keyboard.press(SHORTCUT);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect((await focus(page)).overlay).toBe('Hide highlights');
    await page.keyboard.press('Enter');
    await expect.poll(() => highlightNames(page)).toEqual([]);
    // The legend stays, collapsed to the way back, which now has the focus.
    expect(await legendText(page)).toMatch(/Highlights hidden\s*Show highlights/);
    expect(await legendText(page)).not.toMatch(/\d+ anonymous/);
    expect((await focus(page)).overlay).toBe('Show highlights');
    await spoken(page, /^Highlights hidden\./);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/keyboard-hidden-legend.png` });
    await page.keyboard.press('Enter');
    await expect.poll(() => highlightNames(page)).toEqual(shown);
    expect((await focus(page)).overlay).toBe('Hide highlights');
    expect(await legendText(page)).toMatch(/\d+ anonymous/);
    await page.close();
  });

  test('a closed legend comes back with the shortcut', async () => {
    const { page } = await openAnalyzed();
    await page.keyboard.press(SHORTCUT);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab'); // ‹, ›, Hide, ×
    expect((await focus(page)).overlay).toBe('Close this legend');
    await page.keyboard.press('Enter');
    expect(await page.locator('sourcelight-ui .legend').isVisible()).toBe(false);
    await page.keyboard.press(SHORTCUT);
    expect(await page.locator('sourcelight-ui .legend').isVisible()).toBe(true);
    expect((await focus(page)).overlay).toBe('Sourcelight highlights');
    await page.close();
  });
});

describe('options', () => {
  test('the legend counts only the labels the options highlight, and follows a change at once', async () => {
    // An article with sentences of all four labels (4 named).
    const { page } = await openAnalyzed('/kursk-mobilization.html');
    const report = await page.evaluate(() => document.querySelector('sourcelight-ui')!.shadowRoot!.querySelector('.legend-counts')!.textContent);
    expect(report).toMatch(/\d+ anonymous.*\d+ vague.*\d+ unsourced/);
    expect(report).not.toMatch(/named/);
    const unsourced = Number(/(\d+) unsourced/.exec(report!)![1]);
    expect(unsourced).toBeGreaterThan(0);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const saved = () => options.waitForFunction(() => document.getElementById('status')?.textContent === 'Saved.');
    try {
      await options.uncheck('input[name="unsourced"]');
      await saved();
      await options.check('input[name="named"]');
      await saved();
      // The page was not reloaded: its legend follows the options.
      await expect.poll(() => legendText(page)).toMatch(/^(?!.*unsourced).*\d+ anonymous.*\d+ vague.*[1-9]\d* named/s);
      expect(await highlightNames(page)).toEqual(['sourcelight-anonymous', 'sourcelight-named', 'sourcelight-vague']);
      // Back to the article's tab (a tab in the background paints no frames for the screenshot).
      await page.bringToFront();
      // Stepping goes through the highlighted sentences only: no unsourced one among them.
      await page.keyboard.press(SHORTCUT);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const steps = [await spoken(page, /^1 of \d+: /)];
      const total = Number(/^1 of (\d+)/.exec(steps[0])![1]);
      for (let i = 2; i <= total; i++) {
        await page.keyboard.press('Enter');
        steps.push(await spoken(page, new RegExp(`^${i} of ${total}: `)));
      }
      expect(steps.some((s) => s.includes('Unsourced claim'))).toBe(false);
      expect(steps.some((s) => s.includes('Named source'))).toBe(true);
      await page.waitForTimeout(300); // the tooltip's fade-in
      await page.screenshot({ path: `${SCREENSHOT_DIR}/keyboard-legend-follows-options.png` });
    } finally {
      await options.check('input[name="unsourced"]');
      await saved();
      await options.uncheck('input[name="named"]');
      await saved();
      await options.close();
    }
    await expect.poll(() => legendText(page)).toMatch(new RegExp(`${unsourced} unsourced`));
    await page.close();
  });
});

describe('axe-core: 0 violations', () => {
  test('axe does look inside the overlay’s shadow root (a planted fault is found)', async () => {
    const { page } = await openAnalyzed();
    await page.evaluate(() => document.querySelector('sourcelight-ui')!.shadowRoot!.querySelector('.legend')!.append(document.createElement('button')));
    const found = await axeViolations(page, inOverlay('.legend'));
    expect(found.map((v) => v.id)).toContain('button-name');
    await page.close();
  });

  test('the legend, expanded and collapsed, and the tooltip', async () => {
    const { page } = await openAnalyzed();
    expect(await axeViolations(page, inOverlay('.root'))).toEqual([]);
    await page.keyboard.press(SHORTCUT);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => tooltipShown(page)).toBe(true);
    await page.waitForTimeout(200); // the tooltip's fade-in: axe measures contrast on what is painted
    expect(await axeViolations(page, inOverlay('.tooltip'))).toEqual([]);
    expect(await axeViolations(page, inOverlay('.root'))).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Hide
    await page.locator('sourcelight-ui button', { hasText: 'Show highlights' }).waitFor();
    await page.waitForTimeout(200); // the tooltip's fade-out
    expect(await axeViolations(page, inOverlay('.root'))).toEqual([]);
    await page.close();
  });

  test('the popup, on an analysed article', async () => {
    const { page, url } = await openAnalyzed();
    const popup = await openPopup(ext, await tabIdOf(ext, url));
    await popup.waitForSelector('body[data-state="analyzed"]');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/axe-popup.png`, fullPage: true });
    await popup.close();
    await page.close();
  });

  test('the popup, on a page without an article', async () => {
    server.pages.set('/no-article', { body: '<!doctype html><html lang="en"><head><title>Home</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav><p>Welcome.</p></body></html>' });
    const page = await ext.context.newPage();
    const url = `${server.origin}/no-article`;
    await page.goto(url);
    expect(await waitForAnalysis(page)).toBe('no-article');
    const popup = await openPopup(ext, await tabIdOf(ext, url));
    await popup.waitForSelector('body[data-state="no-article"]');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('the options page', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.waitForFunction(() => (document.querySelector('input[name="anonymous"]') as HTMLInputElement).checked);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});
