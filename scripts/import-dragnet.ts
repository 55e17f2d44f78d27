// Builds tests/fixtures/extraction-dragnet/ (the second extraction corpus, issue 21 item 5) from a
// local copy of the Dragnet benchmark data (Moz, AGPLv3; see that folder's README for provenance):
//
//   npx tsx scripts/import-dragnet.ts --html DIR --corrected DIR --split test.txt [--pages 200]
//
// --html:      the data set's HTML/ folder (<id>.html, the bytes as crawled)
// --corrected: its Corrected/ folder (<id>.html.corrected.txt, the hand-made main text)
// --split:     its test.txt (the data set's own held-out list of ids)
//
// The same script chose the pages of the sentence-labeled corpus's second source
// (tests/fixtures/corpus-dragnet, docs/CORPUS.md), from the data set's other split so that no page is
// in both:
//
//   npx tsx scripts/import-dragnet.ts --html DIR --corrected DIR --split training.txt \
//     --out tests/fixtures/corpus-dragnet --pages 72 --min-words 150 --one-per-host
//
// --one-per-host keeps only pages that name their own address (the labeled corpus is split by site)
// and the first page of each host in the hash order, so the labeled pages come from as many outlets
// as possible.
//
// The subset is chosen without looking at any extractor's output: the pages of the data set's own
// test split whose hand-made article (the text before the comments marker) has at least MIN_WORDS
// words and reads as English, ordered by a hash of their id, the first --pages of them. The HTML is
// stored byte for byte (gzip), so the benchmark decodes it the way the command line does.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from '@exodus/bytes/encoding.js';
import { decodeHtml } from '../src/cli/decode';

/** The data set separates the article from its comments with this line. */
const COMMENTS_MARKER = '!@#$%^&*()  COMMENTS';
/** Fewer words than this is not an article (link pages, failed crawls). */
const MIN_WORDS = '80';
/** English prose has about one word in four from this list; other languages almost none. */
const ENGLISH_WORDS = new Set('the of and to a in is that for it was on with as be by at this are from have'.split(' '));

const { values: opts } = parseArgs({
  options: {
    html: { type: 'string' },
    corrected: { type: 'string' },
    split: { type: 'string' },
    pages: { type: 'string', default: '200' },
    out: { type: 'string', default: join(import.meta.dirname, '../tests/fixtures/extraction-dragnet') },
    'min-words': { type: 'string', default: MIN_WORDS },
    'one-per-host': { type: 'boolean', default: false },
  },
});
if (!opts.html || !opts.corrected || !opts.split) {
  console.error('usage: npx tsx scripts/import-dragnet.ts --html DIR --corrected DIR --split test.txt [--pages 200]');
  process.exit(2);
}

/** The hand-made texts were saved by hand: most are UTF-8, one is UTF-16 (with a BOM), a few windows-1252. */
function decodeText(bytes: Buffer): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : isUtf8(bytes) ? 'utf-8' : 'windows-1252';
  return new TextDecoder(encoding).decode(bytes).replace(/\r\n?/g, '\n');
}

function articleText(corrected: string): string {
  const cut = corrected.indexOf(COMMENTS_MARKER);
  return (cut >= 0 ? corrected.slice(0, cut) : corrected).trim();
}

function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.length > 0 && words.filter((w) => ENGLISH_WORDS.has(w)).length / words.length >= 0.05;
}

/** The page's own address (canonical link or og:url), so links resolve; '' when it names none. */
function declaredUrl(html: string): string {
  const tags = html.match(/<(?:link|meta)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    if (!/rel=["']?canonical|property=["']?og:url/i.test(tag)) continue;
    const m = /(?:href|content)=["']([^"']+)["']/i.exec(tag);
    if (m && /^https?:\/\//.test(m[1])) return m[1];
  }
  return '';
}

const OUT = opts.out;
const minWords = Number(opts['min-words']);
const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');
const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const ids = readFileSync(opts.split, 'utf8').split(/\s+/).filter(Boolean);
const kept: { id: string; articleBody: string; url: string; bytes: Buffer }[] = [];
let short = 0;
let foreign = 0;
for (const id of ids) {
  const articleBody = articleText(decodeText(readFileSync(join(opts.corrected, `${id}.html.corrected.txt`))));
  if (articleBody.split(/\s+/).length < minWords) {
    short++;
    continue;
  }
  if (!readsAsEnglish(articleBody)) {
    foreign++;
    continue;
  }
  const bytes = readFileSync(join(opts.html, `${id}.html`));
  kept.push({ id, articleBody, url: declaredUrl(await decodeHtml(bytes)), bytes });
}
kept.sort((a, b) => hashOf(a.id).localeCompare(hashOf(b.id)));
const hosts = new Set<string>();
const eligible = opts['one-per-host']
  ? kept.filter((p) => p.url && !hosts.has(hostOf(p.url)) && hosts.add(hostOf(p.url)))
  : kept;
const chosen = eligible.slice(0, Number(opts.pages)).sort((a, b) => a.id.localeCompare(b.id));

mkdirSync(join(OUT, 'html'), { recursive: true });
const truth: Record<string, { articleBody: string; url: string }> = {};
for (const page of chosen) {
  writeFileSync(join(OUT, 'html', `${page.id}.html.gz`), gzipSync(page.bytes, { level: 9 }));
  truth[page.id] = { articleBody: page.articleBody, url: page.url };
}
writeFileSync(join(OUT, 'ground-truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
console.log(
  `${ids.length} ids in the split: ${short} under ${minWords} words, ${foreign} not English, ${kept.length} eligible; ` +
    `wrote ${chosen.length} pages (${chosen.filter((p) => p.url).length} with their own address) to ${OUT}`,
);
