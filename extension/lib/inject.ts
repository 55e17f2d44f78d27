import { browser } from 'wxt/browser';
import { sendToTab, type PageState } from './messages';

/** Sourcelight's script in the page (extension/in-page.ts). */
export const PAGE_SCRIPT = '/in-page.js';
export const HIGHLIGHT_CSS = 'highlights.css';

// Sites where browsers forbid extension scripts: the stores, and Firefox's list
// (extensions.webextensions.restrictedDomains).
const RESTRICTED_HOSTS = new Set([
  'chrome.google.com', 'chromewebstore.google.com', 'microsoftedge.microsoft.com',
  'addons.mozilla.org', 'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'addons.cdn.mozilla.net',
  'api.accounts.firefox.com', 'content.cdn.mozilla.net', 'discovery.addons.mozilla.org', 'install.mozilla.org',
  'oauth.accounts.firefox.com', 'profile.accounts.firefox.com', 'support.mozilla.org', 'sync.services.mozilla.com',
]);

/** Pages no extension may script: browser pages, stores, PDFs and other non-web documents. */
export function unsupportedReason(url: string | undefined): string | null {
  // Without a URL the browser is keeping the page from extensions: its own pages, stores, other extensions.
  if (!url) return 'Browser pages, extension stores and other protected pages cannot be analysed.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This tab has no page Sourcelight can read.';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') {
    return 'Browser pages cannot be analysed.';
  }
  if (RESTRICTED_HOSTS.has(parsed.hostname)) {
    return 'The browser does not let extensions read this site (extension stores and the browser maker’s account pages).';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'PDF documents are not supported yet.';
  return null;
}

/** Stylesheet insertions under way, per tab: a removal asked for meanwhile waits for them (highlight-styles.ts). */
const insertingStyles = new Map<number, Promise<unknown>>();

/** Resolves once no stylesheet insertion of ours is under way in the tab. */
export function stylesSettled(tabId: number): Promise<unknown> {
  return insertingStyles.get(tabId) ?? Promise.resolve();
}

/**
 * Injects the content script into a tab, with the highlight stylesheet: a user stylesheet, immune to
 * the page's CSP and invisible to its scripts. Pages analysed automatically get the stylesheet with
 * their registration instead, before their first style computation: added to a page already laid out,
 * it costs one style recalculation of the whole page (one long task on a very large article, seen in a
 * Chromium trace of the bench's 1 MB page).
 *
 * The script goes first and at once: it starts the analysis as soon as it runs, and says whether it
 * did (true) or found itself already running in the page (false: a second click, the menu on an
 * analysed page). Only a script that has just started gets the stylesheet, while it serialises the
 * page: a page that has it already would pay another style recalculation for nothing. (A probe before
 * the injection, as before, cost the reader's click one more round trip to the page.)
 */
export async function injectContentScript(tabId: number): Promise<void> {
  const target = { tabId };
  const [run] = await browser.scripting.executeScript({ target, files: [PAGE_SCRIPT], injectImmediately: true });
  if (run?.result === false) return;
  const inserted = browser.scripting.insertCSS({ target, files: [HIGHLIGHT_CSS] });
  const settled = inserted.catch(() => undefined);
  insertingStyles.set(tabId, settled);
  try {
    await inserted;
  } finally {
    if (insertingStyles.get(tabId) === settled) insertingStyles.delete(tabId);
  }
}

/**
 * The content script could not be put into the page. The browser's own words are kept: they tell a
 * page it protects (a store, a policy) from a tab showing its error page (the page did not load).
 */
export class InjectionError extends Error {
  override name = 'InjectionError';
}

/** The tab's analysis, injecting the content script first if the page has none yet. */
export async function getPageState(tabId: number): Promise<PageState> {
  try {
    return await sendToTab(tabId, 'sourcelight:get-state', {});
  } catch {
    // No receiver: the content script is not in this page yet.
  }
  try {
    await injectContentScript(tabId);
  } catch (error) {
    throw new InjectionError(error instanceof Error ? error.message : String(error));
  }
  // A failure from here on is a page that has the script but did not answer.
  return await sendToTab(tabId, 'sourcelight:get-state', {});
}

/**
 * Analyses the tab again from scratch. The page may have been reloaded since its last analysis, and
 * with it the content script dropped: a newly injected script analyses from scratch anyway.
 */
export async function reanalyze(tabId: number): Promise<PageState> {
  try {
    return await sendToTab(tabId, 'sourcelight:reanalyze', {});
  } catch {
    return await getPageState(tabId);
  }
}
