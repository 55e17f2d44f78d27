// Where the extraction's recall goes, in aggregate: for each corpus of `npm run bench:extract`, the
// mean share of a page's hand-made text (its 4-token shingles) that `extract` misses, split by why:
// refused as no article, removed by a boilerplate rule (by kind), or never in the block Readability
// chose. Aggregate only, so it can be run on the held-out corpus without reading its pages one by one.
//
//   npx tsx bench/extract-losses.ts [extraction|extraction-dragnet]   (default: both)
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseHtml } from '../src/cli/dom';
import { decodeHtml } from '../src/cli/decode';
import { extractArticle } from '../src/extract';
import { NoArticleError } from '../src/types';
import { shingles } from './lib/shingle-metric';

const FIXTURES = join(import.meta.dirname, '../tests/fixtures');

async function losses(corpus: string): Promise<void> {
  const dir = join(FIXTURES, corpus);
  const truth: Record<string, { articleBody: string; url: string }> = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  const lost: Record<string, number> = {};
  const add = (why: string, share: number) => (lost[why] = (lost[why] ?? 0) + share);
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz'));
  for (const file of files) {
    const { articleBody, url } = truth[file.slice(0, -'.html.gz'.length)];
    const bytes = gunzipSync(readFileSync(join(dir, 'html', file)));
    // The development corpus is all UTF-8; the held-out one declares its encodings (as bench/extract.ts reads them).
    const html = corpus === 'extraction' ? bytes.toString('utf8') : await decodeHtml(bytes);
    const wanted = shingles(articleBody);
    const total = [...wanted.values()].reduce((a, b) => a + b, 0);
    if (!total) continue;
    let article;
    try {
      article = extractArticle(parseHtml(html, url), { url });
    } catch (error) {
      if (!(error instanceof NoArticleError)) throw error;
      add('refused: no article', 1);
      continue;
    }
    const got = shingles(article.blocks.map((b) => b.text).join('\n\n'));
    const removed = article.boilerplate.map((b) => ({ kind: b.kind, shingles: shingles(b.text) }));
    for (const [key, count] of wanted) {
      const missed = count - Math.min(count, got.get(key) ?? 0);
      if (!missed) continue;
      const by = removed.find((r) => r.shingles.has(key));
      add(by ? `removed as ${by.kind}` : 'not in the block Readability chose', missed / total);
    }
  }
  console.log(`${corpus} (${files.length} pages): mean share of the hand-made text missed, by why`);
  for (const [why, share] of Object.entries(lost).sort((a, b) => b[1] - a[1])) console.log(`  ${why.padEnd(40)} ${(share / files.length).toFixed(4)}`);
}

const asked = process.argv[2];
for (const corpus of asked ? [asked] : ['extraction', 'extraction-dragnet']) await losses(corpus);
