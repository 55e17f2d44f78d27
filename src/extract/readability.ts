import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  /** The article's root element, inside a clone of the page (safe to mutate). */
  content: Element;
  title: string;
  byline: string;
  siteName: string;
  lang: string;
  excerpt: string;
}

// Elements that fetch something when (re)created and hold no article text.
const LOADING_ELEMENTS = ['link', 'iframe', 'frame', 'object', 'embed'];

/**
 * A clone of a live page is not fully inert: when Readability retries, it re-parses the clone's body
 * (`innerHTML`), and Chromium then runs the page's inline handlers (`onload`, `onerror`) and starts
 * loads for `<link>`s and frames. That would be page code and network requests set off by us, and a
 * way for a page to detect Sourcelight. So the clone loses every `on*` attribute and every element
 * that loads, none of which carries article text, before Readability sees it.
 */
function neutralize(clone: Document): void {
  for (const tag of LOADING_ELEMENTS) {
    for (const el of Array.from(clone.querySelectorAll(tag))) el.remove();
  }
  // A static list: indexing jsdom's live getElementsByTagName('*') is quadratic in the page size.
  for (const el of Array.from(clone.querySelectorAll('*'))) {
    if (!el.hasAttributes()) continue;
    for (const name of el.getAttributeNames()) {
      if (name.length > 2 && name.charCodeAt(0) === 111 /* o */ && name.charCodeAt(1) === 110 /* n */) el.removeAttribute(name);
    }
  }
}

/** Which document Readability may work on. */
export type ReadabilityInput =
  /** A live page in a browser: cloned, and the clone made inert (see `neutralize`). */
  | 'live'
  /** A parsed document someone else still reads: cloned. */
  | 'shared'
  /** A parsed document only this extraction reads: Readability changes it in place, no copy. */
  | 'disposable';

/** The document Readability may change: `doc` itself when disposable, otherwise a clone (made inert if live). */
export function workingCopy(doc: Document, input: ReadabilityInput): Document {
  if (input === 'disposable') return doc;
  const clone = doc.cloneNode(true) as Document;
  if (input === 'live') neutralize(clone);
  return clone;
}

/**
 * Runs Mozilla Readability on `doc`, or on a clone of it: Readability mutates what it parses, and a
 * live page must stay untouched. Classes are kept so the boilerplate stripper can read them.
 */
export function runReadability(doc: Document, input: ReadabilityInput = 'shared'): ReadabilityResult | null {
  const target = workingCopy(doc, input);
  const parsed = new Readability<Element>(target, {
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    title: parsed.title ?? '',
    byline: parsed.byline ?? '',
    siteName: parsed.siteName ?? '',
    lang: parsed.lang ?? '',
    excerpt: parsed.excerpt ?? '',
  };
}
