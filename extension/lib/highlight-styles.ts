import { browser } from 'wxt/browser';
import { HIGHLIGHT_CSS, stylesSettled } from './inject';

/**
 * Puts the highlight stylesheet into one frame of a tab, or takes it out, as the page script asks
 * (content/page-styles.ts, which sends one request at a time). Same target and file as the insertion
 * in lib/inject.ts, which is what `removeCSS` needs to find the sheet. A sheet registered with the
 * automatic analysis' content script is not one `removeCSS` can take out. The injection's own
 * insertion may still be under way when a page with nothing to show asks for the sheet's removal: the
 * removal waits for it, so that it is not left behind in the page.
 */
export async function setHighlightStyles(tabId: number, frameId: number, needed: boolean): Promise<{ ok: boolean }> {
  const details = { target: { tabId, frameIds: [frameId] }, files: [HIGHLIGHT_CSS] };
  try {
    await stylesSettled(tabId);
    await (needed ? browser.scripting.insertCSS(details) : browser.scripting.removeCSS(details));
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
