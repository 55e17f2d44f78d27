
// Finds the engine's sentences again in the live page. The page's text nodes are walked once into one
// string, white space collapsed exactly as extraction collapses it, with a map from each character of
// that string back to (text node, offset). Sentences are then found by `indexOf` moving forward in
// reading order, so anchoring N sentences costs one walk plus one forward scan: linear in page size.

import { isSpaceCode } from './text/normalize';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'BUTTON', 'OPTION', 'IFRAME']);

export interface PageText {
  /** The page's visible text, white space collapsed. */
  text: string;
  nodes: Text[];
  /** For each character of `text`: index into `nodes`. */
  nodeOf: Int32Array;
  /** For each character of `text`: offset inside its node. */
  offsetOf: Int32Array;
}

/** Walks the text under `root` once into a normalised string with an offset map. */
export function readPageText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  // Elements and text: rejecting a skipped element skips its whole subtree, so the walk stays linear.
  const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && SKIPPED.has((node as Element).tagName) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  const nodes: Text[] = [];
  const pieces: string[] = [];
  let length = 0;
  let capacity = 1024;
  let nodeOf = new Int32Array(capacity);
  let offsetOf = new Int32Array(capacity);
  const reserve = (extra: number) => {
    if (length + extra <= capacity) return;
    while (length + extra > capacity) capacity *= 2;
    const grownNodes = new Int32Array(capacity);
    grownNodes.set(nodeOf);
    nodeOf = grownNodes;
    const grownOffsets = new Int32Array(capacity);
    grownOffsets.set(offsetOf);
    offsetOf = grownOffsets;
  };
  let lastWasSpace = true; // no leading space
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const value = node.nodeValue ?? '';
    const index = nodes.push(node as Text) - 1;
    reserve(value.length);
    let i = 0;
    while (i < value.length) {
      if (isSpaceCode(value.charCodeAt(i))) {
        if (!lastWasSpace) {
          pieces.push(' ');
          nodeOf[length] = index;
          offsetOf[length++] = i;
          lastWasSpace = true;
        }
        i++;
        continue;
      }
      let j = i + 1;
      while (j < value.length && !isSpaceCode(value.charCodeAt(j))) j++;
      pieces.push(value.slice(i, j));
      for (let k = i; k < j; k++) {
        nodeOf[length] = index;
        offsetOf[length++] = k;
      }
      lastWasSpace = false;
      i = j;
    }
  }
  return { text: pieces.join(''), nodes, nodeOf: nodeOf.subarray(0, length), offsetOf: offsetOf.subarray(0, length) };
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

/** The span over `[start, end)` of the page text. */
function spanFor(page: PageText, start: number, end: number): SentenceSpan {
  const last = end - 1;
  return {
    startContainer: page.nodes[page.nodeOf[start]],
    startOffset: page.offsetOf[start],
    endContainer: page.nodes[page.nodeOf[last]],
    endOffset: page.offsetOf[last] + 1,
  };
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
  let cursor = 0;
  return sentences.map((sentence) => {
    if (!sentence) return null;
    const at = page.text.indexOf(sentence, cursor);
    if (at < 0) return null;
    cursor = at + sentence.length;
    return spanFor(page, at, cursor);
  });
}
