import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, waitForAnalysis, type LoadedExtension } from './setup/extension';
import type { FixtureServer } from './setup/server';
import { useExtensionSession } from './setup/session';
import { contrast, over, parseCssColor, type Rgba } from './setup/contrast';

// Highlighted text must stay legible whatever the site's own colours: a dark news site on a light OS
// gets the same highlight styles as a light one (prefers-color-scheme describes the OS, not the page).
// For every style in highlights.css, on the article's own text elements, with colours as Chromium
// computes them and translucent ones composited over the page's background:
// - text against the highlighted background: WCAG 2.2 AA for text (1.4.3), at least 4.5:1;
// - the underline, the cue that tells the labels apart, against that background: at least 3:1
//   (1.4.11, non-text contrast).

const TEXT_MIN = 4.5;
const LINE_MIN = 3;
const STYLES = [...readFileSync('assets/public/highlights.css', 'utf8').matchAll(/::highlight\(([\w-]+)\)/g)].map((m) => m[1]);
const PAGES = ['/dark/harbour-barrier.html', '/kursk-pushback.html', '/kursk-mobilization.html', '/kursk-summary.html'];
const FLAGGED = ['sourcelight-anonymous', 'sourcelight-vague', 'sourcelight-unsourced'];

let ext: LoadedExtension;
let server: FixtureServer;
useExtensionSession((session) => ({ ext, server } = session));

interface Sample {
  /** The page's background behind the element, outermost first (to composite). */
  backgrounds: string[];
  styles: Record<string, { color: string; background: string; line: string; lineColor: string }>;
}

/** Computed colours of every highlight style on the elements that hold flagged sentences. */
function sampleColours(page: Page): Promise<Sample[]> {
  return page.evaluate(
    ({ styles, flagged }) => {
      const elements = new Set<Element>();
      for (const name of flagged) {
        for (const range of CSS.highlights.get(name) ?? []) {
          const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
          if (el) elements.add(el);
        }
      }
      return [...elements].map((el) => {
        const backgrounds: string[] = [];
        for (let e: Element | null = el; e; e = e.parentElement) backgrounds.unshift(getComputedStyle(e).backgroundColor);
        const computed: Record<string, { color: string; background: string; line: string; lineColor: string }> = {};
        for (const name of styles) {
          const s = getComputedStyle(el, `::highlight(${name})`);
          computed[name] = { color: s.color, background: s.backgroundColor, line: s.textDecorationLine, lineColor: s.textDecorationColor };
        }
        return { backgrounds, styles: computed };
      });
    },
    { styles: STYLES, flagged: FLAGGED },
  );
}

/** The colour behind an element: its ancestors' backgrounds painted over the canvas, here white. */
function pageBackground(backgrounds: string[]): Rgba {
  return backgrounds.map(parseCssColor).reduce((under, bg) => over(bg, under), { r: 255, g: 255, b: 255, a: 1 });
}

const measured: Record<string, Record<string, { text: number; line: number | null }>> = {};

afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/highlight-contrast.json', `${JSON.stringify(measured, null, 2)}\n`);
});

describe('highlighted text stays legible', () => {
  test('highlights.css has the styles to check', () => {
    expect(STYLES).toEqual(expect.arrayContaining([...FLAGGED, 'sourcelight-named', 'sourcelight-flash']));
  });

  for (const path of PAGES) {
    test(`${path}: every highlight style keeps text ≥ ${TEXT_MIN}:1 and its underline ≥ ${LINE_MIN}:1`, async () => {
      const page = await ext.context.newPage();
      await page.goto(`${server.origin}${path}`);
      expect(await waitForAnalysis(page)).toBe('analyzed');
      // The dark page was written to hold every flagged label; the seed pages hold most of them.
      const counts = await page.evaluate((names) => names.map((n) => CSS.highlights.get(n)?.size ?? 0), FLAGGED);
      if (path.startsWith('/dark/')) expect(counts.every((n) => n > 0), `${FLAGGED} ${counts}`).toBe(true);
      const samples = await sampleColours(page);
      expect(samples.length).toBeGreaterThan(2);
      const worst: Record<string, { text: number; line: number | null }> = {};
      for (const sample of samples) {
        const background = pageBackground(sample.backgrounds);
        for (const [name, style] of Object.entries(sample.styles)) {
          const under = over(parseCssColor(style.background), background);
          const text = contrast(parseCssColor(style.color), under);
          const line = style.line.includes('underline') ? contrast(parseCssColor(style.lineColor), under) : null;
          const w = (worst[name] ??= { text, line });
          w.text = Math.min(w.text, text);
          if (line !== null) w.line = Math.min(w.line ?? line, line);
        }
      }
      measured[path] = Object.fromEntries(Object.entries(worst).map(([n, w]) => [n, { text: +w.text.toFixed(2), line: w.line === null ? null : +w.line.toFixed(2) }]));
      for (const [name, w] of Object.entries(worst)) {
        expect(w.text, `${name}: text contrast`).toBeGreaterThanOrEqual(TEXT_MIN);
        if (w.line !== null) expect(w.line, `${name}: underline contrast`).toBeGreaterThanOrEqual(LINE_MIN);
      }
      if (path.startsWith('/dark/')) {
        await page.screenshot({ path: `${SCREENSHOT_DIR}/dark-page.png` });
        // The flash (a sentence revealed from the legend) and its tooltip, to look at on the dark page;
        // reduced motion takes the tooltip's fade-in out of the picture.
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.locator('sourcelight-ui button[aria-label="Next flagged sentence"]').click();
        await page.waitForFunction(() => CSS.highlights.has('sourcelight-flash'));
        await page.locator('sourcelight-ui .tooltip.visible').waitFor({ timeout: 5000 });
        await page.screenshot({ path: `${SCREENSHOT_DIR}/dark-page-flash.png` });
      }
      await page.close();
    });
  }
});
