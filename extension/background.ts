import { browser } from 'wxt/browser';
import { isOwnSender, parseBackgroundMessage, type BackgroundMessage } from './lib/messages';
import { setBadge } from './lib/badge';
import { syncAutoAnalysis } from './lib/auto-analysis';
import { closeEngine, isEnginePage, setTestEngineIdleMs, startEngine } from './lib/engine-host';
import { createMenu, MENU_ID, onMenuClicked } from './lib/menu';
import { unsupportedReason } from './lib/inject';
import { TEST_FLAVOR } from './lib/settings';
import { setHighlightStyles } from './lib/highlight-styles';

export default defineBackground(() => {
  // Firefox's event page has a DOM and hosts the engine itself; Chrome's service worker opens an
  // offscreen document for it (lib/engine-host.ts).
  // (A dynamic import, so that Chrome's build, where this branch is dropped, leaves the engine out.)
  if (import.meta.env.FIREFOX) void import('./lib/engine-listener').then((engine) => engine.serveEngineRequests());

  browser.runtime.onInstalled.addListener(() => {
    createMenu();
    void syncAutoAnalysis();
  });
  browser.runtime.onStartup.addListener(() => void syncAutoAnalysis());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes.settings) void syncAutoAnalysis();
  });
  browser.permissions.onAdded.addListener(() => void syncAutoAnalysis());
  browser.permissions.onRemoved.addListener(() => void syncAutoAnalysis());

  // A click on the menu will need the engine: its page opens while the content script is injected and
  // serialises the page, not after the content script has found it closed.
  const clickMenu: typeof onMenuClicked = (info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined && !unsupportedReason(tab.url)) void startEngine().catch(() => undefined);
    return onMenuClicked(info, tab);
  };
  browser.contextMenus.onClicked.addListener((info, tab) => void clickMenu(info, tab));
  // Headless tests cannot click a context-menu item, so the test flavor hands them the handler on the
  // worker's global. TEST_FLAVOR is a build-time constant: the production build has none of this.
  // The same for the engine's idle time, which tests shorten to see its page close and open again.
  if (TEST_FLAVOR) Object.assign(globalThis, { sourcelightTest: { onMenuClicked: clickMenu, setEngineIdleMs: setTestEngineIdleMs, closeEngine } });

  const handle = async (message: BackgroundMessage, tabId: number, frameId: number) => {
    switch (message.type) {
      case 'sourcelight:engine-start':
        await startEngine();
        return { ok: true };
      case 'sourcelight:analysis-done':
        // Only the top frame speaks for the tab's badge.
        if (frameId === 0) await setBadge(tabId, message.status, message.flagged, message.grade);
        return { ok: true };
      case 'sourcelight:highlight-styles':
        return setHighlightStyles(tabId, frameId, message.needed);
    }
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isOwnSender(sender)) return undefined;
    const message = parseBackgroundMessage(raw);
    if (!message) return undefined;
    // The engine's page is the one sender without a tab: it asks to be closed once idle.
    if (message.type === 'sourcelight:engine-idle') return isEnginePage(sender) ? closeEngine().then(() => ({ ok: true })) : undefined;
    if (sender.tab?.id === undefined) return undefined;
    return handle(message, sender.tab.id, sender.frameId ?? 0);
  });
});
