import { browser, type Browser } from 'wxt/browser';
import { TEST_FLAVOR } from './settings';
import { warmUpSentenceSegmenter } from './icu-warm-up';

// Where the engine lives. Chrome: an offscreen document the service worker opens on demand (a
// service worker has no DOM) and closes when the document reports it idle (engine-idle.ts). Firefox:
// the event page itself (see background.ts), started by the browser when a message arrives and
// suspended by it when idle.
//
// Opening and closing take turns: each waits for the one before it, so a request that races a close
// (its content script found the page gone, and asks for it again) re-opens it after the close, never
// into the middle of it. The content script retries once on a port that closes unanswered
// (content/analysis.ts), so such a request is answered exactly once.

const OFFSCREEN_PATH = 'offscreen.html';
/** The test flavor's shorter idle time, set by a test through the worker (storage.session: no page or content script can read or write it). */
const TEST_IDLE_KEY = 'sourcelightTestEngineIdleMs';

let turns: Promise<unknown> = Promise.resolve();

/** Runs `step` once every opening or closing asked for before it has finished. */
function inTurn(step: () => Promise<void>): Promise<void> {
  const next = turns.then(step, step);
  turns = next.catch(() => undefined);
  return next;
}

async function offscreenIsOpen(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] });
  return contexts.length > 0;
}

/** The offscreen document's address; the test flavor's may carry a shorter idle time. */
async function offscreenUrl(): Promise<string> {
  if (!TEST_FLAVOR) return OFFSCREEN_PATH;
  const idleMs = (await browser.storage.session.get(TEST_IDLE_KEY))[TEST_IDLE_KEY];
  return typeof idleMs === 'number' ? `${OFFSCREEN_PATH}?idleMs=${idleMs}` : OFFSCREEN_PATH;
}

/** True when a message comes from the engine's offscreen document (an extension page, not a tab's). */
export function isEnginePage(sender: { url?: string; tab?: unknown }): boolean {
  if (!sender.url || sender.tab) return false;
  const url = new URL(sender.url);
  return url.origin === new URL(browser.runtime.getURL('/')).origin && url.pathname === `/${OFFSCREEN_PATH}`;
}

/** Makes sure the engine's page is open. */
export function startEngine(): Promise<void> {
  if (import.meta.env.FIREFOX) return Promise.resolve();
  return inTurn(async () => {
    if (await offscreenIsOpen()) return;
    const created = browser.offscreen.createDocument({
      url: await offscreenUrl(),
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: "Parse and analyse the article the reader asked about, off the page's main thread.",
    });
    // While the browser opens the page and the page loads the engine's code (icu-warm-up.ts).
    warmUpSentenceSegmenter();
    await created;
  });
}

/** Closes the engine's page: it reported that no analysis has been pending for its idle time. */
export function closeEngine(): Promise<void> {
  if (import.meta.env.FIREFOX) return Promise.resolve();
  return inTurn(async () => {
    if (await offscreenIsOpen()) await browser.offscreen.closeDocument();
  });
}

/** Test flavor only: the idle time of the engine's pages opened from now on (null: the real one). */
export async function setTestEngineIdleMs(ms: number | null): Promise<void> {
  if (!TEST_FLAVOR) return;
  if (ms === null) await browser.storage.session.remove(TEST_IDLE_KEY);
  else await browser.storage.session.set({ [TEST_IDLE_KEY]: ms });
}
