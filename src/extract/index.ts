import type { Article } from '../types';
import { NoArticleError } from '../types';
import { runReadability, workingCopy } from './readability';
import { focusDocument } from './focus';
import { stripBlocks, stripElements } from './boilerplate';
import { elementToBlocks } from './blocks';
import { findPublisherSignals } from './publisher';
import { dataTableChars, noArticleReason, readPageKind } from './no-article';
import { pageParagraphs, withMissedParagraphs } from './missed';
import { withoutOtherStories } from './other-stories';
import { removeGalleries } from './galleries';

export interface ExtractOptions {
  /** The page's address, when the document does not know it (CLI on a saved file). */
  url?: string;
  /**
   * The document is a live page in a browser (the content script). Its clone is then made inert before
   * Readability runs: Chromium would otherwise run the page's inline handlers and start its loads.
   * A document parsed in Node (jsdom) runs no page code and needs no such pass.
   */
  liveDocument?: boolean;
  /**
   * The caller will not read `doc` again (the extension's engine parses a page's HTML for this one
   * analysis): Readability may change it in place, which saves a copy of the whole document.
   */
  disposable?: boolean;
  /**
   * The document is already reduced to the article's region (focus.ts): the content script sends the
   * engine only that, and focusing it again could cut deeper than the CLI does.
   */
  focused?: boolean;
}

/**
 * Finds the article in `doc` and returns it as clean blocks of text. `doc` is not modified unless
 * `options.disposable` says nobody will read it again.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const url = options.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : '');
  const page = workingCopy(doc, options.liveDocument ? 'live' : options.disposable ? 'disposable' : 'shared');
  if (!options.focused) focusDocument(page);
  // Everything read from the page itself is read before Readability changes it.
  const pageKind = readPageKind(page);
  const publisherSignals = findPublisherSignals(page, url);
  const pageTitle = page.title;
  const pageLang = page.documentElement.getAttribute('lang') || '';
  const paragraphs = page.body ? pageParagraphs(page.body, url) : [];
  removeGalleries(page);
  const found = runReadability(page, 'disposable');
  if (!found) throw new NoArticleError('no-article', 'No article found on this page.');
  const tableChars = dataTableChars(found.content);
  const removedElements = stripElements(found.content);
  // Readability's choice is checked against the page's own paragraphs: other stories' blurbs it kept
  // go, prose it skipped between paragraphs it kept comes back.
  const rawBlocks = withMissedParagraphs(withoutOtherStories(elementToBlocks(found.content, url), paragraphs), paragraphs);
  const { blocks, removed: removedBlocks } = stripBlocks(rawBlocks, { titles: [found.title, pageTitle], url });
  const boilerplate = [...removedElements, ...removedBlocks];
  const why = noArticleReason(pageKind, url, rawBlocks, blocks, tableChars);
  if (why) throw new NoArticleError('no-article', `No article found: ${why}.`);
  return {
    url,
    title: found.title,
    byline: found.byline,
    siteName: found.siteName,
    lang: found.lang || pageLang,
    blocks,
    boilerplate,
    publisherSignals,
  };
}
