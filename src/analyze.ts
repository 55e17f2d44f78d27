import type { Article, Report } from './types';
import { extractArticle, type ExtractOptions } from './extract';
import { classifyBlocks } from './attribution';
import { buildReport } from './report/build';

export type AnalyzeOptions = ExtractOptions;

/** The whole engine on one article already extracted. */
export function analyzeArticle(article: Article): Report {
  return buildReport(article, classifyBlocks(article.blocks, { lang: article.lang }));
}

/** The whole engine on one page: extract, split, classify, report. Throws NoArticleError. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Report {
  return analyzeArticle(extractArticle(doc, options));
}
