// Work on the reader's page is cut into slices of a few milliseconds, with the page's own tasks
// (input, rendering) allowed to run in between: the longest task Sourcelight adds stays short
// however long the article.

/** The longest slice of work before the page gets a turn. */
export const SLICE_MS = 8;

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Gives the page's pending tasks a turn. `scheduler.yield()` (Chrome 129+) resumes ahead of other
 * queued work; elsewhere a message to ourselves does, without the 4 ms clamp that nested
 * `setTimeout`s get.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Adds up the time a piece of work keeps the page's main thread busy, yields excluded. */
export class BusyMeter {
  ms = 0;
  private running = false;

  /** Runs `work` now and counts its time (once: work it runs inside is already counted). */
  run<T>(work: () => T): T {
    if (this.running) return work();
    this.running = true;
    const started = performance.now();
    try {
      return work();
    } finally {
      this.running = false;
      this.ms += performance.now() - started;
    }
  }
}

/**
 * A task's share of the main thread: steps too short to need a task of their own run back to back,
 * and the page gets its turn once they have used a slice. (Each yield on a page that is still laying
 * itself out can wait a whole rendering frame.)
 */
export class SliceClock {
  private started: number;

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly yieldNow: () => Promise<void> = yieldToPage,
  ) {
    this.started = now();
  }

  /** Yields to the page if this task has worked for SLICE_MS or more; otherwise goes on at once. */
  async breathe(): Promise<void> {
    if (this.now() - this.started < SLICE_MS) return;
    await this.yieldNow();
    this.started = this.now();
  }
}

/** Runs a stepwise computation (a generator that pauses often) in slices of about SLICE_MS. */
export async function runInSlices<T>(steps: Generator<void, T>, meter = new BusyMeter()): Promise<T> {
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      meter.ms += performance.now() - started;
      return step.value;
    }
    const now = performance.now();
    if (now - started >= SLICE_MS) {
      meter.ms += now - started;
      await yieldToPage();
      started = performance.now();
    }
  }
}
