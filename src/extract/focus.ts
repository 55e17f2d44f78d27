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
// `npm run bench:extract` scores extraction with this step against the corpus's ground truth.

/** Paragraphs shorter than this are not counted: captions, datelines, buttons (Readability skips them too). */
const MIN_PARAGRAPH_CHARS = 25;
/** Below this much paragraph text there is no article to focus on: the whole page is kept. */
const MIN_PARAGRAPH_TEXT = 500;
/** The focus holds at least this share of the page's paragraph text. */
const ARTICLE_SHARE = 0.8;
// Paragraphs that say by their markup that they are not the article's: a page's footer, navigation and
// asides, forms (newsletter sign-ups), hidden text (cookie notices). A long footer must not make the
// article look like a small part of the page.
const NOT_ARTICLE = 'footer, nav, aside, form, [hidden], [aria-hidden="true"]';

/**
 * The smallest element holding ARTICLE_SHARE of the body's paragraph text, widened to its parent (the
 * article's header and Readability's sibling paragraphs sit beside the text) and to the first `<h1>`
 * when that stays below the body. Null when no such element exists, or it is the body itself.
 */
export function findArticleFocus(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const textUnder = new Map<Element, number>();
  let total = 0;
  for (const paragraph of Array.from(body.querySelectorAll('p, pre'))) {
    const length = (paragraph.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS || paragraph.closest(NOT_ARTICLE)) continue;
    total += length;
    for (let el = paragraph.parentElement; el && el !== body; el = el.parentElement) textUnder.set(el, (textUnder.get(el) ?? 0) + length);
  }
  if (total < MIN_PARAGRAPH_TEXT) return null;
  let focus: Element = body;
  for (;;) {
    const inner = Array.from(focus.children).find((child) => (textUnder.get(child) ?? 0) >= ARTICLE_SHARE * total);
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
const METADATA = 'title, meta, link[rel~="canonical"], script[type="application/ld+json"]';

// What Readability takes for a byline (Readability.js `_isValidByline`): rel="author", an itemprop
// naming the author, or a class or id containing one of its words; and short. The words as a
// selector, so that the browser finds the candidates natively: a walk in script would cost more on a
// large page than the rest of the focusing.
const BYLINE_WORDS = ['byline', 'author', 'dateline', 'writtenby'];
const BYLINE_CANDIDATES = ['[rel="author"]', '[itemprop*="author"]', ...BYLINE_WORDS.flatMap((w) => [`[class*="${w}" i]`, `[id*="${w}" i]`])].join(', ');
const MAX_BYLINE_CHARS = 100;

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

function isVisibleIn(el: Element, body: Element): boolean {
  for (let at: Element | null = el; at && at !== body; at = at.parentElement) if (isHidden(at)) return false;
  return true;
}

// Readability drops comment sections before it looks for a byline in them (its "unlikely candidates"),
// and a form is no place for one (a comment form's "Name *" field is labelled "author").
const NO_BYLINE_WITHIN = 'form, [class*="comment" i], [id*="comment" i], #respond';

/** The page's first visible byline in document order, as Readability's walk meets it. */
function firstByline(body: Element): Element | null {
  for (const el of Array.from(body.querySelectorAll(BYLINE_CANDIDATES))) {
    const length = (el.textContent ?? '').trim().length;
    if (length === 0 || length >= MAX_BYLINE_CHARS || el.closest(NO_BYLINE_WITHIN)) continue;
    if (isVisibleIn(el, body)) return el;
  }
  return null;
}

/** What the engine reads of the page besides the focus. */
export interface FocusCarry {
  /** Metadata elements outside the head (and the focus), for the head. */
  metadata: Element[];
  /** The page's first byline when it is outside the focus, and on which side of it. */
  byline: { element: Element; before: boolean } | null;
}

export function carriedOutside(doc: Document, focus: Element): FocusCarry {
  const body = doc.body;
  const metadata = Array.from(body.querySelectorAll(METADATA)).filter((el) => !focus.contains(el));
  const found = firstByline(body);
  const byline =
    found && !focus.contains(found)
      ? { element: found, before: Boolean(found.compareDocumentPosition(focus) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */) }
      : null;
  return { metadata, byline };
}

function shellAround(el: Element, inner: string): string {
  const shell = (el.cloneNode(false) as Element).outerHTML;
  const close = shell.lastIndexOf('</');
  return shell.slice(0, close) + inner + shell.slice(close);
}

/**
 * The body as HTML, reduced to the focus inside its ancestors' shells, with the carried byline where
 * it was (before or after the focus). The carried metadata is the caller's to put in the head.
 */
export function focusedBodyHtml(body: Element, focus: Element, carry: FocusCarry): string {
  let html = focus.outerHTML;
  for (let el = focus.parentElement; el && el !== body; el = el.parentElement) html = shellAround(el, html);
  if (carry.byline) html = carry.byline.before ? carry.byline.element.outerHTML + html : html + carry.byline.element.outerHTML;
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
  const byline = carry.byline;
  if (byline) byline.element.remove();
  for (let el: Element = focus; el !== body; el = el.parentElement!) {
    for (const sibling of Array.from(el.parentElement!.childNodes)) if (sibling !== el) sibling.remove();
  }
  if (byline) {
    if (byline.before) body.prepend(byline.element);
    else body.append(byline.element);
  }
  return true;
}
