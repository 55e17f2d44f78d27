// Re-analysis when the page changes: single-page-app navigation, or an article that loads after the
// first analysis. Bounded on purpose: a page that rewrites itself forever (a ticking clock, a live
// ticker) must not make Sourcelight analyse forever.
import { textLength } from '../../src/page/text-length';

export interface WatchOptions {
  /** Wait this long after the first change of a burst before looking (changes in between are folded in). */
  settleMs: number;
  /** Never re-analyse more often than this. */
  minIntervalMs: number;
  /** At most this many re-analyses per address; a new address resets the count. */
  maxRunsPerUrl: number;
  /** Text growth or shrinkage (fraction of the last length) that counts as new content. */
  minTextChange: number;
}

export const DEFAULT_WATCH: WatchOptions = { settleMs: 1200, minIntervalMs: 4000, maxRunsPerUrl: 4, minTextChange: 0.1 };

export type ChangeReason = 'navigation' | 'content';

/**
 * Calls `onChange` when the page's address changes or its text grows or shrinks materially.
 * `ignore` is Sourcelight's own element, whose changes are not the page's. Returns a stop function.
 */
export function watchPage(doc: Document, ignore: Node, onChange: (reason: ChangeReason) => void, options: WatchOptions = DEFAULT_WATCH): () => void {
  const view = doc.defaultView;
  if (!view || !doc.body) return () => undefined;
  const bodyTextLength = () => (doc.body ? textLength(doc.body) : 0);
  let url = doc.location.href;
  let lastLength = bodyTextLength();
  let runs = 0;
  let lastRun = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    const now = Date.now();
    const wait = lastRun + options.minIntervalMs - now;
    if (wait > 0) {
      timer = setTimeout(check, wait);
      return;
    }
    let reason: ChangeReason | null = null;
    if (doc.location.href !== url) {
      url = doc.location.href;
      runs = 0;
      reason = 'navigation';
    }
    const length = bodyTextLength();
    if (!reason && Math.abs(length - lastLength) > Math.max(200, lastLength * options.minTextChange)) reason = 'content';
    if (!reason || runs >= options.maxRunsPerUrl) return;
    runs++;
    lastRun = now;
    lastLength = length;
    onChange(reason);
  };

  const schedule = () => {
    if (timer === undefined) timer = setTimeout(check, options.settleMs);
  };
  // Our own host being added or changed is not a change of the page.
  const isOurs = (r: MutationRecord) =>
    ignore.contains(r.target) ||
    (r.type === 'childList' && r.addedNodes.length + r.removedNodes.length > 0 && [...r.addedNodes, ...r.removedNodes].every((n) => n === ignore));
  const observer = new MutationObserver((records) => {
    if (!records.every(isOurs)) schedule();
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  view.addEventListener('popstate', schedule);
  view.addEventListener('hashchange', schedule);
  return () => {
    observer.disconnect();
    view.removeEventListener('popstate', schedule);
    view.removeEventListener('hashchange', schedule);
    if (timer !== undefined) clearTimeout(timer);
  };
}
