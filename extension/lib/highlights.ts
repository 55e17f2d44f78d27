import type { Label } from '../../src/types';

// In-page highlights through the CSS Custom Highlight API: ranges are painted by `::highlight()`
// rules (assets/public/highlights.css, inserted by the background), and the page's DOM is never
// touched. Names are a contract with the tests (DESIGN.md).

export const HIGHLIGHT_NAME: Record<Exclude<Label, 'neutral'>, string> = {
  anonymous: 'sourcelight-anonymous',
  vague: 'sourcelight-vague',
  unsourced: 'sourcelight-unsourced',
  named: 'sourcelight-named',
};
export const FLASH_HIGHLIGHT = 'sourcelight-flash';

export type HighlightedLabel = keyof typeof HIGHLIGHT_NAME;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Registers one Highlight per label that is switched on; removes the others. */
export function showHighlights(ranges: Map<HighlightedLabel, AbstractRange[]>, visible: Record<HighlightedLabel, boolean>): void {
  if (!highlightsSupported()) return;
  for (const label of Object.keys(HIGHLIGHT_NAME) as HighlightedLabel[]) {
    const list = ranges.get(label) ?? [];
    if (!visible[label] || !list.length) {
      CSS.highlights.delete(HIGHLIGHT_NAME[label]);
      continue;
    }
    // One by one: spreading 100,000 ranges into the constructor would overflow the argument limit.
    const highlight = new Highlight();
    for (const range of list) highlight.add(range);
    CSS.highlights.set(HIGHLIGHT_NAME[label], highlight);
  }
}

export function hideHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of Object.values(HIGHLIGHT_NAME)) CSS.highlights.delete(name);
  CSS.highlights.delete(FLASH_HIGHLIGHT);
}

/** Briefly marks one range (after the reader clicked its sentence in the popup). */
export function flash(range: AbstractRange, durationMs = 1600): void {
  if (!highlightsSupported()) return;
  const highlight = new Highlight(range);
  highlight.priority = 10;
  CSS.highlights.set(FLASH_HIGHLIGHT, highlight);
  setTimeout(() => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === highlight) CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, durationMs);
}
