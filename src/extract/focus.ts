// The article's region of a page, found before the page is copied, carried or parsed.
//
// A news page is mostly not its article: navigation, footers, recommendation rails and ad slots often
// make up half its HTML or more, and every element of it is serialised, sent to the engine, parsed and
// walked by Readability. The paragraphs tell where the article is: the smallest element holding most
// of the page's paragraph text, one level up for the article's own header. Readability then runs on
// that element inside the chain of its ancestors (their tags and attributes, which Readability's
// scoring reads), and on the little it reads from the rest of the page: metadata elements a broken
// head left in the body, and the page's first byline. When no element holds most of the paragraph
// text (a page of short blocks, a front page), nothing is cut.
//
// `npm run bench:extract` scores extraction with this step against the corpus's ground truth, and
// `npx tsx scripts/focus-report.ts` says what it changes on every fixture page.

import { COMMENTS_WORDS, attrWords } from './rules/attr-words';

/** Paragraphs shorter than this are not counted: captions, datelines, buttons (Readability skips them too). */
const MIN_PARAGRAPH_CHARS = 25;
/** Below this much paragraph text there is no article to focus on: the whole page is kept. */
const MIN_PARAGRAPH_TEXT = 500;
/** The focus holds at least this share of the page's paragraph text. */
const ARTICLE_SHARE = 0.8;
// Paragraphs that say by their markup that they are not the article's: a page's footer, navigation and
// asides, forms (newsletter sign-ups), hidden text (cookie notices). A long footer must not make the
// article look like a small part of the page.
const NOT_ARTICLE_TAGS = new Set(['FOOTER', 'NAV', 'ASIDE', 'FORM']);
// Text hidden by a utility class of the common CSS frameworks (Bootstrap's `hide`/`hidden`/`d-none`,
// Bulma's `is-hidden`): a cookie notice or a collapsed comment section that a script shows later. The
// page's style sheets are not read (the CLI has none), so the class is the only sign of it.
const HIDING_CLASS = /(?:^|\s)(?:hidden|hide|d-none|is-hidden)(?:\s|$)/;
// A comment section (class or id words "comments", "disqus thread", "respond": rules/attr-words.ts).
// Readers' comments are written in <p>s, and under a story told in <div>s or <br>-separated text they
// can hold most of a page's paragraph text: the focus must not take them for the article (Readability
// drops them too, as "unlikely candidates"). An <article> or <main> is the article's whatever its class.
function isCommentSection(el: Element): boolean {
  return el.tagName !== 'ARTICLE' && el.tagName !== 'MAIN' && COMMENTS_WORDS.test(attrWords(el));
}

// Readability drops a hidden element (Readability.js `_isProbablyVisible`) with everything in it.
function isHidden(el: Element): boolean {
  const style = (el as HTMLElement).style;
  return (
    style?.display === 'none' ||
    style?.visibility === 'hidden' ||
    el.hasAttribute('hidden') ||
    (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image'))
  );
}

/**
 * `el` or one of its ancestors below `root` is hidden by the page's markup (hidden attribute,
 * aria-hidden, inline display/visibility, a framework's hiding class): a modal or a collapsed box that
 * a script shows on demand.
 */
export function isHiddenByMarkup(el: Element, root: Element): boolean {
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) if (isHidden(at) || HIDING_CLASS.test(at.getAttribute('class') ?? '')) return true;
  return false;
}

/** Whether each element is, or is inside, a region that is not the article's (memoised per element). */
class NotArticle {
  private readonly known = new Map<Element, boolean>();

  constructor(private readonly body: Element) {}

  has(el: Element | null): boolean {
    if (!el || el === this.body) return false;
    let answer = this.known.get(el);
    if (answer === undefined) {
      answer =
        NOT_ARTICLE_TAGS.has(el.tagName) ||
        el.hasAttribute('hidden') ||
        el.getAttribute('aria-hidden') === 'true' ||
        HIDING_CLASS.test(el.getAttribute('class') ?? '') ||
        isCommentSection(el) ||
        this.has(el.parentElement);
      this.known.set(el, answer);
    }
    return answer;
  }
}

/** The next element after `el` in document order within `root`, its descendants skipped if asked. */
function nextElement(el: Element, root: Element, skipDescendants = false): Element | null {
  if (!skipDescendants && el.firstElementChild) return el.firstElementChild;
  let at: Element | null = el;
  while (at && at !== root && !at.nextElementSibling) at = at.parentElement;
  return at && at !== root ? at.nextElementSibling : null;
}

