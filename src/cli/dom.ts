import { JSDOM, VirtualConsole } from 'jsdom';

// jsdom reports every stylesheet it cannot parse; a page's broken CSS is none of the reader's concern.
const quietConsole = new VirtualConsole();

// jsdom 29 throws while parsing some pages' own stylesheets (e.g. an unexpanded Sass variable inside
// `calc(...)`). The engine reads no style sheets, only inline styles, so such a page is parsed again
// without its <style> elements rather than failing.
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/** Parses HTML into a standard DOM Document, without running the page's scripts or loading anything. */
export function parseHtml(html: string, url: string): Document {
  const options = { url: url || undefined, virtualConsole: quietConsole };
  try {
    return new JSDOM(html, options).window.document;
  } catch (error) {
    if (!(error instanceof SyntaxError) || !STYLE_ELEMENT.test(html)) throw error;
    STYLE_ELEMENT.lastIndex = 0;
    return new JSDOM(html.replace(STYLE_ELEMENT, ''), options).window.document;
  }
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
