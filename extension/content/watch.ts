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

/** How much text a node holds: a text node's own, an element's text nodes' (comments and the like: none). */
function textIn(node: Node): number {
  if (node.nodeType === 3 /* TEXT_NODE */) return (node as Text).length;
  return node.nodeType === 1 /* ELEMENT_NODE */ || node.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */ ? textLength(node) : 0;
}

/**
 * The text one batch of mutation records added minus the text it removed, in characters. A text node
 * changed several times in the batch counts once, from its first old value to its value now; one that
 * was added in the batch counts as added, whatever happened to it after.
 */
function textChange(records: readonly MutationRecord[]): number {
  let change = 0;
  const added = new Set<Node>();
  const changedText = new Map<Text, number>();
  for (const record of records) {
    if (record.type === 'childList') {
      for (const node of record.addedNodes) {
        added.add(node);
        change += textIn(node);
      }
      for (const node of record.removedNodes) change -= textIn(node);
    } else if (record.type === 'characterData' && record.target.nodeType === 3 && !changedText.has(record.target as Text)) {
      changedText.set(record.target as Text, record.oldValue?.length ?? 0);
    }
  }
  for (const [text, oldLength] of changedText) {
    let insideAdded = false;
    for (let at: Node | null = text; at && !insideAdded; at = at.parentNode) insideAdded = added.has(at);
    if (!insideAdded) change += text.length - oldLength;
  }
  return change;
}

/**
 * Calls `onChange` when the page's address changes or its text grows or shrinks materially.
 * `ignore` is Sourcelight's own element, whose changes are not the page's. Returns a stop function.
 *
 * The text's growth is read from the mutation records (the text each change added and removed), not
 * from a measure of the whole body taken when watching starts: that walk cost every first analysis
 * 0.1-12 ms of the reader's main thread (Chromium, the news fixtures, 2026-12-07), on pages that
 * mostly never change again. The body is measured only when a change is looked at, as before.
 */
export function watchPage(doc: Document, ignore: Node, onChange: (reason: ChangeReason) => void, options: WatchOptions = DEFAULT_WATCH): () => void {
  const view = doc.defaultView;
  if (!view || !doc.body) return () => undefined;
  const bodyTextLength = () => (doc.body ? textLength(doc.body) : 0);
  let url = doc.location.href;
  /** Text added minus text removed since the last analysis. */
  let change = 0;
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
    // The body's length at the last analysis: its length now, less the change since.
    if (!reason && Math.abs(change) > Math.max(200, (bodyTextLength() - change) * options.minTextChange)) reason = 'content';
    if (!reason || runs >= options.maxRunsPerUrl) return;
    runs++;
    lastRun = now;
    change = 0;
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
    const pages = records.filter((r) => !isOurs(r));
    if (!pages.length) return;
    // Once this address has had all its analyses, only a navigation matters: no need to count text.
    if (runs < options.maxRunsPerUrl) change += textChange(pages);
    schedule();
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  view.addEventListener('popstate', schedule);
  view.addEventListener('hashchange', schedule);
  return () => {
    observer.disconnect();
    view.removeEventListener('popstate', schedule);
    view.removeEventListener('hashchange', schedule);
    if (timer !== undefined) clearTimeout(timer);
  };
}