/**
 * The smallest element holding ARTICLE_SHARE of the body's paragraph text, widened to its parent (the
 * article's header and Readability's sibling paragraphs sit beside the text) and to the first `<h1>`
 * when that stays below the body. Null when no such element exists, or it is the body itself.
 * (Children are visited by their sibling links: indexing jsdom's live `children` is quadratic.)
 */
export function findArticleFocus(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const textUnder = new Map<Element, number>();
  const notArticle = new NotArticle(body);
  let total = 0;
  for (const paragraph of Array.from(body.querySelectorAll('p, pre'))) {
    const length = (paragraph.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS || notArticle.has(paragraph)) continue;
    total += length;
    for (let el = paragraph.parentElement; el && el !== body; el = el.parentElement) textUnder.set(el, (textUnder.get(el) ?? 0) + length);
  }
  if (total < MIN_PARAGRAPH_TEXT) return null;
  let focus: Element = body;
  for (;;) {
    let inner = focus.firstElementChild;
    while (inner && (textUnder.get(inner) ?? 0) < ARTICLE_SHARE * total) inner = inner.nextElementSibling;
    if (!inner) break;
    focus = inner;
  }
  if (focus === body) return null;
  if (focus.parentElement && focus.parentElement !== body) focus = focus.parentElement;
  const headline = body.querySelector('h1');
  if (headline && !focus.contains(headline)) {
    let common: Element | null = focus;
    while (common && !common.contains(headline)) common = common.parentElement;
    if (common && common !== body) focus = common;
  }
  return focus;
}

// Readability reads these anywhere in the document: the title, <meta> tags and JSON-LD. A head that
// holds a stray element ends early in the parse, and the rest of its content lands in the body.
function isMetadata(el: Element): boolean {
  switch (el.tagName) {
    case 'TITLE':
    case 'META':
      return true;
    case 'LINK':
      return /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '');
    case 'SCRIPT':
      return el.getAttribute('type') === 'application/ld+json';
    default:
      return false;
  }
}

// What Readability takes for a byline (Readability.js `_isValidByline`): rel="author", an itemprop
// naming the author, or a class or id containing one of its words; and short.
const BYLINE_WORDS = /byline|author|dateline|writtenby/i;
const MAX_BYLINE_CHARS = 100;
// Readability drops comment sections before it looks for a byline in them (its "unlikely candidates"),
// and a form is no place for one (a comment form's "Name *" field is labelled "author").
const NO_BYLINE_WITHIN = 'form, [class*="comment" i], [id*="comment" i], #respond';

function isBylineCandidate(el: Element): boolean {
  return el.getAttribute('rel') === 'author' || (el.getAttribute('itemprop') ?? '').includes('author') || BYLINE_WORDS.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
}

function isVisibleIn(el: Element, body: Element): boolean {
  for (let at: Element | null = el; at && at !== body; at = at.parentElement) if (isHidden(at)) return false;
  return true;
}

/** A byline as Readability's walk would take it: short, visible, not in a comment section or form. */
function isByline(el: Element, body: Element): boolean {
  if (!isBylineCandidate(el)) return false;
  const length = (el.textContent ?? '').trim().length;
  return length > 0 && length < MAX_BYLINE_CHARS && !el.closest(NO_BYLINE_WITHIN) && isVisibleIn(el, body);
}

/** What the engine reads of the page besides the focus. */
export interface FocusCarry {
  /** Metadata elements outside the head and the focus, for the head. */
  metadata: Element[];
  /**
   * The page's first byline when it comes before the focus: Readability's walk would meet it first.
   * (One after the focus would count only if the focus had none; it is not carried.)
   */
  byline: Element | null;
}

/** One walk, in document order, over the body's elements outside the focus. */
export function carriedOutside(doc: Document, focus: Element): FocusCarry {
  const body = doc.body;
  const metadata: Element[] = [];
  let byline: Element | null = null;
  let beforeFocus = true;
  for (let el = body.firstElementChild; el; ) {
    const isFocus = el === focus;
    if (isFocus) beforeFocus = false;
    else if (isMetadata(el)) metadata.push(el);
    else if (beforeFocus && !byline && isByline(el, body)) byline = el;
    // The focus and the byline travel whole: what is inside them is not carried a second time.
    el = nextElement(el, body, isFocus || el === byline);
  }
  return { metadata, byline };
}

