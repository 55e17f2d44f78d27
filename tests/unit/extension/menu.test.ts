import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_ID, onMenuClicked } from '../../../extension/lib/menu';
import { setHighlightStyles } from '../../../extension/lib/highlight-styles';

// The context menu's click handler. The browser part (a real tab analysed) is in tests/e2e/on-demand.test.ts.
describe('onMenuClicked', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  let insertCSS: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    executeScript = vi.fn().mockResolvedValue([]);
    insertCSS = vi.fn().mockResolvedValue(undefined);
    (fakeBrowser as unknown as { scripting: { executeScript: unknown; insertCSS: unknown } }).scripting = { executeScript, insertCSS };
  });

  test('injects the content script and the highlight stylesheet into the clicked tab', async () => {
    expect(await onMenuClicked({ menuItemId: MENU_ID }, { id: 7, url: 'https://news.example/story' })).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/in-page.js'], injectImmediately: true });
    expect(insertCSS).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['highlights.css'] });
  });

  test('the script goes in first, without a probe: one call to the page before the analysis starts', async () => {
    executeScript.mockResolvedValue([{ result: true }]);
    await onMenuClicked({ menuItemId: MENU_ID }, { id: 7, url: 'https://news.example/story' });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript.mock.invocationCallOrder[0]).toBeLessThan(insertCSS.mock.invocationCallOrder[0]);
  });

  test('a page whose content script was already running does not get the stylesheet again', async () => {
    // The script reports that it found itself already started (content/session.ts).
    executeScript.mockResolvedValue([{ result: false }]);
    expect(await onMenuClicked({ menuItemId: MENU_ID }, { id: 7, url: 'https://news.example/story' })).toBe(true);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(insertCSS).not.toHaveBeenCalled();
  });

  test('ignores other menu items, tabs without an id and pages no extension may script', async () => {
    expect(await onMenuClicked({ menuItemId: 'other' }, { id: 7, url: 'https://news.example/story' })).toBe(false);
    expect(await onMenuClicked({ menuItemId: MENU_ID }, undefined)).toBe(false);
    expect(await onMenuClicked({ menuItemId: MENU_ID }, { id: 7, url: 'chrome://settings' })).toBe(false);
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('a page the browser will not let in resolves false instead of throwing', async () => {
    executeScript.mockRejectedValue(new Error('Frame with ID 0 is showing error page'));
    expect(await onMenuClicked({ menuItemId: MENU_ID }, { id: 7, url: 'https://news.example/story' })).toBe(false);
  });
});

// A page with nothing to show asks for the stylesheet's removal; the injection's insertion may not
// have landed yet, and a removal that overtook it would leave the sheet in the page for good.
describe('setHighlightStyles after an injection', () => {
  test('a removal waits for the insertion the injection started', async () => {
    fakeBrowser.reset();
    const calls: string[] = [];
    let landInsertion = () => undefined as void;
    const insertCSS = vi.fn(() => new Promise<void>((resolve) => (landInsertion = () => (calls.push('insert'), resolve()))));
    const removeCSS = vi.fn(async () => void calls.push('remove'));
    const executeScript = vi.fn().mockResolvedValue([{ result: true }]);
    (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript, insertCSS, removeCSS };
    const injected = onMenuClicked({ menuItemId: MENU_ID }, { id: 7, url: 'https://news.example/story' });
    await vi.waitFor(() => expect(insertCSS).toHaveBeenCalled());
    const removed = setHighlightStyles(7, 0, false);
    await new Promise((r) => setTimeout(r, 10));
    expect(removeCSS).not.toHaveBeenCalled();
    landInsertion();
    expect(await removed).toEqual({ ok: true });
    expect(await injected).toBe(true);
    expect(calls).toEqual(['insert', 'remove']);
  });
});
