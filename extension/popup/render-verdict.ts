import type { Genre, Report } from '../../src/types';
import { h } from './dom';

// The lines that frame the grade (issue 20): the kind of article, said first; what of the page was
// checked; and where the score stands among the baseline's articles, next to the letter.

const GENRE_TITLES: Record<Genre, string> = {
  news: 'News report',
  opinion: 'Opinion',
  analysis: 'Analysis',
  review: 'Review',
  live: 'Live coverage',
  newsletter: 'Newsletter: several stories',
  list: 'Listing',
};

const GENRE_HINTS: Partial<Record<Genre, string>> = {
  opinion: 'The writer’s own views are expected here: only the factual claims are graded.',
  analysis: 'The writer’s own reading is expected here: only the factual claims are graded.',
  review: 'The critic’s own verdict is expected here: only the factual claims are graded.',
  live: 'Updates are added as events unfold: the grade covers what the page shows now.',
  list: 'Links, scores or short entries make no claims of their own: no grade.',
};

/** "Opinion" with its hint, shown before anything else about the article. */
export function genreLine(report: Report): HTMLElement | null {
  // A report cached by an older version has no genre.
  if (!report.genre) return null;
  const hint = GENRE_HINTS[report.genre];
  return h(
    'p',
    { class: `genre genre-${report.genre}`, 'data-genre': report.genre, title: report.genreReason ? `Why: ${report.genreReason}.` : undefined },
    h('span', { class: 'genre-name' }, GENRE_TITLES[report.genre]),
    hint ? h('span', { class: 'genre-hint' }, ` · ${hint}`) : null,
  );
}

/** "Checked: story 1 of 5; ..." */
export function coverageLine(report: Report): HTMLElement | null {
  if (!report.coverage?.note) return null;
  return h('p', { class: 'coverage', 'data-coverage': report.coverage.share }, report.coverage.note);
}

/** "Better sourced than 62% of 174 articles", beside the letter. */
export function standingLine(report: Report): HTMLElement | null {
  const standing = report.summary.standing;
  if (!standing) return null;
  return h(
    'p',
    { class: 'standing', 'data-standing': standing.betterThan, title: 'Compared with the English news articles of Sourcelight’s test corpus, scored by this same engine.' },
    `Better sourced than ${standing.betterThan}% of ${standing.of} articles in Sourcelight’s baseline`,
  );
}
