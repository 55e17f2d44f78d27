import { NoArticleError } from './types';
import { textLength } from './page/text-length';

// A page with more text than this is refused with a clear message rather than analysed for seconds
// on the reader's main thread. A long article is 50,000 characters; the largest page of the
// benchmark corpus has about 400,000 characters of text.
export const MAX_PAGE_CHARS = 3_000_000;

/** Throws NoArticleError('too-large') for pages beyond MAX_PAGE_CHARS of text. */
export function requireReasonableSize(doc: Document): void {
  // Counted, not copied: `body.textContent` would build the whole text (inline scripts included) to
  // measure it, 30-90 ms on the benchmark's 1 MB article.
  const chars = doc.body ? textLength(doc.body) : 0;
  if (chars > MAX_PAGE_CHARS) {
    const millions = (chars / 1_000_000).toFixed(1);
    throw new NoArticleError('too-large', `This page is too large to analyse (${millions} million characters of text; the limit is ${MAX_PAGE_CHARS / 1_000_000} million).`);
  }
}
