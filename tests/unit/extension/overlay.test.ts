import { afterEach, describe, expect, test, vi } from 'vitest';
import { describeSentence, Overlay, type OverlayHandlers } from '../../../extension/content/overlay';
import type { SentenceReport } from '../../../src/types';

// The in-page overlay's own logic, in jsdom: what the legend counts, Hide and its undo, Escape, and
// what the live region says. The browser part (keys, focus, axe-core) is tests/e2e/keyboard-a11y.test.ts.

const ALL_ON = { anonymous: true, vague: true, unsourced: true, named: true };
const COUNTS = { anonymous: 2, vague: 4, unsourced: 8, named: 3 };

function setUp() {
  const handlers: OverlayHandlers = { onPrevious: vi.fn(), onNext: vi.fn(), onSetHighlights: vi.fn(), onCloseLegend: vi.fn() };
  const overlay = new Overlay(document, handlers);
  overlay.mount();
  // The test flavor's shadow root is open (TEST_FLAVOR is false here: reach it through the host).
  const shadow = (overlay as unknown as { shadow: ShadowRoot }).shadow;
  const q = <T extends Element = HTMLElement>(selector: string) => shadow.querySelector<T & Element>(selector)!;
  const buttons = () => [...shadow.querySelectorAll('button')].filter((b) => !b.closest('[hidden]') && !b.hidden).map((b) => b.textContent);
  return { overlay, handlers, q, buttons };
}

const sentence = (over: Partial<SentenceReport>): SentenceReport => ({ text: 'Officials said it would.', label: 'anonymous', quote: false, reason: 'A source the article does not name.', ...over }) as SentenceReport;

afterEach(() => document.body.replaceChildren());

describe('the legend', () => {
  test('counts only the labels the options highlight', () => {
    const { overlay, q } = setUp();
    overlay.showLegend(COUNTS, { ...ALL_ON, unsourced: false, named: false }, true);
    expect(q('.legend-counts').textContent).toBe('2 anonymous4 vague');
    overlay.showLegend(COUNTS, ALL_ON, true);
    expect(q('.legend-counts').textContent).toBe('2 anonymous4 vague8 unsourced3 named');
    overlay.showLegend(COUNTS, { anonymous: false, vague: false, unsourced: false, named: false }, true);
    expect(q('.legend-counts').textContent).toMatch(/No label is highlighted/);
  });

  test('with the highlights off, collapses to a "Show highlights" button that turns them back on', () => {
    const { overlay, handlers, buttons } = setUp();
    overlay.showLegend(COUNTS, ALL_ON, true);
    expect(buttons()).toEqual(['‹', '›', 'Hide', '×']);
    overlay.showLegend(COUNTS, ALL_ON, false);
    expect(buttons()).toEqual(['Show highlights', '×']);
    const shadow = (overlay as unknown as { shadow: ShadowRoot }).shadow;
    [...shadow.querySelectorAll('button')].find((b) => b.textContent === 'Show highlights')!.click();
    expect(handlers.onSetHighlights).toHaveBeenCalledWith(true);
  });

  test('closing it tells the page script, and the shortcut opens it again', () => {
    const { overlay, handlers, q } = setUp();
    overlay.showLegend(COUNTS, ALL_ON, true);
    q<HTMLButtonElement>('button.close').click();
    expect(handlers.onCloseLegend).toHaveBeenCalledOnce();
    expect(overlay.legendOpen).toBe(false);
    overlay.showLegend(COUNTS, ALL_ON, true);
    expect(q('.legend').hidden).toBe(true);
    overlay.focusLegend();
    expect(overlay.legendOpen).toBe(true);
    expect(q('.legend').hidden).toBe(false);
  });
});

describe('the tooltip', () => {
  test('is hidden from screen readers until shown, and Escape hides it again', () => {
    const { overlay, q } = setUp();
    expect(q('[role="tooltip"]').getAttribute('aria-hidden')).toBe('true');
    overlay.showTooltip(sentence({ source: 'officials' }), { x: 10, y: 10 });
    expect(q('[role="tooltip"]').hasAttribute('aria-hidden')).toBe(false);
    expect(overlay.escape()).toBe(true);
    expect(overlay.tooltipVisible).toBe(false);
    expect(q('[role="tooltip"]').getAttribute('aria-hidden')).toBe('true');
    expect(overlay.escape()).toBe(false); // nothing left to close, and focus is not in the overlay
  });

  test('says what it explains through the polite live region, page text as text', async () => {
    const { overlay, q } = setUp();
    const hostile = sentence({ text: '<img src=x onerror=alert(1)> said an official.', source: '<b>an official</b>' });
    overlay.showTooltip(hostile, { x: 10, y: 10 }, `1 of 3: “${hostile.text}” ${describeSentence(hostile)}`);
    const live = q('[role="status"]');
    expect(live.getAttribute('aria-live')).toBe('polite');
    await vi.waitFor(() => expect(live.textContent).toMatch(/^1 of 3: “<img src=x onerror=alert\(1\)> said an official\.” Anonymous source\. Source: <b>an official<\/b>\./));
    expect(live.children).toHaveLength(0);
    expect(q('.tooltip').querySelector('img, b')).toBeNull();
  });
});
