import { browser, type Browser } from 'wxt/browser';
import { injectContentScript, unsupportedReason } from './inject';

// The context-menu entry: "Check sourcing with Sourcelight" on a page or a selection. Choosing it
// grants activeTab for that tab, and injecting the content script starts the analysis (the script
// analyses as soon as it runs). The keyboard shortcut needs no code here: the manifest maps it to
// `_execute_action`, which opens the popup, and the popup analyses its tab.

export const MENU_ID = 'sourcelight-analyze';

/** Adds the menu entry. Call on install and update: Chrome keeps menu items across restarts. */
export function createMenu(): void {
  browser.contextMenus.create({ id: MENU_ID, title: 'Check sourcing with Sourcelight', contexts: ['page', 'selection'] });
}

/**
 * Handles a click on one of the extension's menu items. Resolves true when it started an analysis
 * (the content script is in the page), false when the click was not ours or the page cannot be read.
 */
export async function onMenuClicked(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId'>,
  tab: Pick<Browser.tabs.Tab, 'id' | 'url'> | undefined,
): Promise<boolean> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || unsupportedReason(tab.url)) return false;
  try {
    await injectContentScript(tab.id);
    return true;
  } catch {
    // A menu has nowhere to show a failure (a protected page, a tab showing an error page): the page
    // stays as it was, and the popup explains why when the reader opens it.
    return false;
  }
}
