// A long analysis asks the JavaScript engine for a full garbage collection between its steps.
//
// Few full (major) collections run during one analysis of a long article, and early: on the 1 MB
// article, one in the first half second of its 2-5 s, early in extraction (traced,
// `npm run bench:memory-steps`). Everything only such a collection frees then stays until the end and
// adds up to the peak: the document extraction parsed and worked on (the DOM, and Blink's strings
// behind it: 10-12 MB on that article), then the segmenter's ICU memory and classification's garbage
// while anchoring parses the text root again. Freed in between, the engine's page holds 50 MB at the
// end of that article's analysis instead of 67-71 (memory-steps' "held at its end", and a scratch copy
// without the hints; bench/RESULTS.md, "Issue 22, eighteenth session").
//
// No web API asks for a collection. But V8 starts one when the memory its objects own outside its
// heap (array buffers' contents) has grown by its external-memory limit, 64 MB, since the last one: an
// array buffer of that size, allocated and dropped, does it. Its contents are never written, so their
// pages are never touched: it costs address space, not memory (a page holding 128 MB of such buffers:
// resident memory +0.4 MB). Elsewhere (Firefox's event page) it may start nothing; nothing else changes.

/** Sent HTML from this many characters on (a long article: news pages send 10-200 K) asks for collections. */
export const LONG_PAGE_CHARS = 262_144;

const HINT_BYTES = 64 * 2 ** 20;

/** Asks for a full garbage collection soon (see above); never throws. */
export function hintFullCollection(): void {
  try {
    void new ArrayBuffer(HINT_BYTES);
  } catch {
    // No address space for it (a 32-bit browser): no hint.
  }
}
