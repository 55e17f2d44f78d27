import { InjectionError } from '../lib/inject';
import type { PopupState } from './render-state';

// What the popup says when it could not get an analysis from the page at all (as opposed to an
// analysis that ended in "no article" or an error the content script reports itself).

/** Chromium's words when a tab shows its own error page instead of the site (offline, DNS failure). */
const ERROR_PAGE = /showing error page/i;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A failure to reach the page, as a popup state: "unsupported" when the browser keeps extensions out
 * of the page for good, "error" (with "Try again") when it may work later.
 */
export function failureState(error: unknown): PopupState {
  const message = messageOf(error);
  if (error instanceof InjectionError && ERROR_PAGE.test(message)) {
    // The address is an ordinary web page, but it did not load: a reload may well fix it.
    return { status: 'error', message: 'this page did not load, so there is no article to read. Reload the page, then try again.' };
  }
  if (error instanceof InjectionError) {
    return { status: 'unsupported', reason: `The browser does not let extensions read this page (${message}).` };
  }
  // The content script is in the page but did not answer: the page navigated or was closed meanwhile.
  return { status: 'error', message: `the page did not answer (${message}).` };
}
