// npx tsx scripts/corpus/split.ts: the frozen development / test split of the labeled corpus, by site.
// A site is in the test part when the SHA-1 of its host falls in the first 6/16 of the range, unless the
// project has already looked at one of its pages (the 16 news pages, the seed articles and the 8
// extraction pages reviewed in earlier sessions): those sites are development only. Written once to
// tests/fixtures/corpus/split.json; the test part is never tuned on (see docs/CORPUS.md). The pages
// added later from the Dragnet data (d-<id>, session 17) follow the same rule by their own host, so a
// site is in one part whichever data set its pages come from; re-running leaves every earlier page
// where it was.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
type Truth = Record<string, { url: string }>;
const truthOf = (dir: string) => JSON.parse(readFileSync(join(ROOT, 'tests/fixtures', dir, 'ground-truth.json'), 'utf8')) as Truth;
const units = new Set(readdirSync(join(ROOT, 'tests/fixtures/corpus/units')).map((f) => f.replace(/\.jsonl$/, '')));

const SEEN_PAGES = ['z-06e5123e4ef7', 'z-1ee91d1fce65', 'z-1f765c487806', 'z-39d5c43beb60', 'z-702d1da63b8e', 'z-833caf3bdba5', 'z-8634d1211c3f', 'z-bc13ff87b263'];
// The sites of tests/fixtures/news and of the seed articles' style: tuned on in earlier sessions.
const SEEN_SITES = ['nytimes.com', 'washingtonpost.com', 'cnn.com', 'bbc.com', 'bbc.co.uk', 'theguardian.com', 'telegraph.co.uk', 'tmz.com', 'yahoo.com', 'breitbart.com', 'buzzfeed.com', 'cnet.com', 'arstechnica.com', 'heraldsun.com.au'];

const site = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const pages = [
  ...Object.entries(truthOf('extraction')).map(([id, { url }]) => ({ page: `z-${id.slice(0, 12)}`, site: site(url) })),
  ...Object.entries(truthOf('corpus-dragnet')).map(([id, { url }]) => ({ page: `d-${id}`, site: site(url) })),
]
  .filter((p) => units.has(p.page))
  .sort((a, b) => a.page.localeCompare(b.page));
const seen = new Set([...SEEN_SITES, ...pages.filter((p) => SEEN_PAGES.includes(p.page)).map((p) => p.site)]);
const inTest = (host: string) =>
  !seen.has(host) && ![...seen].some((s) => host.endsWith(`.${s}`)) && parseInt(createHash('sha1').update(host).digest('hex').slice(0, 8), 16) % 16 < 6;

const split: Record<string, { site: string; part: 'test' | 'dev' }> = {};
for (const p of pages) split[p.page] = { site: p.site, part: inTest(p.site) ? 'test' : 'dev' };
writeFileSync(join(ROOT, 'tests/fixtures/corpus/split.json'), JSON.stringify(split, null, 1) + '\n');
const test = Object.values(split).filter((p) => p.part === 'test');
console.log(`test: ${test.length} pages of ${new Set(test.map((p) => p.site)).size} sites; dev: ${pages.length - test.length} pages`);
