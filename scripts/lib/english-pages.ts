// The English pages of the shared corpora as saved HTML: the extraction benchmark's pages that have
// sentence units in tests/fixtures/corpus (make-units.ts kept only those that read as English) and the
// news pages of tests/fixtures/news. Used by the grade's baseline and the genre test.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

const FIXTURES = new URL('../../tests/fixtures/', import.meta.url).pathname;

export interface CorpusPage {
  /** The corpus name: "z-<first 12 hex of the benchmark id>" or the news page's folder. */
  name: string;
  /** The address the benchmark recorded for the page; '' for the news pages (they declare their own). */
  url: string;
  html: () => string;
}

export function englishCorpusPages(): CorpusPage[] {
  const truth = JSON.parse(readFileSync(join(FIXTURES, 'extraction/ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const units = new Set(readdirSync(join(FIXTURES, 'corpus/units')).map((f) => f.replace(/\.jsonl$/, '')));
  const extraction = Object.entries(truth)
    .map(([id, { url }]) => ({ id, name: `z-${id.slice(0, 12)}`, url }))
    .filter((p) => units.has(p.name))
    .map(({ id, name, url }) => ({
      name,
      url,
      html: () => gunzipSync(readFileSync(join(FIXTURES, 'extraction/html', `${id}.html.gz`))).toString('utf8'),
    }));
  const news = readdirSync(join(FIXTURES, 'news'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, url: '', html: () => readFileSync(join(FIXTURES, 'news', d.name, 'source.html'), 'utf8') }));
  return [...extraction, ...news].sort((a, b) => a.name.localeCompare(b.name));
}
