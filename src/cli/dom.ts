import { JSDOM, VirtualConsole } from 'jsdom';
import { withoutUnreadMarkup } from '../extract/page-html';

// jsdom reports every stylesheet it cannot parse; a page's broken CSS is none of the reader's concern.
const quietConsole = new VirtualConsole();

/**
 * Parses HTML into a standard DOM Document, without running the page's scripts or loading anything.
 * Scripts and style sheets are cut first (see extract/page-html.ts): the engine reads neither, and
 * jsdom 29 would otherwise throw on some pages' own style sheets (an unexpanded Sass variable inside
 * `calc(...)`).
 */
export function parseHtml(html: string, url: string): Document {
  return new JSDOM(withoutUnreadMarkup(html), { url: url || undefined, virtualConsole: quietConsole }).window.document;
}

const CANONICAL = /<link\b[^>]*\brel=["']?canonical\b[^>]*>/i;
const OG_URL = /<meta\b[^>]*\bproperty=["']?og:url\b[^>]*>/i;

/**
 * The address a saved page declares for itself (canonical link, then og:url), so that its relative
 * links resolve and "external" means what it says. Read from the head before parsing.
 */
export function declaredUrl(html: string): string {
  const head = html.slice(0, 200_000);
  for (const [pattern, attr] of [[CANONICAL, 'href'], [OG_URL, 'content']] as const) {
    const tag = pattern.exec(head)?.[0];
    const value = tag && new RegExp(`\\b${attr}=["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (value && /^https?:\/\//i.test(value)) {
      try {
        return new URL(value).href;
      } catch {
        // not a usable address; try the next declaration
      }
    }
  }
  return '';
}
