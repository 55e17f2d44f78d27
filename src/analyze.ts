import type { Article, Block, Report } from './types';
import { NoArticleError } from './types';
import { extractArticle, type ExtractOptions } from './extract';
import { classifyBlocks } from './attribution';
import { buildReport } from './report/build';
import { blocksToText } from './extract/blocks';
import { LANGUAGE_SAMPLE, requireEnglish } from './language';
import { requireReasonableSize } from './limits';
import { NO_PAGE_FACTS, readPageFacts, type PageFacts } from './page/facts';
import { notLoadedReason } from './page/not-loaded';
import { splitBlocks } from './text/block-sentences';

export type AnalyzeOptions = ExtractOptions;

/**
 * The whole engine on one article already extracted. `page` is what was read from its page (declared
 * kind, separate stories); without it the genre comes from the text's shape alone. Throws
 * NoArticleError for a non-English article.
 */
export function analyzeArticle(article: Article, page: PageFacts = NO_PAGE_FACTS): Report {
  requireEnglish(articleTextStart(article.blocks, LANGUAGE_SAMPLE), article.lang);
  // All blocks' sentences in one call to the segmenter, for classification and the report's shape to
  // read block by block: far less memory held on a long article than one call per block.
  splitBlocks(article.blocks, article.lang);
  return buildReport(article, classifyBlocks(article.blocks, { lang: article.lang }), page);
}

/**
 * The start of blocksToText(blocks), at least `chars` long when the article is: the language is told
 * from its start, and the whole text of a long article is a copy as large as the page's text.
 */
function articleTextStart(blocks: Block[], chars: number): string {
  let end = 0;
  // The length of the first `end` blocks joined: each block's text and a separator between two.
  for (let length = -2; end < blocks.length && length < chars; end++) length += blocks[end].text.length + 2;
  return blocksToText(blocks.slice(0, end));
}

/** A page's article and what was read from the page around it: all that classification needs of it. */
export interface ExtractedPage {
  article: Article;
  page: PageFacts;
}

/** The extraction half of `analyzeDocument`. Throws NoArticleError. */
export function extractPage(doc: Document, options: AnalyzeOptions = {}): ExtractedPage {
  requireReasonableSize(doc);
  // Read before extraction: with `disposable`, Readability changes `doc` in place.
  const page = readPageFacts(doc, options.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : ''));
  let article: Article;
  try {
    article = extractArticle(doc, options);
  } catch (error) {
    // "Too little article text" on a page of placeholders: say that its text had not loaded.
    const notLoaded = error instanceof NoArticleError && error.reason === 'no-article' && notLoadedReason(page.placeholders, page.furniture);
    if (notLoaded) throw new NoArticleError('no-article', `No article found: ${notLoaded}.`);
    throw error;
  }
  const notLoaded = notLoadedReason(page.placeholders, page.furniture, article);
  if (notLoaded) throw new NoArticleError('no-article', `No article found: ${notLoaded}.`);
  return { article, page };
}

/** The whole engine on one page: extract, split, classify, report. Throws NoArticleError. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Report {
  const { article, page } = extractPage(doc, options);
  return analyzeArticle(article, page);
}
