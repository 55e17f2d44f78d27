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

/**
 * Runs Mozilla Readability on a clone of `doc`: Readability mutates what it parses, and the live page
 * must stay untouched. Classes are kept so the boilerplate stripper can read them.
 */
export function runReadability(doc: Document): ReadabilityResult | null {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, {
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
