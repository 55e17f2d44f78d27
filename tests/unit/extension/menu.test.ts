import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_ID, onMenuClicked } from '../../../extension/lib/menu';

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
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/in-page.js'] });
    expect(insertCSS).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['highlights.css'] });
  });

  test('a page that already has the content script gets neither it nor the stylesheet again', async () => {
    executeScript.mockImplementation(async (details: { func?: unknown }) => (details.func ? [{ result: true }] : []));
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
