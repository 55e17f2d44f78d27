import { isSpace } from './text/normalize';

// Finds the engine's sentences again in the live page. The page's text nodes are walked once into one
// string, white space collapsed exactly as extraction collapses it, with a map from each character of
// that string back to (text node, offset). Sentences are then found by `indexOf` moving forward in
// reading order, so anchoring N sentences costs one walk plus one forward scan: linear in page size.

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
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIPPED.has(el.tagName)) return 2; // FILTER_REJECT
      }
      return 1; // FILTER_ACCEPT
    },
  });
  const nodes: Text[] = [];
  const pieces: string[] = [];
  let length = 0;
  let capacity = 1024;
  let nodeOf = new Int32Array(capacity);
  let offsetOf = new Int32Array(capacity);
  const push = (ch: string, nodeIndex: number, offset: number) => {
    if (length === capacity) {
      capacity *= 2;
      const grownNodes = new Int32Array(capacity);
      grownNodes.set(nodeOf);
      nodeOf = grownNodes;
      const grownOffsets = new Int32Array(capacity);
      grownOffsets.set(offsetOf);
      offsetOf = grownOffsets;
    }
    pieces.push(ch);
    nodeOf[length] = nodeIndex;
    offsetOf[length] = offset;
    length++;
  };
  let lastWasSpace = true; // no leading space
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.nodeValue ?? '';
    const index = nodes.push(node) - 1;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      if (isSpace(ch)) {
        if (!lastWasSpace) push(' ', index, i);
        lastWasSpace = true;
      } else {
        push(ch, index, i);
        lastWasSpace = false;
      }
    }
  }
  return { text: pieces.join(''), nodes, nodeOf: nodeOf.subarray(0, length), offsetOf: offsetOf.subarray(0, length) };
}

/** A Range over `[start, end)` of the page text. */
function rangeFor(page: PageText, start: number, end: number): Range {
  const doc = page.nodes[0].ownerDocument;
  const range = doc.createRange();
  range.setStart(page.nodes[page.nodeOf[start]], page.offsetOf[start]);
  const last = end - 1;
  range.setEnd(page.nodes[page.nodeOf[last]], page.offsetOf[last] + 1);
  return range;
}

/**
 * Anchors sentences (in reading order) to Ranges in the page. A sentence that cannot be found after
 * the previous one gets `null`: it is better to highlight nothing than the wrong words.
 */
export function anchorSentences(page: PageText, sentences: readonly string[]): (Range | null)[] {
  let cursor = 0;
  return sentences.map((sentence) => {
    if (!sentence) return null;
    const at = page.text.indexOf(sentence, cursor);
    if (at < 0) return null;
    cursor = at + sentence.length;
    return rangeFor(page, at, cursor);
  });
}
