// npx tsx scripts/corpus/make-units.ts: the sentence units (LABELING.md step 1) of every English page of
// the extraction benchmark, written to tests/fixtures/corpus/units/z-<id12>.jsonl, and of the pages
// chosen from the Dragnet data for labeling (tests/fixtures/corpus-dragnet), written to d-<id>.jsonl.
// The text is each data set's own ground-truth body (independent of our extractor), split with the engine's splitter;
// links come from the page's article region as our extractor reads it, attached to the sentences whose
// text contains them. Pages that do not read as English, or whose ground truth is under 3 sentences, are
// skipped. Deterministic: re-running it rewrites the same files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseHtml } from '../../src/cli/dom';
import { extractArticle } from '../../src/extract';
import { readsAsEnglish } from '../../src/language';
import { splitSentences } from '../../src/text/sentences';
import { collapseWhitespace } from '../../src/text/normalize';
import { decodeHtml } from '../../src/cli/decode';

const ROOT = new URL('../../', import.meta.url).pathname;
const SOURCES = [
  // The extraction pages' units were made reading every page as UTF-8; kept so, as labels refer to them.
  { dir: join(ROOT, 'tests/fixtures/extraction'), name: (id: string) => `z-${id.slice(0, 12)}`, asUtf8: true },
  // The Dragnet pages declare their own encodings: decoded as the command line decodes them.
  { dir: join(ROOT, 'tests/fixtures/corpus-dragnet'), name: (id: string) => `d-${id}`, asUtf8: false },
];
const OUT = join(ROOT, 'tests/fixtures/corpus/units');

interface Truth {
  articleBody: string;
  url: string;
}

function pageLinks(html: string, url: string): { text: string; href: string }[] {
  try {
    const article = extractArticle(parseHtml(html, url), { url, disposable: true });
    return article.blocks.flatMap((b) =>
      b.links.map((l) => ({ text: collapseWhitespace(l.text), href: l.href })).filter((l) => l.text.length >= 3),
    );
  } catch {
    return [];
  }
}

mkdirSync(OUT, { recursive: true });
let pages = 0;
let units = 0;
const skipped: string[] = [];
for (const source of SOURCES) {
const truth = JSON.parse(readFileSync(join(source.dir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
for (const [id, { articleBody, url }] of Object.entries(truth).sort()) {
  const name = source.name(id);
  if (!readsAsEnglish(articleBody)) {
    skipped.push(`${name} not English`);
    continue;
  }
  const paragraphs = articleBody
    .split(/\n\s*\n|\n/)
    .map((p) => collapseWhitespace(p))
    .filter(Boolean);
  const bytes = gunzipSync(readFileSync(join(source.dir, 'html', `${id}.html.gz`)));
  const html = source.asUtf8 ? bytes.toString('utf8') : await decodeHtml(bytes);
  const links = pageLinks(html, url);
  const lines: string[] = [];
  paragraphs.forEach((p, i) => {
    splitSentences(p).forEach((s, j) => {
      const own = links.filter((l) => s.text.includes(l.text));
      const unique = own.filter((l, k) => own.findIndex((m) => m.text === l.text && m.href === l.href) === k);
      lines.push(JSON.stringify({ id: `p${i + 1}s${j + 1}`, para: i + 1, text: s.text, links: unique, heading: false }));
    });
  });
  if (lines.length < 3) {
    skipped.push(`${name} ${lines.length} sentences`);
    continue;
  }
  writeFileSync(join(OUT, `${name}.jsonl`), lines.join('\n') + '\n');
  pages++;
  units += lines.length;
}
}
console.log(`${pages} pages, ${units} units; skipped ${skipped.length}: ${skipped.join(', ')}`);
