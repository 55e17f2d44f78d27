import type { Article, Report, SentenceReport, Summary } from '../types';
import { blocksToText } from '../extract/blocks';
import type { PageFacts } from '../page/facts';
import { collectLinks } from './links';
import { summarizeSources } from './sources';
import { gradeArticle } from './grade';
import { classifyGenre, declaredGenre, shapeOf } from './genre';
import { measureCoverage } from './coverage';
import { standingOf } from './baseline';

/** Assembles the report the CLI prints and the popup renders. */
export function buildReport(article: Article, sentences: SentenceReport[], page: PageFacts): Report {
  const links = collectLinks(article.blocks, article.url);
  const sources = summarizeSources(sentences);
  // The shape serves the genre and, for a digest, the coverage.
  const shape = shapeOf(article.blocks);
  const genre = classifyGenre(declaredGenre(page.declarations), shape, page.stories.length);
  const grade = gradeArticle(sentences, sources, links, genre.genre, article.url);
  const count = (label: SentenceReport['label']) => sentences.filter((s) => s.label === label).length;
  const body = sentences.filter((s) => !s.heading);
  const text = blocksToText(article.blocks);
  // A digest prints its stories inside one article: all of them were analysed.
  const digestStories = page.stories.length > 1 ? undefined : shape.stories;
  const coverage = measureCoverage(text, article.boilerplate, page.stories, digestStories);
  const standing = grade.grade === '–' ? undefined : standingOf(grade.score);
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
    externalLinks: links.filter((l) => l.external && !l.furniture).length,
    ...grade,
    ...(standing ? { standing } : {}),
  };
  return {
    url: article.url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    text,
    boilerplate: article.boilerplate,
    sentences,
    sources,
    links,
    publisherSignals: article.publisherSignals,
    summary,
    genre: genre.genre,
    genreReason: genre.evidence,
    coverage,
  };
}
