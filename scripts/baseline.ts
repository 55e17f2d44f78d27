// npm run baseline: scores the English pages of the project's corpora with the engine, exactly as
// `sourcelight analyze --json` does, and writes the grade's baseline (src/report/baseline.json): every
// graded article's score, the grade distribution and its percentiles. The popup places an article's
// score in it ("better sourced than 62% of 150 articles"). Re-run it whenever the engine's labels or
// the rubric change: the table is data derived from the engine, not a target. Deterministic.
//
//   npm run baseline            write the table and print the distribution as Markdown (README, docs/GRADE.md)
//   npm run baseline -- --pages also print every page's genre, grade and score
import { writeFileSync } from 'node:fs';
import { analyzeDocument } from '../src/analyze';
import { declaredUrl, parseHtml } from '../src/cli/dom';
import { GRADE_BANDS } from '../src/report/grade';
import type { Baseline } from '../src/report/baseline';
import { NoArticleError, type Genre } from '../src/types';
import { englishCorpusPages } from './lib/english-pages';

const OUT = new URL('../src/report/baseline.json', import.meta.url).pathname;
const showPages = process.argv.includes('--pages');

const scores: number[] = [];
const ungraded: Record<string, number> = {};
const genres: Partial<Record<Genre, number>> = {};
const pages = englishCorpusPages();
for (const page of pages) {
  const html = page.html();
  const url = declaredUrl(html) || page.url;
  let line: string;
  try {
    const report = analyzeDocument(parseHtml(html, url), { url, disposable: true });
    genres[report.genre] = (genres[report.genre] ?? 0) + 1;
    if (report.summary.grade === '–') {
      const why = report.genre === 'list' ? 'a listing' : 'no checkable claims';
      ungraded[why] = (ungraded[why] ?? 0) + 1;
    } else scores.push(report.summary.score);
    line = `${report.genre.padEnd(10)} ${report.summary.grade} ${String(report.summary.score).padStart(3)}`;
  } catch (error) {
    const why = error instanceof NoArticleError ? (error.reason === 'no-article' ? 'no article found' : error.reason) : 'engine error';
    ungraded[why] = (ungraded[why] ?? 0) + 1;
    line = `(${why})`;
  }
  if (showPages) console.log(`${page.name.padEnd(16)} ${line}`);
}
scores.sort((a, b) => a - b);

const quantile = (q: number) => scores[Math.min(scores.length - 1, Math.floor(q * scores.length))];
const grades: Record<string, number> = Object.fromEntries(GRADE_BANDS.map(([, g]) => [g, 0]));
for (const s of scores) grades[GRADE_BANDS.find(([min]) => s >= min)![1]]++;
const table: Baseline & { genres: typeof genres } = {
  corpus: `${pages.length} English pages: the extraction benchmark pages of tests/fixtures/corpus and the news pages of tests/fixtures/news`,
  generated: 'npm run baseline',
  scores,
  grades,
  percentiles: { p10: quantile(0.1), p25: quantile(0.25), p50: quantile(0.5), p75: quantile(0.75), p90: quantile(0.9) },
  ungraded,
  genres,
};
writeFileSync(OUT, `${JSON.stringify(table)}\n`);

const pct = (n: number) => `${Math.round((100 * n) / scores.length)}%`;
console.log(`${scores.length} graded articles of ${pages.length} pages; not graded: ${Object.entries(ungraded).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`);
console.log(`genres: ${Object.entries(genres).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
console.log('| grade | score | articles | share |\n|---|---|---|---|');
GRADE_BANDS.forEach(([min, g], i) => console.log(`| ${g} | ${min}–${i === 0 ? 100 : GRADE_BANDS[i - 1][0] - 1} | ${grades[g]} | ${pct(grades[g])} |`));
console.log(`\npercentiles of the score: ${Object.entries(table.percentiles).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`wrote ${OUT}`);
