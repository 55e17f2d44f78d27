// Neutral page dump for genre labelers: what a reader sees at the top of the page and the article text.
// Prints: address, <title>, og:type / article:section / JSON-LD @type and articleSection (as declared),
// the first <h1>, and the article's text (the extraction benchmark's ground truth, or for the news
// pages the sentence units). Uses no part of Sourcelight's genre code.
//   npx tsx scripts/corpus/genre-dump.ts <page>    page = z-<id12> or a news page name (cnn, bbc-1, ...)
//   npx tsx scripts/corpus/genre-dump.ts --list    the 176 pages, in the order the label files follow
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { join } from 'node:path';
const ROOT = join(new URL('../..', import.meta.url).pathname, 'tests/fixtures');
const name = process.argv[2];
if (!name || name === '--list') {
  // The labeled pages: the English extraction pages that have sentence units, then the news pages.
  const { readdirSync } = await import('node:fs');
  const units = readdirSync(`${ROOT}/corpus/units`).map((f) => f.replace(/\.jsonl$/, '')).sort();
  const news = readdirSync(`${ROOT}/news`).filter((f) => !f.startsWith('LICENSE')).sort();
  console.log([...units, ...news].join('\n'));
  process.exit(0);
}
const truth = JSON.parse(readFileSync(`${ROOT}/extraction/ground-truth.json`, 'utf8')) as Record<string, { articleBody: string; url?: string }>;
let html: string, text: string;
if (name.startsWith('z-')) {
  const id = Object.keys(truth).find((k) => k.startsWith(name.slice(2)))!;
  html = gunzipSync(readFileSync(`${ROOT}/extraction/html/${id}.html.gz`)).toString('utf8');
  text = truth[id].articleBody;
} else {
  html = readFileSync(`${ROOT}/news/${name}/source.html`, 'utf8');
  const units = `${ROOT}/units/${name}.jsonl`;
  text = existsSync(units) ? readFileSync(units, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text).join('\n') : '(no units)';
}
const { document } = parseHTML(html);
const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? '';
const url = meta('meta[property="og:url"]') || document.querySelector('link[rel="canonical"]')?.getAttribute('href') || '';
console.log('address:', url);
console.log('title:', document.querySelector('title')?.textContent?.trim());
console.log('og:type:', meta('meta[property="og:type"]'), '| article:section:', meta('meta[property="article:section"]'));
for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
  const t = s.textContent ?? '';
  const types = [...t.matchAll(/"@type"\s*:\s*("[^"]+"|\[[^\]]*\])/g)].map((m) => m[1]).slice(0, 6);
  const sec = [...t.matchAll(/"(?:articleSection|genre)"\s*:\s*("[^"]*"|\[[^\]]*\])/g)].map((m) => m[1]).slice(0, 3);
  if (types.length || sec.length) console.log('json-ld @type:', types.join(' '), '| section:', sec.join(' '));
}
const h1 = document.querySelector('h1');
console.log('h1:', h1?.textContent?.trim().replace(/\s+/g, ' '));
// The short text just before the h1 (a kicker such as "Opinion" or "Review"), if any.
const prev = h1?.previousElementSibling?.textContent?.trim().replace(/\s+/g, ' ');
if (prev && prev.length < 60) console.log('just before h1:', prev);
console.log('--- article text ---');
console.log(text.length > 3500 ? text.slice(0, 3500) + `\n[... ${text.length - 3500} more characters]` : text);
