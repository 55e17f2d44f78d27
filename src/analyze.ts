import type { Article, Report } from './types';
import { extractArticle, type ExtractOptions } from './extract';
import { classifyBlocks } from './attribution';
import { buildReport } from './report/build';
import { blocksToText } from './extract/blocks';
import { requireEnglish } from './language';
import { requireReasonableSize } from './limits';

export type AnalyzeOptions = ExtractOptions;

/** The whole engine on one article already extracted. Throws NoArticleError for a non-English article. */
export function analyzeArticle(article: Article): Report {
  requireEnglish(blocksToText(article.blocks), article.lang);
  return buildReport(article, classifyBlocks(article.blocks, { lang: article.lang }));
}

/** The whole engine on one page: extract, split, classify, report. Throws NoArticleError. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Report {
  requireReasonableSize(doc);
  return analyzeArticle(extractArticle(doc, options));
}
