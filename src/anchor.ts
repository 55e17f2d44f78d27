// Finds the engine's sentences again in the live page. The page's text nodes are walked once into one
// string, white space collapsed exactly as extraction collapses it, with a map from that string back to
// (text node, offset). Sentences are then found by `indexOf` moving forward in
// reading order, so anchoring N sentences costs one walk plus one forward scan: linear in page size.
//
// Both steps also exist as generators that pause every few hundred nodes or sentences, so that a
// caller on the page's main thread can spread a long page over several short tasks (see
// `runInSlices` in the content script); the synchronous functions simply run them to the end.

// Text inside these is not prose a reader reads (and extraction drops it). Text sits directly in most
// of them; buttons and select boxes can wrap it in more elements, and so can <noscript>: in a page
// that runs scripts its contents are one text node, but in a document parsed without scripting (the
// engine's page: `anchorsInHtml` below) they are elements, whose text must be skipped all the same.
const TEXT_HOLDERS_SKIPPED = 'script, style, textarea, option, iframe, title';
const WRAPPERS_SKIPPED = 'button, select, noscript';

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

/** The index (in `page.nodes`) of the text node holding character `at` of the page text, and the offset in it. */
function positionOf(page: PageText, at: number): { node: number; offset: number } {
  const s = segmentOf(page, at);
  return { node: page.segmentNode[s], offset: page.segmentOffset[s] + (at - page.segmentStart[s]) };
}

