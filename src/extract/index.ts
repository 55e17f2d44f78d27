import type { Article } from '../types';
import { NoArticleError } from '../types';
import { runReadability } from './readability';
import { stripBoilerplate } from './boilerplate';
import { elementToBlocks } from './blocks';
import { findPublisherSignals } from './publisher';

export interface ExtractOptions {
  /** The page's address, when the document does not know it (CLI on a saved file). */
  url?: string;
}

// Below this much article text there is no article to judge (a home page, a login form, an error page).
const MIN_ARTICLE_CHARS = 250;

/** Finds the article in `doc` (which is not modified) and returns it as clean blocks of text. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const url = options.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : '');
  const found = runReadability(doc);
  if (!found) throw new NoArticleError('no-article', 'No article found on this page.');
  const boilerplate = stripBoilerplate(found.content);
  const blocks = elementToBlocks(found.content);
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  if (chars < MIN_ARTICLE_CHARS) {
    throw new NoArticleError('no-article', 'No article found: this page has too little article text.');
  }
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
