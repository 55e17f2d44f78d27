// What a page says about the kind of article it holds, read from its markup before the extractor changes
// the document: schema.org types (JSON-LD and microdata), og:type, the section it files the article
// under (article:section, JSON-LD articleSection), the kicker above the headline, the title and the
// address. Generic markup only: no site's own class names.

export interface PageDeclarations {
  /** schema.org types found on the page ("NewsArticle", "OpinionNewsArticle", ...). */
  schemaTypes: string[];
  /** og:type, lower case ("article", "website", ...); '' when absent. */
  ogType: string;
  /** Sections and genres the page files the article under (article:section, articleSection, genre). */
  sections: string[];
  /** The short label printed just above the headline ("Opinion", "Analysis"), when there is one. */
  kicker: string;
  /** The author as the page's metadata names it (<meta name="author">), "Analysis by ..." on some pages. */
  byline: string;
  title: string;
  url: string;
}

/** Deep enough for a @graph inside an array; JSON-LD nests no further on news pages. */
const MAX_DEPTH = 5;
/** A kicker is a word or a few, not a sentence. */
const MAX_KICKER_CHARS = 40;

function collectJsonLd(doc: Document, types: string[], sections: string[]): void {
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > MAX_DEPTH) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    types.push(...strings(obj['@type']));
    sections.push(...strings(obj.articleSection), ...strings(obj.genre));
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
    if (obj.mainEntity) visit(obj.mainEntity, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // malformed JSON-LD declares nothing
    }
  }
}

/** The text of the element just before the page's first <h1>, when it is short: the kicker. */
function kickerOf(doc: Document): string {
  const h1 = doc.querySelector('h1');
  let prev = h1?.previousElementSibling ?? null;
  // A headline is often wrapped alone in its own element: look one level up too.
  if (!prev && h1?.parentElement && h1.parentElement !== doc.body) prev = h1.parentElement.previousElementSibling;
  const text = (prev?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= MAX_KICKER_CHARS ? text : '';
}

export function readDeclarations(doc: Document, url: string): PageDeclarations {
  const schemaTypes: string[] = [];
  const sections: string[] = [];
  collectJsonLd(doc, schemaTypes, sections);
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    const type = (el.getAttribute('itemtype') ?? '').replace(/^https?:\/\/schema\.org\//i, '');
    if (type) schemaTypes.push(type);
  }
  const meta = (selector: string) => Array.from(doc.querySelectorAll(selector), (el) => el.getAttribute('content') ?? '').filter(Boolean);
  sections.push(...meta('meta[property="article:section"]'), ...meta('meta[name="section"]'));
  return {
    schemaTypes,
    ogType: (meta('meta[property="og:type"]')[0] ?? '').toLowerCase(),
    sections: sections.map((s) => s.trim()).filter(Boolean),
    kicker: kickerOf(doc),
    byline: (meta('meta[name="author"]')[0] ?? '').replace(/\s+/g, ' ').trim(),
    title: (doc.querySelector('h1')?.textContent ?? doc.title ?? '').replace(/\s+/g, ' ').trim(),
    url,
  };
}

/** A page analysed without its markup (an Article built by hand): it declares nothing. */
export const NOTHING_DECLARED: PageDeclarations = { schemaTypes: [], ogType: '', sections: [], kicker: '', byline: '', title: '', url: '' };
