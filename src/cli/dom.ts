import { parseHTML } from 'linkedom';
import { withoutUnreadMarkup } from '../extract/page-html';

// The command line parses with linkedom, not jsdom: on the 181 pages of the extraction benchmark it
// gives the same extraction F1 (0.9802 against 0.9803, each half within 0.0001) and the same reports,
// in a third of the time and half the memory (bench/RESULTS.md, "DOM for the command line"). It is a
// DOM for reading, not a browser: it runs no script and loads nothing, which is all the engine needs.
//
// Two things a browser's document knows and linkedom's does not are given to it here: its address
// (so that Readability turns relative links into absolute ones, as in the page), and an absolute
// <base href> (linkedom reports the attribute as written).

/**
 * Parses HTML into a standard DOM Document, without running the page's scripts or loading anything.
 * Scripts and style sheets are cut first (see extract/page-html.ts): the engine reads neither.
 */
export function parseHtml(html: string, url: string): Document {
  const location = absoluteUrl(url);
  const { document } = parseHTML(withoutUnreadMarkup(html), location ? { location } : null);
  ensureSkeleton(document as unknown as Document);
  const base = document.querySelector('base[href]');
  if (base && location) {
    const resolved = absoluteUrl(base.getAttribute('href') ?? '', location.href);
    if (resolved) base.setAttribute('href', resolved.href);
    else base.removeAttribute('href');
  }
  return document as unknown as Document;
}

// Elements a browser's parser puts in <head> when they come before any content.
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The <html>, <head> and <body> a browser always builds. linkedom keeps only the tags written, so a page
 * that leaves them out (HTML allows it) would have its <title> or first <p> as document element, and
 * no body for Readability to read. Head elements before the first content go to <head>, the rest to
 * <body>, as the HTML parser places them.
 */
function ensureSkeleton(doc: Document): void {
  let html = doc.documentElement;
  if (!html || html.tagName !== 'HTML') {
    html = doc.createElement('html');
    for (const node of Array.from(doc.childNodes)) if (node.nodeType !== 10 /* doctype */) html.appendChild(node);
    doc.appendChild(html);
  }
  let head = Array.from(html.children).find((el) => el.tagName === 'HEAD');
  let body = Array.from(html.children).find((el) => el.tagName === 'BODY');
  if (head && body) return;
  const loose = Array.from(html.childNodes).filter((node) => node !== head && node !== body);
  if (!head) {
    head = doc.createElement('head');
    html.insertBefore(head, html.firstChild);
  }
  if (!body) {
    body = doc.createElement('body');
    html.appendChild(body);
  }
  let inBody = false;
  for (const node of loose) {
    const isText = node.nodeType === 3;
    const headish = node.nodeType === 1 ? HEAD_TAGS.has((node as Element).tagName) : isText ? !node.nodeValue?.trim() : true;
    if (!headish) inBody = true;
    (inBody ? body : head).appendChild(node);
  }
}

function absoluteUrl(url: string, base?: string): URL | null {
  if (!url) return null;
  try {
    return new URL(url, base);
  } catch {
    return null;
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
