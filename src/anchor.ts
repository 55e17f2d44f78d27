// Finds the engine's sentences again in the live page. The page's text nodes are walked once into one
// string, white space collapsed exactly as extraction collapses it, with a map from that string back to
// (text node, offset). Sentences are then found by `indexOf` moving forward in
// reading order, so anchoring N sentences costs one walk plus one forward scan: linear in page size.
//
// Both steps also exist as generators that pause every few hundred nodes or sentences, so that a
// caller on the page's main thread can spread a long page over several short tasks (see
// `runInSlices` in the content script); the synchronous functions simply run them to the end.

// Text inside these is not prose a reader reads (and extraction drops it). Text sits directly in most
// of them; buttons and select boxes can wrap it in more elements.
const TEXT_HOLDERS_SKIPPED = 'script, style, noscript, textarea, option, iframe, title';
const WRAPPERS_SKIPPED = 'button, select';

/** The elements whose own text nodes are not page text: a few native queries, no walk. */
function skippedParents(root: Node): Set<Node> {
  const skipped = new Set<Node>();
  if (!('querySelectorAll' in root)) return skipped;
  const parent = root as ParentNode;
  for (const el of parent.querySelectorAll(TEXT_HOLDERS_SKIPPED)) skipped.add(el);
  // (A descendant selector such as `button *` would test every element's ancestors: slower.)
  for (const wrapper of parent.querySelectorAll(WRAPPERS_SKIPPED)) {
    skipped.add(wrapper);
    for (const el of wrapper.querySelectorAll('*')) skipped.add(el);
  }
  return skipped;
}

/** Characters read between two pauses of `readPageTextSteps` (a few hundred nodes of prose). */
const CHARS_PER_STEP = 32_768;
/** Sentences found between two pauses of `anchorSentencesSteps`. */
const SENTENCES_PER_STEP = 64;

// Most text nodes hold prose with single plain spaces: their text is taken whole. The others (line
// breaks, runs of spaces, no-break spaces) are collapsed run by run, and soft hyphens dropped as
// extraction drops them (text/normalize.ts).
const UNUSUAL_SPACE = /\s\s|[^\S ]|\u00AD/;
/** A longest run of white space and soft hyphens holding something UNUSUAL_SPACE finds. */
const UNUSUAL_RUN = /[\s\u00AD]*(?:\s\s|[^\S ]|\u00AD)[\s\u00AD]*/g;
const WHITE_SPACE = /\s/;

/**
 * Appends `value[start, end)`, a stretch holding no run UNUSUAL_RUN finds (words and single plain
 * spaces), its leading space dropped after a space. Returns whether the text now ends with a space.
 */
function appendStretch(out: PageTextBuilder, value: string, start: number, end: number, node: number, lastWasSpace: boolean): boolean {
  const from = lastWasSpace && value.charCodeAt(start) === 32 ? start + 1 : start;
  if (from >= end) return lastWasSpace;
  out.append(value.slice(from, end), node, from);
  return value.charCodeAt(end - 1) === 32;
}

/**
 * The page's visible text, white space collapsed, and where each character came from. The map is kept
 * as segments, stretches of `text` that come from consecutive characters of one text node (usually a
 * whole node), not one entry per character: a 1 MB article is a few thousand segments.
 */
export interface PageText {
  text: string;
  nodes: Text[];
  /** Number of segments. */
  segments: number;
  /** For each segment: where it starts in `text`, ascending. */
  segmentStart: Int32Array;
  /** For each segment: index into `nodes`. */
  segmentNode: Int32Array;
  /** For each segment: offset inside its node of its first character. */
  segmentOffset: Int32Array;
}

/** Runs a stepwise computation to its end in one go. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Builds a PageText piece by piece. */
class PageTextBuilder {
  readonly nodes: Text[] = [];
  private readonly pieces: string[] = [];
  private length = 0;
  private count = 0;
  private starts = new Int32Array(256);
  private nodeIndexes = new Int32Array(256);
  private offsets = new Int32Array(256);

  /** Appends `piece`, which is (or, for a collapsed space, stands for) node `node`'s text from `offset`. */
  append(piece: string, node: number, offset: number): void {
    const last = this.count - 1;
    const continues = last >= 0 && this.nodeIndexes[last] === node && this.offsets[last] + (this.length - this.starts[last]) === offset;
    if (!continues) this.startSegment(node, offset);
    this.pieces.push(piece);
    this.length += piece.length;
  }

  private startSegment(node: number, offset: number): void {
    if (this.count === this.starts.length) {
      const grow = (from: Int32Array) => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.starts = grow(this.starts);
      this.nodeIndexes = grow(this.nodeIndexes);
      this.offsets = grow(this.offsets);
    }
    this.starts[this.count] = this.length;
    this.nodeIndexes[this.count] = node;
    this.offsets[this.count] = offset;
    this.count++;
  }

