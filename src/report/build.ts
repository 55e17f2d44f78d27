import type { Article, Report, SentenceReport, Summary } from '../types';
import { blocksToText } from '../extract/blocks';
import { collectLinks } from './links';
import { summarizeSources } from './sources';
import { gradeArticle } from './grade';

/** Assembles the report the CLI prints and the popup renders. */
export function buildReport(article: Article, sentences: SentenceReport[]): Report {
  const links = collectLinks(article.blocks, article.url);
  const sources = summarizeSources(sentences);
  const grade = gradeArticle(sentences, sources, links);
  const count = (label: SentenceReport['label']) => sentences.filter((s) => s.label === label).length;
  const body = sentences.filter((s) => !s.heading);
  const summary: Summary = {
    sentences: body.length,
    // A claim is any sentence that states something attributed or checkable: the grade counts the same.
    claims: body.filter((s) => s.label !== 'neutral').length,
    named: count('named'),
    anonymous: count('anonymous'),
    vague: count('vague'),
    unsourced: count('unsourced'),
    neutral: body.filter((s) => s.label === 'neutral').length,
    flagged: count('anonymous') + count('vague') + count('unsourced'),
    quotes: body.filter((s) => s.quote).length,
    anonymousQuotes: body.filter((s) => s.quote && s.label === 'anonymous').length,
    externalLinks: links.filter((l) => l.external).length,
    ...grade,
  };
  return {
    url: article.url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    text: blocksToText(article.blocks),
    boilerplate: article.boilerplate,
    sentences,
    sources,
    links,
    publisherSignals: article.publisherSignals,
    summary,
  };
}
