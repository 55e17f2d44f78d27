import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { serializePage } from '../../../extension/content/serialize';
import { analyzeHtml } from '../../../extension/lib/engine';
import { analyzeDocument } from '../../../src/analyze';
import { parseHtml } from '../../../src/cli/dom';
import { withoutUnreadMarkup } from '../../../src/extract/page-html';

// The content script sends the engine only the article's region of a page (src/extract/focus.ts); the
// CLI focuses the whole parsed page itself. Both must come to the same report, or the extension and
// `sourcelight analyze` would disagree about the same page.
const FIXTURES = join(import.meta.dirname, '../../fixtures');
const PAGES = ['kursk-pushback.html', 'kursk-summary.html', 'news/bbc-1/source.html', 'news/nytimes-1/source.html', 'news/telegraph/source.html', 'news/guardian-1/source.html'];

describe('the focused page the content script sends gives the CLI’s report', () => {
  test.each(PAGES)('%s', (path) => {
    const html = readFileSync(join(FIXTURES, path), 'utf8');
    const url = `https://news.example/${path}`;
    const viaCli = analyzeDocument(parseHtml(html, url), { url, disposable: true });
    const live = new DOMParser().parseFromString(html, 'text/html');
    const serialized = serializePage(live);
    // The focus really cut something: these pages all have navigation or rails around the article.
    expect(serialized.textRoot).not.toBe(live.body);
    expect(serialized.html.length).toBeLessThan(0.95 * live.documentElement.outerHTML.length);
    const viaEngine = analyzeHtml(withoutUnreadMarkup(serialized.html), url);
    expect(viaEngine.status).toBe('analyzed');
    if (viaEngine.status !== 'analyzed') return;
    expect(viaEngine.report).toEqual(viaCli);
    // Two full analyses of a news page in jsdom: seconds each on a loaded two-core machine (speed is
    // measured by `npm run bench`, not here).
  }, 30_000);
});