// Supersets of the metadata and byline tests above, as selectors (`i` everywhere: a superset needs no
// care for which attributes HTML matches case-insensitively). The exact tests then decide.
const METADATA_CANDIDATES = 'title, meta, link, script';

/**
 * The elements before `focus` in document order, its ancestors aside, as whole subtrees in document
 * order: the earlier siblings of the focus's ancestor just below the body, then those of the next
 * ancestor down, and so on to the focus's own earlier siblings.
 */
function subtreesBefore(body: Element, focus: Element): Element[] {
  const chain: Element[] = [];
  for (let el: Element | null = focus; el && el !== body; el = el.parentElement) chain.push(el);
  const subtrees: Element[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    for (let sibling = chain[i].parentElement?.firstElementChild ?? null; sibling && sibling !== chain[i]; sibling = sibling.nextElementSibling) subtrees.push(sibling);
  }
  return subtrees;
}

const BYLINE_CANDIDATES = ['[rel="author" i]', '[itemprop*="author" i]', ...['byline', 'author', 'dateline', 'writtenby'].flatMap((word) => [`[class*="${word}" i]`, `[id*="${word}" i]`])].join(', ');

/**
 * `carriedOutside`, found by the DOM's own selector matching instead of a walk in script: for the
 * content script, where the browser matches natively and a walk over every element of the body (news
 * pages have thousands outside the article) cost more than the rest of the page's serialising. Not for
 * Node's DOMs, whose selector engines are written in script and slower than the walk. Same answer
 * (tests/unit/extract/focus.test.ts compares the two on every fixture page).
 */
export function carriedOutsideByQuery(doc: Document, focus: Element): FocusCarry {
  const body = doc.body;
  const byline = firstBylineBefore(body, focus);
  // The focus and the byline travel whole: what is inside them is not carried a second time.
  const metadata = Array.from(body.querySelectorAll(METADATA_CANDIDATES)).filter((el) => isMetadata(el) && !focus.contains(el) && !byline?.contains(el));
  return { metadata, byline };
}

/**
 * The first byline before the focus (its ancestors hold the article, far too long for a byline). The
 * byline selectors, ten substring matches on attributes, are matched there only, not over the whole
 * body: the subtrees come in document order, and within one the byline is the earliest candidate,
 * whatever order the selector engine lists them in (jsdom's: by selector).
 */
function firstBylineBefore(body: Element, focus: Element): Element | null {
  for (const subtree of subtreesBefore(body, focus)) {
    const candidates = Array.from(subtree.querySelectorAll(BYLINE_CANDIDATES));
    if (subtree.matches(BYLINE_CANDIDATES)) candidates.unshift(subtree);
    let byline: Element | null = null;
    for (const el of candidates) {
      if (byline && !(byline.compareDocumentPosition(el) & 2 /* PRECEDING */)) continue;
      if (!isMetadata(el) && isByline(el, body)) byline = el;
    }
    if (byline) return byline;
  }
  return null;
}

/** `inner` inside `el`'s own tags (its name and attributes), as HTML. */
export function shellAround(el: Element, inner: string): string {
  const shell = (el.cloneNode(false) as Element).outerHTML;
  const close = shell.lastIndexOf('</');
  return shell.slice(0, close) + inner + shell.slice(close);
}

/**
 * The body as HTML, reduced to the focus inside its ancestors' shells, with the carried byline before
 * it. The carried metadata is the caller's to put in the head.
 */
export function focusedBodyHtml(body: Element, focus: Element, carry: FocusCarry): string {
  let html = focus.outerHTML;
  for (let el = focus.parentElement; el && el !== body; el = el.parentElement) html = shellAround(el, html);
  if (carry.byline) html = carry.byline.outerHTML + html;
  return shellAround(body, html);
}

/**
 * Reduces a parsed document to its focus, in place (the CLI and Node's path; the content script
 * serialises the same reduction with `focusedBodyHtml`). Returns whether anything was cut.
 */
export function focusDocument(doc: Document): boolean {
  const focus = findArticleFocus(doc);
  if (!focus) return false;
  const body = doc.body;
  const carry = carriedOutside(doc, focus);
  doc.head.append(...carry.metadata);
  carry.byline?.remove();
  for (let el: Element = focus; el !== body; el = el.parentElement!) {
    const parent = el.parentElement!;
    while (parent.firstChild !== el) parent.firstChild!.remove();
    while (parent.lastChild !== el) parent.lastChild!.remove();
  }
  if (carry.byline) body.prepend(carry.byline);
  return true;
}
