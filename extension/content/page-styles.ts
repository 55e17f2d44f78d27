import { sendToBackground } from '../lib/messages';

/**
 * Keeps the highlight stylesheet in the page only while Sourcelight shows something there. Its
 * `::highlight(sourcelight-*)` rules answer `getComputedStyle` for any page that asks, so once the
 * reader has hidden everything the sheet must leave with the element (tests/e2e/no-fingerprint).
 *
 * The background inserts and removes it (only it may call `scripting`). One request at a time, and
 * always towards the latest wish: a quick hide-then-show sends remove, then insert, in that order, and
 * ends with the sheet in the page; a burst of changes while a request is out costs one more request.
 */
export class PageStyles {
  /** Injection put the sheet in the page with the script (lib/inject.ts, lib/auto-analysis.ts). */
  private present = true;
  private wanted = true;
  private syncing: Promise<void> | null = null;

  want(needed: boolean): void {
    this.wanted = needed;
    this.syncing ??= this.sync().finally(() => {
      this.syncing = null;
    });
  }

  private async sync(): Promise<void> {
    while (this.present !== this.wanted) {
      const needed = this.wanted;
      const done = await sendToBackground('sourcelight:highlight-styles', { needed }).catch(() => ({ ok: false }));
      // A failed request leaves the sheet as it was; the next change tries again.
      if (!done.ok) return;
      this.present = needed;
    }
  }
}