/** The text node and offset of character `at` of the page text. */
function locate(page: PageText, at: number): { node: Text; offset: number } {
  const { node, offset } = positionOf(page, at);
  return { node: page.nodes[node], offset };
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
export function anchorSentencesSteps(page: PageText, sentences: readonly string[]): Generator<void, (SentenceSpan | null)[]> {
  return findSentencesSteps(page, sentences, (start, end) => spanFor(page, start, end));
}

/**
 * Finds each sentence after the previous one's end in the page text and makes what `place` makes of
 * its `[start, end)` (null for a sentence not found), pausing every SENTENCES_PER_STEP sentences.
 */
function* findSentencesSteps<T>(page: PageText, sentences: readonly string[], place: (start: number, end: number) => T): Generator<void, (T | null)[]> {
  const found: (T | null)[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    if (found.length % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    const at = sentence ? page.text.indexOf(sentence, cursor) : -1;
    if (at < 0) {
      found.push(null);
      continue;
    }
    cursor = at + sentence.length;
    found.push(place(at, cursor));
  }
  return found;
}

// Anchoring in two places. The engine's page parses the HTML of the page's text root (the focus) that
// the content script sent it, reads its text and finds the sentences there exactly as above, and
// answers with plain numbers: each text node's length, and each sentence's (text node index, offset)
// at both ends. The content script then only lists the live text nodes under the same root, by the
// same rules, checking each length as it goes: no string is built or searched on the reader's main
// thread (reading and searching the text was its largest cost after serialising: `npm run bench`,
// 2026-12-07). Wherever the two could differ (a live DOM that does not round-trip through HTML, such
// as adjacent text nodes, or a page changed meanwhile) the lists differ, and the content script reads
// its own text as before.

/** Where the sentences are, as numbers a message can carry (see `anchorsInText`, `spansFromAnchors`). */
export interface TextAnchors {
  /** The length of each text node the page text was read from, in document order. */
  lengths: number[];
  /**
   * Four numbers per sentence: the index (into `lengths`) and offset of its first character's node,
   * the index of its last character's node and the offset just after that character. A sentence not
   * found has -1 in all four.
   */
  spans: number[];
}

/** The sentences found in `page` (as `anchorSentences` finds them), as node indexes and offsets. */
export function anchorsInText(page: PageText, sentences: readonly string[]): TextAnchors {
  const found = drain(findSentencesSteps(page, sentences, (start, end) => [positionOf(page, start), positionOf(page, end - 1)] as const));
  const spans: number[] = [];
  for (const ends of found) {
    if (!ends) spans.push(-1, -1, -1, -1);
    else spans.push(ends[0].node, ends[0].offset, ends[1].node, ends[1].offset + 1);
  }
  return { lengths: page.nodes.map((node) => node.length), spans };
}

/**
 * Parses `html` (the outer HTML of a page's text root, as the content script serialised it) with
 * DOMParser, which runs nothing (no scripts, no loads), and anchors the sentences in its text. Runs in
 * the engine's page. (DOMParser, not a template's innerHTML: page text never goes through innerHTML,
 * and the Firefox store's linter flags every such assignment.) A root the document parser cannot hold
 * where it stands (a table row) loses its tags, not its text: the page's check of the text nodes then
 * falls back to its own read.
 */
export function anchorsInHtml(doc: Document, html: string, sentences: readonly string[]): TextAnchors {
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const parsed = new Parser().parseFromString(html, 'text/html');
  const root = /^\s*<html[\s>]/i.test(html) ? parsed.documentElement : parsed.body;
  return anchorsInText(readPageText(root), sentences);
}

/** Text nodes listed between two pauses of `matchTextNodesSteps`. */
const NODES_PER_STEP = 2_048;

/**
 * The text nodes under `root` that `readPageText` reads, if there are exactly `lengths.length` of
 * them and each has its length in `lengths`; null as soon as one differs. Pauses every NODES_PER_STEP
 * nodes.
 */
export function* matchTextNodesSteps(root: Node, lengths: readonly number[]): Generator<void, Text[] | null> {
  const doc = root.ownerDocument ?? (root as Document);
  const skipped = skippedParents(root);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (skipped.has(node.parentNode!)) continue;
    const length = node.length;
    if (!length) continue;
    if (length !== lengths[nodes.length]) return null;
    if (nodes.push(node) % NODES_PER_STEP === 0) yield;
  }
  return nodes.length === lengths.length ? nodes : null;
}

const isSpace = (code: number) => WHITE_SPACE.test(String.fromCharCode(code));

/** Whether the page text's character `expected` can stand for the node's character `actual` (a collapsed space stands for any white space). */
function sameCharacter(expected: number, actual: number): boolean {
  return expected === actual || (expected === 32 && isSpace(actual));
}

/**
 * The sentences' spans over the live text nodes `nodes` (from `matchTextNodesSteps`), from the
 * engine's anchors; null if any sentence's first or last character is not where the anchors put it
 * (a last check that the page's text is the text the engine read).
 */
export function spansFromAnchors(nodes: readonly Text[], anchors: TextAnchors, sentences: readonly string[]): (SentenceSpan | null)[] | null {
  return drain(spansFromAnchorsSteps(nodes, anchors, sentences));
}

/** `spansFromAnchors`, pausing every SENTENCES_PER_STEP sentences (a long article has thousands). */
export function* spansFromAnchorsSteps(nodes: readonly Text[], anchors: TextAnchors, sentences: readonly string[]): Generator<void, (SentenceSpan | null)[] | null> {
  const { spans } = anchors;
  if (spans.length !== sentences.length * 4) return null;
  const out: (SentenceSpan | null)[] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (i % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    const startNode = spans[i * 4];
    const startOffset = spans[i * 4 + 1];
    const endNode = spans[i * 4 + 2];
    const endOffset = spans[i * 4 + 3];
    if (startNode < 0) {
      out.push(null);
      continue;
    }
    const startContainer = nodes[startNode];
    const endContainer = nodes[endNode];
    const sentence = sentences[i];
    if (
      !startContainer ||
      !endContainer ||
      startOffset >= startContainer.length ||
      endOffset > endContainer.length ||
      endOffset < 1 ||
      !sameCharacter(sentence.charCodeAt(0), startContainer.data.charCodeAt(startOffset)) ||
      !sameCharacter(sentence.charCodeAt(sentence.length - 1), endContainer.data.charCodeAt(endOffset - 1))
    )
      return null;
    out.push({ startContainer, startOffset, endContainer, endOffset });
  }
  return out;
}
