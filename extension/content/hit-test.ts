import { spanToRange, type SentenceSpan } from '../../src/anchor';

// Which highlighted sentence is under the pointer. Highlights are not elements, so there is no hover
// event: the caret position under the pointer is looked up among the sentence spans, which are
// disjoint and in document order, by binary search (log n live Ranges per pointer move).

export interface Anchored {
  span: SentenceSpan;
  /** Index of the sentence in the report. */
  sentence: number;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const pos = withPosition.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const withRange = doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  const range = withRange.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** The anchored sentence under (x, y), or null. `sorted` must be in document order. */
export function sentenceAtPoint(doc: Document, sorted: readonly Anchored[], x: number, y: number): Anchored | null {
  const caret = caretAt(doc, x, y);
  if (!caret || !sorted.length) return null;
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    let where: number;
    const range = spanToRange(sorted[mid].span);
    try {
      where = range.comparePoint(caret.node, caret.offset);
    } catch {
      return null; // the caret is in another document or a detached node
    }
    if (where === 0) return containsPoint(range, x, y) ? sorted[mid] : null;
    if (where < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return null;
}
