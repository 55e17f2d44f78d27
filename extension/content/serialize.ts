import { carriedOutsideByQuery, findArticleFocus, type FocusCarry } from '../../src/extract/focus';
import { JSON_LD } from '../../src/extract/page-html';

// The page as the content script sends it to the engine. Its own module, without extension APIs, so
// that `npm run bench` can run the same serialisation in a page and time the engine on its output.
//
// The page is serialised in pieces, not by one `outerHTML` of the article: on a 1 MB article that one
// call alone took 31-61 ms of the reader's main thread in a single task (`npm run bench`, 2026-12-07).
// A piece is a whole element small enough to serialise at once, a run of text and comments between
// two elements, or the opening or closing tag of an element too large to serialise at once, or holding
// a script (whose children are then pieces in turn). Joined, the pieces are exactly the single call's
// HTML but for the contents of the scripts and style sheets the engine's cut drops (see `emptiedUnder`;
// tests/unit/extension/serialize.test.ts compares them on every fixture page).

// Head elements the engine never reads: style sheets, scripts (JSON-LD aside) and resource links. On
// news pages the head holds most of a page's CSS (hundreds of KB on some test pages), which would be
// serialised, carried and cut for nothing.
export const UNREAD_HEAD_ELEMENTS = 'style, link:not([rel~="canonical"]), script:not([type="application/ld+json"])';

/**
 * An element with at most this many descendant elements is one piece. Article paragraphs are a few
 * elements each; serialising 100 elements of text-heavy markup takes about a millisecond.
 */
export const WHOLE_ELEMENT_MAX_DESCENDANTS = 100;

// Always one piece, however large: their contents are text or kept as written, and an SVG's or
// MathML's children are serialised by the rules of their own namespace.
const KEPT_WHOLE = new Set(['PRE', 'TEXTAREA', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** The page as the engine reads it, and the element whose text holds its article. */
export interface SerializedPage {
  html: string;
  /** Where the article's sentences are to be found: the focus (src/extract/focus.ts), or the body. */
  textRoot: Element | null;
  /**
   * Where the text root's own HTML (its outer HTML) is in `html`, `[start, end)`: the engine's page
   * anchors the sentences in it (src/anchor.ts). Null when the page has no head or body to split on.
   */
  textSpan: [start: number, end: number] | null;
}

/**
 * The page ready to send. The markup the engine never reads (scripts, style sheets, SVG contents,
 * comments, indentation: src/extract/page-html.ts) is cut in the engine's page, not here: the cut's
 * scan and its copy of the page cost the reader's main thread 2 ms on a median news page and up to
 * 13 ms (cold, Chromium, the 16 news fixtures, 2026-12-07), while posting the uncut rest costs a
 * fraction of that (the browser copies a message's bytes off the page's main thread).
 */
export interface PreparedPage extends SerializedPage {
  /** The length of the HTML: a page's text is never longer. */
  serializedChars: number;
}

// The HTML serialisation of a text node whose parent is an ordinary element (the HTML standard's
// "serializing HTML fragments": `&`, no-break space, `<` and `>` escaped).
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '\u00a0': '&nbsp;', '<': '&lt;', '>': '&gt;' };
const ESCAPED = /[&\u00a0<>]/g;

function nodeHtml(node: Node): string {
  switch (node.nodeType) {
    case Node.TEXT_NODE:
      return (node as Text).data.replace(ESCAPED, (c) => TEXT_ESCAPES[c]);
    case Node.COMMENT_NODE:
      return `<!--${(node as Comment).data}-->`;
    case Node.PROCESSING_INSTRUCTION_NODE:
      return `<?${(node as ProcessingInstruction).target} ${(node as ProcessingInstruction).data}>`;
    default:
      return '';
  }
}

/**
 * The script and style elements under `root` whose contents the engine's cut drops whole (every
 * script but JSON-LD: src/extract/page-html.ts), and the elements that hold one. Their contents are
 * not sent: inline scripts are up to half of a news page's article region (cnn: 81 of 146 KB), which
 * the page would serialise and post, and the engine scan, only to cut. Their tags stay, empty: the
 * cut removes them the same way, so the engine reads the very same HTML; and the text nodes on either
 * side stay apart in the engine's parse of the text root, as they are in the live page, so that its
 * anchors fit the page's text nodes (a script's own text is not page text: src/anchor.ts).
 */
interface Emptied {
  elements: Set<Element>;
  holders: Set<Element>;
}

function emptiedUnder(root: Element): Emptied {
  const elements = new Set<Element>();
  const holders = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll('script, style'))) {
    if (el.namespaceURI !== HTML_NAMESPACE || (el.tagName === 'SCRIPT' && JSON_LD.test(tagsOf(el)[0]))) continue;
    elements.add(el);
    for (let at = el.parentElement; at && !holders.has(at); at = at.parentElement) {
      holders.add(at);
      if (at === root) break;
    }
  }
  return { elements, holders };
}

function isWhole(el: Element, maxDescendants: number, emptied: Emptied): boolean {
  if (el.namespaceURI !== HTML_NAMESPACE || KEPT_WHOLE.has(el.tagName)) return true;
  return !emptied.holders.has(el) && el.getElementsByTagName('*').length <= maxDescendants;
}

