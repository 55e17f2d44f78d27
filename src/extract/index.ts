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
}

/** Finds the article in `doc` (which is not modified) and returns it as clean blocks of text. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const url = options.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : '');
  const found = runReadability(doc);
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
