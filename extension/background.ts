import { browser } from 'wxt/browser';
import { isOwnSender, parseBackgroundMessage, type BackgroundMessage } from './lib/messages';
import { setBadge } from './lib/badge';
import { syncAutoAnalysis } from './lib/auto-analysis';
import { startEngine } from './lib/engine-host';
import { createMenu, onMenuClicked } from './lib/menu';
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

  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  // Headless tests cannot click a context-menu item, so the test flavor hands them the handler on the
  // worker's global. TEST_FLAVOR is a build-time constant: the production build has none of this.
  if (TEST_FLAVOR) Object.assign(globalThis, { sourcelightTest: { onMenuClicked } });

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
    if (!isOwnSender(sender) || sender.tab?.id === undefined) return undefined;
    const message = parseBackgroundMessage(raw);
    if (!message) return undefined;
    return handle(message, sender.tab.id, sender.frameId ?? 0);
  });
});
