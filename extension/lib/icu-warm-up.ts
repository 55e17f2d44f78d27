// The engine splits sentences with Intl.Segmenter. The first segmenter a browser process creates
// loads ICU's break-iterator data and locale tables: 30-100 ms in Chromium on this machine (a fresh
// page, 2026-12-07), 15-27 ms in Node, and nothing for every segmenter after it, in any thread of the
// same process (ICU caches that data process-wide; Node, a worker thread warming it: the main thread's
// first segmenter then costs 0.06 ms instead of 15-27). Chrome runs the extension's service worker and
// its offscreen document (the engine's page) in one process, the worker on a thread of its own: the
// worker pays that cost while it waits for the engine's page to open, instead of the engine paying it
// in the reader's first analysis after the browser started.

/** Creates and uses one English sentence segmenter, as the engine's first one would (src/text/sentences.ts). */
export function warmUpSentenceSegmenter(): void {
  try {
    Intl.Segmenter.supportedLocalesOf('en');
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const piece of segmenter.segment('A warm-up. Nothing more.')) void piece;
  } catch {
    // No Intl.Segmenter: the engine will say so itself when it needs one.
  }
}
