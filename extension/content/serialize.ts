import { carriedOutsideByQuery, findArticleFocus, focusedBodyHtml, shellAround } from '../../src/extract/focus';

// The page as the content script sends it to the engine. Its own module, without extension APIs, so
// that `npm run bench` can run the same serialisation in a page and time the engine on its output.

// Head elements the engine never reads: style sheets, scripts (JSON-LD aside) and resource links. On
// news pages the head holds most of a page's CSS (hundreds of KB on some test pages), which would be
// serialised, cut again and carried for nothing.
const UNREAD_HEAD_ELEMENTS = 'style, link:not([rel~="canonical"]), script:not([type="application/ld+json"])';

/** The page as the engine reads it, and the element whose text holds its article. */
export interface SerializedPage {
  html: string;
  /** Where the article's sentences are to be found: the focus (src/extract/focus.ts), or the body. */
  textRoot: Element | null;
}

/**
 * The page as the engine reads it: its current DOM, scripts' changes included, as HTML, reduced to the
 * article's region when there is one (the engine then parses and walks a fraction of the page).
 */
export function serializePage(doc: Document): SerializedPage {
  const root = doc.documentElement;
  if (!doc.head || !doc.body) return { html: `<!DOCTYPE html>${root.outerHTML}`, textRoot: doc.body };
  let head = Array.from(doc.head.children, (el) => (el.matches(UNREAD_HEAD_ELEMENTS) ? '' : el.outerHTML)).join('');
  let body: string;
  const focus = findArticleFocus(doc);
  if (focus) {
    const carry = carriedOutsideByQuery(doc, focus);
    head += carry.metadata.map((el) => el.outerHTML).join('');
    body = focusedBodyHtml(doc.body, focus, carry);
  } else {
    body = doc.body.outerHTML;
  }
  // The <html> element's own attributes (lang, dir) matter: its shell carries them.
  return { html: `<!DOCTYPE html>${shellAround(root, `<head>${head}</head>${body}`)}`, textRoot: focus ?? doc.body };
}
