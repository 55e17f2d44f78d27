// How much HTML the content script sends the engine for each page of `npm run bench`'s browser
// section, and how much of it the engine's cut keeps (src/extract/page-html.ts: the rest is markup it
// never reads). The serialiser is the content script's own (extension/content/serialize.ts), run in
// jsdom: the sizes are those of the page as parsed, before its scripts run, so they differ a little
// from what Chromium sends once a page's scripts have changed it.
//
//   npx tsx bench/sent-html.ts
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { serializePage } from '../extension/content/serialize';
import { withoutUnreadMarkup } from '../src/extract/page-html';
import { median } from './lib/stats';

const FIXTURES = join(import.meta.dirname, '../tests/fixtures');
const pages = [
  ...readdirSync(FIXTURES).filter((name) => name.endsWith('.html')).sort(),
  ...readdirSync(join(FIXTURES, 'news'))
    .filter((name) => existsSync(join(FIXTURES, 'news', name, 'source.html')))
    .sort()
    .map((name) => `news/${name}/source.html`),
];

const kb = (chars: number) => (chars / 1000).toFixed(1);
const rows: { page: string; sent: number; kept: number }[] = [];
for (const page of pages) {
  // Style sheets are not parsed (jsdom would take seconds on some pages, and the serialiser never reads them).
  const window = new JSDOM(readFileSync(join(FIXTURES, page), 'utf8'), { virtualConsole: new VirtualConsole() }).window;
  (globalThis as { Node?: unknown }).Node = window.Node;
  const { html } = serializePage(window.document);
  rows.push({ page: page.replace(/\/source\.html$|\.html$/, ''), sent: html.length, kept: withoutUnreadMarkup(html).length });
  window.close();
}
console.log('| page | sent (K chars) | kept by the engine’s cut | share kept |\n|---|---|---|---|');
for (const { page, sent, kept } of rows) console.log(`| ${page} | ${kb(sent)} | ${kb(kept)} | ${(kept / sent).toFixed(2)} |`);
const total = (key: 'sent' | 'kept') => rows.reduce((sum, row) => sum + row[key], 0);
console.log(`\n${rows.length} pages: ${kb(total('sent'))} K chars sent in all, median ${kb(median(rows.map((r) => r.sent)))}; the cut keeps ${kb(total('kept'))} (${(total('kept') / total('sent')).toFixed(2)}).`);
