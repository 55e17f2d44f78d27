import type { Page } from 'playwright-core';

export interface HighlightedRange {
  text: string;
  /** Tag and class of the nearest element, to show where a stray highlight landed. */
  inside: string;
  /** True when the range sits inside page furniture (navigation, footer, sidebar, related grid). */
  inFurniture: boolean;
}

/** Reads what the page's CSS.highlights registry holds under a name, from the page's own world. */
export function highlightedRanges(page: Page, name: string): Promise<HighlightedRange[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return [...highlight].map((abstract) => {
      // Sourcelight registers StaticRanges: make a live Range to read their text and position.
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      const node = range.commonAncestorContainer;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return {
        text: range.toString().replace(/\s+/g, ' ').trim(),
        inside: el ? `${el.tagName.toLowerCase()}.${el.className}` : '',
        inFurniture: !!el?.closest('nav, footer, aside, header.site-header, .read-more, .related-grid, .share-bar'),
      };
    });
  }, name);
}
