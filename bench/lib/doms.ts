// The three DOM implementations the command line could parse with (issue 21), each called the way the
// CLI calls its own: the page's unread markup cut first (src/extract/page-html.ts), no scripts run,
// nothing loaded. `npm run bench:extract -- --dom NAME` scores extraction on one of them.
import { JSDOM, VirtualConsole } from 'jsdom';
import { Window } from 'happy-dom';
import { withoutUnreadMarkup } from '../../src/extract/page-html';
import { parseHtml } from '../../src/cli/dom';

const quietConsole = new VirtualConsole();

export const DOM_PARSERS = {
  /** What the CLI ships with (src/cli/dom.ts): linkedom. */
  cli: parseHtml,
  jsdom: (html: string, url: string): Document =>
    new JSDOM(withoutUnreadMarkup(html), { url: url || undefined, virtualConsole: quietConsole }).window.document,
  /** linkedom, given the page's address (src/cli/dom.ts). */
  linkedom: parseHtml,
  'happy-dom': (html: string, url: string): Document => {
    const window = new Window({
      url: url || 'about:blank',
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        disableComputedStyleRendering: true,
      },
    });
    window.document.write(withoutUnreadMarkup(html));
    return window.document as unknown as Document;
  },
} as const;

export type DomName = keyof typeof DOM_PARSERS;