/**
 * `el.outerHTML`, in pieces, the contents of the scripts and style sheets in `emptied` left out. Text
 * and comments between two elements are one piece.
 */
function* elementPieces(el: Element, maxDescendants: number, emptied: Emptied): Generator<string> {
  if (emptied.elements.has(el)) {
    const [open, close] = tagsOf(el);
    yield open + close;
    return;
  }
  if (isWhole(el, maxDescendants, emptied)) {
    yield el.outerHTML;
    return;
  }
  const [open, close] = tagsOf(el);
  yield open;
  let between = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== Node.ELEMENT_NODE) {
      between += nodeHtml(node);
      continue;
    }
    if (between) yield between;
    between = '';
    yield* elementPieces(node as Element, maxDescendants, emptied);
  }
  if (between) yield between;
  yield close;
}

/** An element's opening and closing tags, its name and attributes as `outerHTML` writes them. */
function tagsOf(el: Element): [open: string, close: string] {
  const shell = (el.cloneNode(false) as Element).outerHTML;
  const at = shell.lastIndexOf('</');
  return [shell.slice(0, at), shell.slice(at)];
}

/** The tags of `focus`'s ancestors below the body: all their opening tags, then all their closing ones. */
function ancestorTags(body: Element, focus: Element): [open: string, close: string] {
  let open = '';
  let close = '';
  for (let el = focus.parentElement; el && el !== body; el = el.parentElement) {
    const [start, end] = tagsOf(el);
    open = start + open;
    close += end;
  }
  return [open, close];
}

/**
 * The page as the engine reads it, in pieces: its current DOM, scripts' changes included, as HTML,
 * reduced to the article's region when there is one (the engine then parses and walks a fraction of
 * the page). Returns the element whose text holds the article. Each piece is a step: the page may get
 * a turn between two of them (a change it makes meanwhile is a change the page watcher sees, and
 * analyses again).
 */
// Between the pieces, where the text root's HTML starts and ends.
const TEXT_START = Symbol('text root starts');
const TEXT_END = Symbol('text root ends');
type Piece = string | typeof TEXT_START | typeof TEXT_END;

function* pagePieces(doc: Document, maxDescendants: number): Generator<Piece, Element | null> {
  const root = doc.documentElement;
  if (!doc.head || !doc.body) {
    yield `<!DOCTYPE html>${root.outerHTML}`;
    return doc.body;
  }
  const focus = findArticleFocus(doc);
  const carry: FocusCarry | null = focus ? carriedOutsideByQuery(doc, focus) : null;
  // The <html> element's own attributes (lang, dir) matter: its tags carry them.
  const [htmlOpen, htmlClose] = tagsOf(root);
  const head = Array.from(doc.head.children, (el) => (el.matches(UNREAD_HEAD_ELEMENTS) ? '' : el.outerHTML)).join('');
  const metadata = carry ? carry.metadata.map((el) => el.outerHTML).join('') : '';
  yield `<!DOCTYPE html>${htmlOpen}<head>${head}${metadata}</head>`;
  if (!focus || !carry) {
    yield TEXT_START;
    yield* elementPieces(doc.body, maxDescendants, emptiedUnder(doc.body));
    yield TEXT_END;
  } else {
    // As src/extract/focus.ts `focusedBodyHtml`: the focus inside its ancestors' shells, the carried
    // byline before them, all in the body's shell.
    const [bodyOpen, bodyClose] = tagsOf(doc.body);
    const [ancestorsOpen, ancestorsClose] = ancestorTags(doc.body, focus);
    yield bodyOpen + (carry.byline?.outerHTML ?? '') + ancestorsOpen;
    yield TEXT_START;
    yield* elementPieces(focus, maxDescendants, emptiedUnder(focus));
    yield TEXT_END;
    yield ancestorsClose + bodyClose;
  }
  yield htmlClose;
  return focus ?? doc.body;
}

/** The page as the engine reads it, serialised at once (the benchmark's engine at rest, the tests). */
export function serializePage(doc: Document, maxDescendants = WHOLE_ELEMENT_MAX_DESCENDANTS): SerializedPage {
  const steps = preparePageSteps(doc, { maxDescendants });
  for (;;) {
    const step = steps.next();
    if (step.done) return { html: step.value.html, textRoot: step.value.textRoot, textSpan: step.value.textSpan };
  }
}

/**
 * The page as it is sent: serialised a piece at a time, a step after each piece (see slices.ts
 * `runInSlices`), so that no step holds the reader's main thread for long however long the article.
 */
export function* preparePageSteps(doc: Document, { maxDescendants = WHOLE_ELEMENT_MAX_DESCENDANTS } = {}): Generator<void, PreparedPage> {
  const pieces = pagePieces(doc, maxDescendants);
  const html: string[] = [];
  let serializedChars = 0;
  let textStart = -1;
  let textEnd = -1;
  for (let step = pieces.next(); ; step = pieces.next()) {
    if (step.done) {
      const textSpan: [number, number] | null = textStart >= 0 && textEnd >= textStart ? [textStart, textEnd] : null;
      return { html: html.join(''), textRoot: step.value, textSpan, serializedChars };
    }
    const piece = step.value;
    if (piece === TEXT_START) textStart = serializedChars;
    else if (piece === TEXT_END) textEnd = serializedChars;
    else {
      html.push(piece);
      serializedChars += piece.length;
      yield;
    }
  }
}
