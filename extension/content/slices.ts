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

/** Runs a stepwise computation (a generator that pauses often) in slices of about SLICE_MS. */
export async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  let deadline = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await yieldToPage();
      deadline = performance.now() + SLICE_MS;
    }
  }
}