  build(): PageText {
    const n = this.count;
    return {
      text: this.pieces.join(''),
      nodes: this.nodes,
      segments: n,
      segmentStart: this.starts.subarray(0, n),
      segmentNode: this.nodeIndexes.subarray(0, n),
      segmentOffset: this.offsets.subarray(0, n),
    };
  }
}

/** Walks the text under `root` once into a normalised string with an offset map. */
export function readPageText(root: Node): PageText {
  return drain(readPageTextSteps(root));
}

/**
 * `readPageText`, pausing every CHARS_PER_STEP characters or so. A page that changes during the pauses may
 * leave some spans stale; the content script analyses such a page again once it settles.
 */
export function* readPageTextSteps(root: Node): Generator<void, PageText> {
  const doc = root.ownerDocument ?? (root as Document);
  // Text nodes only, and no filter callback: a callback (or an ancestor lookup) per node crosses from
  // native code into script for each of the page's elements, tens of thousands of SVG paths and
  // wrappers on some news pages, and costs many times the walk itself. The elements whose text is
  // skipped are found by one native query instead, and each text node asks only for its parent.
  const skipped = skippedParents(root);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const out = new PageTextBuilder();
  let lastWasSpace = true; // no leading space
  let sincePause = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skipped.has(node.parentNode!)) continue;
    const value = node.nodeValue;
    if (!value) continue;
    const index = out.nodes.push(node as Text) - 1;
    // Counted with a little extra per node, so that many tiny nodes pause too.
    sincePause += value.length + 64;
    if (sincePause >= CHARS_PER_STEP) {
      sincePause = 0;
      yield;
    }
    if (!UNUSUAL_SPACE.test(value)) {
      lastWasSpace = appendStretch(out, value, 0, value.length, index, lastWasSpace);
      continue;
    }
    // The runs to collapse (white space other than one plain space, soft hyphens) are found by a
    // regular expression, and the stretches between them taken whole, as above. (A loop in script over
    // every character cost more than all the rest of the content script's work on news pages, whose
    // text nodes are full of line breaks and indentation.)
    let at = 0;
    UNUSUAL_RUN.lastIndex = 0;
    for (let run = UNUSUAL_RUN.exec(value); run; run = UNUSUAL_RUN.exec(value)) {
      lastWasSpace = appendStretch(out, value, at, run.index, index, lastWasSpace);
      // A run of soft hyphens alone is dropped; one with white space stands for one space.
      const space = run[0].search(WHITE_SPACE);
      if (space >= 0) {
        if (!lastWasSpace) out.append(' ', index, run.index + space);
        lastWasSpace = true;
      }
      at = run.index + run[0].length;
    }
    lastWasSpace = appendStretch(out, value, at, value.length, index, lastWasSpace);
  }
  return out.build();
}

/**
 * Where a sentence sits in the page: the boundary points of a range, as plain data (a StaticRangeInit).
 * Live `Range`s are tracked and updated by the document on every change, and creating tens of thousands
 * of them grows superlinearly; a span costs nothing until it is turned into a StaticRange (to paint) or
 * a Range (to scroll to or measure).
 */
export interface SentenceSpan {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** The segment holding character `at` of the page text (binary search). */
function segmentOf(page: PageText, at: number): number {
  let low = 0;
  let high = page.segments - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (page.segmentStart[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The text node and offset of character `at` of the page text. */
function locate(page: PageText, at: number): { node: Text; offset: number } {
  const s = segmentOf(page, at);
  return { node: page.nodes[page.segmentNode[s]], offset: page.segmentOffset[s] + (at - page.segmentStart[s]) };
}

/** The span over `[start, end)` of the page text. */
function spanFor(page: PageText, start: number, end: number): SentenceSpan {
  const first = locate(page, start);
  const last = locate(page, end - 1);
  return { startContainer: first.node, startOffset: first.offset, endContainer: last.node, endOffset: last.offset + 1 };
}

/** A live Range over a span, for the few operations that need one (scrolling, measuring, comparing). */
export function spanToRange(span: SentenceSpan): Range {
  const range = span.startContainer.ownerDocument.createRange();
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  return range;
}

/**
 * Anchors sentences (in reading order) to spans of the page. A sentence that cannot be found after
 * the previous one gets `null`: it is better to highlight nothing than the wrong words.
 */
export function anchorSentences(page: PageText, sentences: readonly string[]): (SentenceSpan | null)[] {
  return drain(anchorSentencesSteps(page, sentences));
}

/** `anchorSentences`, pausing every SENTENCES_PER_STEP sentences. */
export function* anchorSentencesSteps(page: PageText, sentences: readonly string[]): Generator<void, (SentenceSpan | null)[]> {
  const spans: (SentenceSpan | null)[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    if (spans.length % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    const at = sentence ? page.text.indexOf(sentence, cursor) : -1;
    if (at < 0) {
      spans.push(null);
      continue;
    }
    cursor = at + sentence.length;
    spans.push(spanFor(page, at, cursor));
  }
  return spans;
}
