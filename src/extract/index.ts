import type { Article } from '../types';
import { NoArticleError } from '../types';
import { runReadability } from './readability';
import { stripBlocks, stripElements } from './boilerplate';
import { elementToBlocks } from './blocks';
import { findPublisherSignals } from './publisher';
import { noArticleReason } from './no-article';

export interface ExtractOptions {
  /** The page's address, when the document does not know it (CLI on a saved file). */
  url?: string;
  /**
   * The document is a live page in a browser (the content script). Its clone is then made inert before
   * Readability runs: Chromium would otherwise run the page's inline handlers and start its loads.
   * A document parsed in Node (jsdom) runs no page code and needs no such pass.
   */
  liveDocument?: boolean;
}

/** Finds the article in `doc` (which is not modified) and returns it as clean blocks of text. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const url = options.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : '');
  const found = runReadability(doc, options.liveDocument ?? false);
  if (!found) throw new NoArticleError('no-article', 'No article found on this page.');
  const removedElements = stripElements(found.content);
  const rawBlocks = elementToBlocks(found.content);
  const { blocks, removed: removedBlocks } = stripBlocks(rawBlocks, { titles: [found.title, doc.title], url });
  const boilerplate = [...removedElements, ...removedBlocks];
  const why = noArticleReason(doc, url, rawBlocks, blocks);
  if (why) throw new NoArticleError('no-article', `No article found: ${why}.`);
  return {
    url,
    title: found.title,
    byline: found.byline,
    siteName: found.siteName,
    lang: found.lang || doc.documentElement.getAttribute('lang') || '',
    blocks,
    boilerplate,
    publisherSignals: findPublisherSignals(doc, url),
  };
}
