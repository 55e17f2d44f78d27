// Whether splitting an article's blocks all together (splitSentencesOfTexts, one call to the
// segmenter per article, as the engine does for memory) gives every block exactly the sentences it
// gives alone (splitSentences), on every page under tests/fixtures from which an article is extracted.
// Usage: tsx scripts/split-together-check.ts [-v]   (exit code 1 if any block differs)
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { parseHtml } from '../src/cli/dom';
import { extractArticle } from '../src/extract';
import { splitSentences, splitSentencesOfTexts } from '../src/text/sentences';

const verbose = process.argv.includes('-v');
const root = join(import.meta.dirname, '..', 'tests', 'fixtures');
const files: string[] = [];
const walk = (dir: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.html?(\.gz)?$/.test(entry.name)) files.push(path);
  }
};
walk(root);

let pages = 0;
let blocks = 0;
let sentences = 0;
let different = 0;
for (const file of files) {
  const bytes = readFileSync(file);
  const html = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  let texts: string[];
  try {
    texts = extractArticle(parseHtml(html, 'https://example.test/'), { url: 'https://example.test/' }).blocks.map((b) => b.text);
  } catch {
    continue; // no article on this page
  }
  pages++;
  const together = splitSentencesOfTexts(texts, 'en');
  texts.forEach((text, i) => {
    const alone = splitSentences(text, 'en');
    blocks++;
    sentences += alone.length;
    if (JSON.stringify(alone) === JSON.stringify(together[i])) return;
    different++;
    if (verbose || different <= 5) console.log(`DIFFERENT ${relative(root, file)} block ${i}\n  alone:    ${JSON.stringify(alone)}\n  together: ${JSON.stringify(together[i])}`);
  });
}
console.log(`${files.length} fixture pages, ${pages} with an article: ${blocks} blocks, ${sentences} sentences; blocks split differently together: ${different}`);
process.exitCode = different ? 1 : 0;
