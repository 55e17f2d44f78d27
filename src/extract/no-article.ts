import type { Block } from '../types';
import { isLinkOnly, linkDensity } from './rules/links';

// Pages with no article: a home page or section front, search results, a login form, an empty or error
// page. Readability still returns its best guess on those (a column of teasers, a form's labels); the
// reader must get "no article here" rather than a sourcing grade for a list of headlines.
//
// Signals, all generic:
//  - prose: how much text sits in real paragraphs (long enough, sentence-like, few links);
//  - teaser units: a link-only headline followed by a short blurb, repeated, with no run of three
//    paragraphs anywhere: the shape of a front page or a results list;
//  - the page's own declaration: og:type "article" or a schema.org Article type (a short article
//    is still an article), og:type "website";
//  - a password field (login), a search address (/search, ?q=, ?s=).

/** Prose below this many characters is not an article, unless the page declares one. */
export const MIN_PROSE_CHARS = 250;
/** A page that declares itself an article may be a brief: a couple of sentences is enough. */
export const MIN_DECLARED_PROSE_CHARS = 120;
/** A login page may carry a paragraph of explanation; more than this is an article with a form. */
const MAX_LOGIN_PROSE_CHARS = 600;

const ARTICLE_TYPES = /^(Article|NewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle|Review)$/;

function isProse(block: Block): boolean {
  if (block.kind === 'heading' || block.text.length < 60) return false;
  if (linkDensity(block) > 0.5) return false;
  return /[.!?…。"”»)]$/.test(block.text) || block.text.split(/\s+/).length >= 12;
}

export function proseChars(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (isProse(b)) n += b.text.length;
  return n;
}

/**
 * A list of teasers: at least three "link-only headline, then blurb" units, and nowhere three
 * prose paragraphs in a row (an article has them, even one with a related-stories rail).
 */
export function looksLikeListing(blocks: Block[]): boolean {
  let units = 0;
  let run = 0;
  let longestRun = 0;
  let linkOnly = 0;
  for (const [i, b] of blocks.entries()) {
    if (isLinkOnly(b)) {
      linkOnly++;
      run = 0;
      const next = blocks[i + 1];
      if (next && !isLinkOnly(next) && next.text.length <= 400) units++;
      continue;
    }
    run = isProse(b) ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  return longestRun < 3 && (units >= 3 || linkOnly >= 6);
}

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 4) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    const t = obj['@type'];
    if (typeof t === 'string') types.push(t);
    else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') types.push(x);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // malformed JSON-LD declares nothing
    }
  }
  return types;
}

/** The page says it is an article: og:type "article", or a schema.org Article type (JSON-LD or microdata). */
export function declaresArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/\barticle\b/i.test(og)) return true;
  if (jsonLdTypes(doc).some((t) => ARTICLE_TYPES.test(t))) return true;
  return Array.from(doc.querySelectorAll('[itemtype]')).some((el) =>
    ARTICLE_TYPES.test((el.getAttribute('itemtype') ?? '').replace(/^https?:\/\/schema\.org\//i, '')),
  );
}

function isSearchAddress(url: string): boolean {
  try {
    const u = new URL(url);
    if (/\/search(\/|$)/i.test(u.pathname)) return true;
    if (['q', 'query', 'search', 'keyword', 'keywords'].some((k) => u.searchParams.has(k))) return true;
    // WordPress searches at "/?s=term"; elsewhere "s" is often a share tracker ("?s=20").
    return u.searchParams.has('s') && (u.pathname === '/' || u.pathname === '');
  } catch {
    return false;
  }
}

function hasLoginForm(doc: Document): boolean {
  return doc.querySelector('input[type="password"]') !== null;
}

/** What the page says about itself, read before Readability changes the document. */
export interface PageKind {
  /** The page declares an article (og:type, JSON-LD or microdata). */
  declaresArticle: boolean;
  hasLoginForm: boolean;
}

export function readPageKind(doc: Document): PageKind {
  return { declaresArticle: declaresArticle(doc), hasLoginForm: hasLoginForm(doc) };
}

/**
 * Why the page has no article, or undefined when it has one. `rawBlocks` are the blocks Readability
 * found before boilerplate stripping (teaser lists are still in them), `blocks` what is left after.
 */
export function noArticleReason(page: PageKind, url: string, rawBlocks: Block[], blocks: Block[]): string | undefined {
  const declared = page.declaresArticle;
  const prose = proseChars(blocks);
  if (prose < (declared ? MIN_DECLARED_PROSE_CHARS : MIN_PROSE_CHARS)) return 'this page has too little article text';
  if (declared) return undefined;
  if (looksLikeListing(rawBlocks)) return 'this page is a list of links to articles (a front page or search results)';
  if (isSearchAddress(url)) return 'this page is a search results page';
  if (page.hasLoginForm && prose < MAX_LOGIN_PROSE_CHARS) return 'this page is a login form';
  return undefined;
}
