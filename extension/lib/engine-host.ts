import { browser, type Browser } from 'wxt/browser';

// Where the engine lives. Chrome: an offscreen document the service worker opens on demand (a
// service worker has no DOM). Firefox: the event page itself (see background.ts), always there when
// a message arrives.

const OFFSCREEN_URL = 'offscreen.html';
let opening: Promise<void> | null = null;

async function offscreenIsOpen(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    documentUrls: [browser.runtime.getURL(`/${OFFSCREEN_URL}`)],
  });
  return contexts.length > 0;
}

/** Makes sure the engine's page is open. Concurrent callers share one opening. */
export async function startEngine(): Promise<void> {
  if (import.meta.env.FIREFOX) return;
  if (await offscreenIsOpen()) return;
  opening ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Parse and analyse the article the reader asked about, off the page\'s main thread.',
    })
    .catch(async (error: unknown) => {
      // Another caller's opening won the race: that is what we wanted.
      if (!(await offscreenIsOpen())) throw error;
    })
    .finally(() => {
      opening = null;
    });
  await opening;
}
