import type { Block } from '../types';
import { isLinkOnly, linkDensity } from './rules/links';
import { isHiddenByMarkup } from './focus';
import { matchAttr } from './rules/attr-words';

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

/** Prose below this many characters is not an article, unless the page declares one or it has sentences or tables. */
export const MIN_PROSE_CHARS = 250;
/** A post of a few complete sentences is an article, however short: this many, ... */
const MIN_SENTENCES = 3;
/** ... holding at least this many characters together (an error page's two lines do not). */
const MIN_SENTENCE_CHARS = 120;
/** Text in data tables (not links), or in a list of lines, that makes a page of tables or lists an article. */
const MIN_TABLE_CHARS = 250;
/** A list of lines (a schedule, a line-up, a track list): at least this many in a row, ... */
const MIN_LIST_LINES = 5;
/** ... each at least this long (not a menu's single words), ... */
const MIN_LIST_LINE_CHARS = 12;
/** ... with at most this share of each in links (a front page's lines are its links). */
const MAX_LIST_LINK_DENSITY = 0.2;
/** One stretch of consecutive prose this long is an article's body, not a teaser's blurb. */
const MIN_BODY_RUN_CHARS = 700;
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

// A complete sentence: four words or more, ending in sentence punctuation (a closing quote may follow).
const SENTENCE = /[^.!?…。]*?\p{L}[^.!?…。]*[.!?…。]+["”’»)]*(?=\s|$)/gu;

/** Complete sentences in the blocks' own text (headings and link lists aside), and their characters. */
export function sentenceStats(blocks: Block[]): { sentences: number; chars: number } {
  let sentences = 0;
  let chars = 0;
  for (const b of blocks) {
    if (b.kind === 'heading' || linkDensity(b) > 0.5) continue;
    for (const m of b.text.matchAll(SENTENCE)) {
      if (m[0].trim().split(/\s+/).length < 4) continue;
      sentences++;
      chars += m[0].trim().length;
    }
  }
  return { sentences, chars };
}

/**
 * Characters of text, not counting links, in the data tables under `root`: tables of three rows or
 * more with two cells or more in a row, with no table inside them (a layout table holds others).
 * A page of tables (results, figures, a timetable) carries its content there, not in paragraphs.
 */
export function dataTableChars(root: Element): number {
  let chars = 0;
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.querySelector('table')) continue;
    const rows = Array.from(table.querySelectorAll('tr'));
    if (rows.length < 3 || !rows.some((row) => row.querySelectorAll('td, th').length >= 2)) continue;
    let linkChars = 0;
    for (const a of Array.from(table.querySelectorAll('a'))) linkChars += (a.textContent ?? '').trim().length;
    chars += Math.max(0, (table.textContent ?? '').replace(/\s+/g, ' ').trim().length - linkChars);
  }
  return chars;
}

/**
 * Characters in runs of MIN_LIST_LINES or more consecutive lines of text that are neither headings nor
 * links: a page whose content is a list ("1st round: 10 March – Interlagos", twelve times) carries it
 * there, in lines too short to count as prose, the way a page of tables carries it in cells.
 */
export function listLineChars(blocks: Block[]): number {
  let chars = 0;
  let run = 0;
  let runChars = 0;
  const close = () => {
    if (run >= MIN_LIST_LINES) chars += runChars;
    run = 0;
    runChars = 0;
  };
  for (const b of blocks) {
    if (b.kind !== 'heading' && b.text.length >= MIN_LIST_LINE_CHARS && linkDensity(b) <= MAX_LIST_LINK_DENSITY) {
      run++;
      runChars += b.text.length;
    } else close();
  }
  close();
  return chars;
}

export function proseChars(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) if (isProse(b)) n += b.text.length;
  return n;
}

/**
 * A list of teasers: at least three "link-only headline, then blurb" units, and nowhere an article's
 * body: three prose paragraphs in a row, or one stretch of prose of MIN_BODY_RUN_CHARS (an open letter
 * written as two long paragraphs, then its signatories, each a linked name and an affiliation).
 */
export function looksLikeListing(blocks: Block[]): boolean {
  let units = 0;
  let run = 0;
  let runChars = 0;
  let longestRun = 0;
  let longestRunChars = 0;
  let linkOnly = 0;
  for (const [i, b] of blocks.entries()) {
    if (isLinkOnly(b)) {
      linkOnly++;
      run = 0;
      runChars = 0;
      const next = blocks[i + 1];
      if (next && !isLinkOnly(next) && next.text.length <= 400) units++;
      continue;
    }
    const prose = isProse(b);
    run = prose ? run + 1 : 0;
    runChars = prose ? runChars + b.text.length : 0;
    longestRun = Math.max(longestRun, run);
    longestRunChars = Math.max(longestRunChars, runChars);
  }
  const hasBody = longestRun >= 3 || longestRunChars >= MIN_BODY_RUN_CHARS;
  return !hasBody && (units >= 3 || linkOnly >= 6);
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

// A login page shows its password field. One hidden by the markup is a sign-in box that opens on demand
// from any page of the site, articles included (a "Log in" button in the header or the comments). So is
// one in the site's header or menus (a <nav>, a <header>, an element whose class or id says menu,
// navbar, nav): a drop-down "Sign in" that frameworks hide with their style sheets, which the command
// line does not read. A login page has its form in the page's content.
function hasLoginForm(doc: Document): boolean {
  const root = doc.documentElement;
  return Array.from(doc.querySelectorAll('input[type="password"]')).some((field) => !isHiddenByMarkup(field, root) && !inSiteChrome(field, root));
}

function inSiteChrome(el: Element, root: Element): boolean {
  for (let at: Element | null = el.parentElement; at && at !== root; at = at.parentElement) {
    if (at.tagName === 'NAV' || at.tagName === 'HEADER') return true;
    const role = at.getAttribute('role');
    if (role === 'navigation' || role === 'menu' || role === 'menubar' || role === 'banner') return true;
    if (matchAttr(at) === 'navigation') return true;
  }
  return false;
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
 * found before boilerplate stripping (teaser lists are still in them), `blocks` what is left after,
 * `tableChars` the text of the article's data tables (`dataTableChars`).
 */
export function noArticleReason(page: PageKind, url: string, rawBlocks: Block[], blocks: Block[], tableChars = 0): string | undefined {
  const declared = page.declaresArticle;
  const prose = proseChars(blocks);
  // Enough text: paragraphs of prose, or a few complete sentences (a short post), or data tables, or a list of lines.
  // Sentences are counted only when the prose falls short: the count is the costliest step here.
  const enoughSentences = () => {
    const { sentences, chars } = sentenceStats(blocks);
    return sentences >= MIN_SENTENCES && chars >= MIN_SENTENCE_CHARS;
  };
  const enough =
    prose >= (declared ? MIN_DECLARED_PROSE_CHARS : MIN_PROSE_CHARS) || enoughSentences() || tableChars >= MIN_TABLE_CHARS || listLineChars(blocks) >= MIN_TABLE_CHARS;
  if (!enough) return 'this page has too little article text';
  if (declared) return undefined;
  if (looksLikeListing(rawBlocks)) return 'this page is a list of links to articles (a front page or search results)';
  if (isSearchAddress(url)) return 'this page is a search results page';
  if (page.hasLoginForm && prose < MAX_LOGIN_PROSE_CHARS) return 'this page is a login form';
  return undefined;
}
