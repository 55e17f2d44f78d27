// The article-extraction corpus in tests/fixtures/extraction/ (181 pages, ground-truth.json with each
// page's url), loaded the same way bench/extract.ts loads it.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXTRACTION_CORPUS = join(ROOT, 'tests/fixtures/extraction');

export interface Truth {
  articleBody: string;
  url: string;
}

export function readTruth(): Record<string, Truth> {
  return JSON.parse(readFileSync(join(EXTRACTION_CORPUS, 'ground-truth.json'), 'utf8'));
}

/** The corpus page ids (file names without `.html.gz`), sorted. */
export function corpusIds(): string[] {
  return readdirSync(join(EXTRACTION_CORPUS, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .sort();
}

export function readCorpusHtml(id: string): string {
  return gunzipSync(readFileSync(join(EXTRACTION_CORPUS, 'html', `${id}.html.gz`))).toString('utf8');
}
