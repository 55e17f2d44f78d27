// When the engine's page may go: Chrome's offscreen document stays open for as long as nothing closes
// it, and holds the engine's code and data (about 40 MB) in the extension's process. It asks to be
// closed once no analysis has been pending for ENGINE_IDLE_MS.

/**
 * How long the engine's page stays open with no analysis pending. Chrome stops an extension's service
 * worker about 30 s after its last event, and the page's request to be closed is such an event: the
 * extension's process goes away about ENGINE_IDLE_MS + 30 s after the last analysis. Measured with
 * 30 s (`npm run bench -- --only memory`): the page closed at 30 s, the worker stopped at 55-60 s, on
 * the edge of the one minute after which nothing may be held. 20 s leaves that a margin, and is still
 * long enough that a reader moving from one article to the next, or a single-page site's next
 * article, finds the engine open. A re-opening costs the next analysis one cold start (bench/RESULTS.md).
 */
export const ENGINE_IDLE_MS = 20_000;

/**
 * Counts the requests the engine is busy with (its open ports) and calls `onIdle` once none has been
 * open for `idleMs`. A request that comes in before then starts the wait again when it is done.
 */
export class IdleWatch {
  private busy = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly idleMs: number,
    private readonly onIdle: () => void,
  ) {
    // A page opened for a request that then never came is idle from the start.
    this.arm();
  }

  /** A request came in (a port was opened). */
  started(): void {
    this.busy++;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** A request is over (its port closed, from either side). */
  ended(): void {
    this.busy = Math.max(0, this.busy - 1);
    if (this.busy === 0) this.arm();
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.busy !== 0) return;
      this.onIdle();
      // Closing is the listener's business; if the page is still here an idle time later, it asks again.
      this.arm();
    }, this.idleMs);
  }
}
