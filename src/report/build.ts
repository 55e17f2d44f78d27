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
  const tally = countLabels(sentences);
  const text = blocksToText(article.blocks);
  // A digest prints its stories inside one article: all of them were analysed.
  const digestStories = page.stories.length > 1 ? undefined : shape.stories;
  const coverage = measureCoverage(text, article.boilerplate, page.stories, digestStories);
  const standing = grade.grade === '–' ? undefined : standingOf(grade.score);
  const { all, body } = tally;
  const summary: Summary = {
    sentences: body.sentences,
    // A claim is any sentence that states something attributed or checkable: the grade counts the same.
    claims: body.sentences - body.neutral,
    named: all.named,
    anonymous: all.anonymous,
    vague: all.vague,
    unsourced: all.unsourced,
    neutral: body.neutral,
    flagged: all.anonymous + all.vague + all.unsourced,
    quotes: body.quotes,
    anonymousQuotes: body.anonymousQuotes,
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

type LabelCounts = Record<SentenceReport['label'], number> & { sentences: number; quotes: number; anonymousQuotes: number };

/**
 * The summary's counts in one pass over the sentences, for all of them and for the body (headings
 * left out), instead of a filtered copy of the list for every figure.
 */
function countLabels(sentences: SentenceReport[]): { all: LabelCounts; body: LabelCounts } {
  const empty = (): LabelCounts => ({ named: 0, anonymous: 0, vague: 0, unsourced: 0, neutral: 0, sentences: 0, quotes: 0, anonymousQuotes: 0 });
  const all = empty();
  const body = empty();
  const add = (counts: LabelCounts, s: SentenceReport) => {
    counts.sentences++;
    counts[s.label]++;
    if (s.quote) counts.quotes++;
    if (s.quote && s.label === 'anonymous') counts.anonymousQuotes++;
  };
  for (const s of sentences) {
    add(all, s);
    if (!s.heading) add(body, s);
  }
  return { all, body };
}
