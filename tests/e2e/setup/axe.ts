import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core (Deque's accessibility rules engine, a dev dependency, never in the extension) run inside a
// page the tests opened: a web page with the overlay, or one of the extension's own pages. Its source
// goes in through the DevTools protocol's evaluate, which no Content Security Policy blocks (the
// extension's pages allow only their own scripts).

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One rule broken, with where: enough to read in a failed expectation. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * What to check: a selector, or a path through shadow roots, outermost host first
 * (`inOverlay('.legend')` is the legend inside the overlay's open, test-flavor, shadow root).
 * Plain nested arrays would mean frames to axe, not shadow roots.
 */
export type AxeContext = string | { fromShadowDom: string[] };

/** An element inside Sourcelight's `<sourcelight-ui>` shadow root. */
export function inOverlay(selector: string): AxeContext {
  return { fromShadowDom: ['sourcelight-ui', selector] };
}

/** Runs axe-core's WCAG 2.0-2.2 A/AA and best-practice rules on `context` (the whole page by default). */
export async function axeViolations(page: Page, context: AxeContext = 'html'): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (include) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const result = await axe.run(
      { include: [include] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, context);
}
