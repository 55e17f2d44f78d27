import type { Block } from '../types';
import { elementToBlocks } from './blocks';
import { matchAttr } from './rules/attr-words';
import { matchElement } from './rules/elements';
import { linkDensity } from './rules/links';

// Paragraphs of the article that Readability leaves out.
//
// Readability keeps its best-scoring container and those of its siblings that score well enough. An
// article whose text is split over several containers (a paragraph after an embedded video or under a
// chart, a note in a box of its own, the paragraphs after an inline promo) loses the pieces that sit
// in a container scoring too low on its own. The page's paragraphs are the evidence: a paragraph of
// prose that lies between two paragraphs Readability kept, and shares a close container with one of
// them, is the article's, unless furniture (a figure, an aside, a box named "related" or
// "newsletter") or an <article> of its own (another story's teaser card) holds it.
//
// A quotation set apart (<blockquote>) is taken back whole, its closing line included: an embedded post
// ("Yes this is real: https://t.co/... — A. Writer (@writer) November 18, 2019") is the article quoting
// someone, but its text ends in a link or a signature rather than a sentence, so its paragraphs fail the
// prose test one by one and Readability, scoring their links, often drops them.
//
// Only the gaps are filled. What comes after the last kept paragraph is where comments, author boxes
// and "more articles" teasers are; what comes before the first is a standfirst at best, which the
// development corpus's truth leaves out (taking it back lowered F1 there, and helped nowhere).

/** Shorter than this is not prose to take back: captions, labels, buttons. */
const MIN_PROSE_CHARS = 80;
/** Prose ends a sentence. */
const ENDS_SENTENCE = /[.!?…:]["”’)\]]?$/;
/** A paragraph mostly of links is a teaser or a list of links, not the article's prose. */
const MAX_LINK_DENSITY = 0.3;
/** A quotation: at least this much text, ... */
const MIN_QUOTE_CHARS = 40;
/** ... at most this share of it in links (an embedded post links its address, a date, a picture). */
const MAX_QUOTE_LINK_DENSITY = 0.5;
/** ... and short: a long <blockquote> is a layout box, not a quotation. */
const MAX_QUOTE_CHARS = 1500;

/** A paragraph of the page, read before Readability changes the document. */
export interface PageParagraph {
  /** The element's tag name (P, LI, H2, ...). */
  tag: string;
  blocks: Block[];
  /** A paragraph or list item of prose: a sentence or more, few links. */
  prose: boolean;
  /** Inside furniture (a figure, an aside, a box named "related") or hidden. */
  furniture: boolean;
  /** Prose outside any furniture: may be taken back if Readability missed it. */
  recoverable: boolean;
  /** The paragraph and its ancestors up to the region's root, innermost first, as they were before Readability. */
  ancestors: Element[];
}

/** A paragraph taken back shares a container this close above it with a kept neighbour. */
const MAX_LEVELS_APART = 3;

/** A block of prose: a sentence or more, long enough, few links. */
export function isProseBlock(block: Block): boolean {
  return block.text.length >= MIN_PROSE_CHARS && ENDS_SENTENCE.test(block.text) && linkDensity(block) < MAX_LINK_DENSITY;
}

function isProse(blocks: Block[]): boolean {
  return blocks.length === 1 && isProseBlock(blocks[0]);
}

/** The blocks of a <blockquote> read as one quotation: some text, mostly not links, not too long. */
function isQuotation(blocks: Block[]): boolean {
  let chars = 0;
  let linked = 0;
  for (const b of blocks) {
    chars += b.text.length;
    linked += linkDensity(b) * b.text.length;
  }
  return chars >= MIN_QUOTE_CHARS && chars <= MAX_QUOTE_CHARS && linked / chars <= MAX_QUOTE_LINK_DENSITY;
}

// The page's text blocks: paragraphs, list items, headings, preformatted text. An element holding another
// of them (a list item made of paragraphs) is read through its inner ones.
const TEXT_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE']);
// Subtrees with no text a reader sees.
const NO_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO']);

function isFurniture(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || !!matchElement(el) || !!matchAttr(el);
}

/**
 * The text elements under `root` in document order, as blocks; read before Readability changes the
 * page. One walk over the tree (a selector query per element would be quadratic on deep pages).
 */
export function pageParagraphs(root: Element, url: string): PageParagraph[] {
  const paragraphs: PageParagraph[] = [];
  const path: Element[] = [];
  const base = root.ownerDocument?.baseURI || url;
  // Returns whether `parent`'s subtree holds a text element.
  const walk = (parent: Element, inFurniture: boolean): boolean => {
    let holdsText = false;
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (NO_TEXT_TAGS.has(el.tagName)) continue;
      const furniture = inFurniture || isFurniture(el);
      // A quotation with no quotation inside is one unit; one holding others is read through them.
      if (el.tagName === 'BLOCKQUOTE' && !el.querySelector('blockquote')) {
        holdsText = addQuotation(el, furniture) || holdsText;
        continue;
      }
      path.push(el);
      const inner = walk(el, furniture);
      path.pop();
      if (TEXT_TAGS.has(el.tagName)) {
        holdsText = true;
        // A leaf: its place among the other leaves is the same after its subtree as before it.
        if (!inner) addParagraph(el, furniture);
      }
      holdsText ||= inner;
    }
    return holdsText;
  };
  const addParagraph = (el: Element, furniture: boolean) => {
    const blocks = elementToBlocks(el, url, base);
    if (!blocks.length) return;
    const prose = (el.tagName === 'P' || el.tagName === 'LI') && isProse(blocks);
    const ancestors = [el, ...[...path].reverse()];
    paragraphs.push({ tag: el.tagName, blocks, prose, furniture, recoverable: prose && !furniture, ancestors });
  };
  // Returns whether the quotation had any text.
  const addQuotation = (el: Element, furniture: boolean): boolean => {
    const blocks = elementToBlocks(el, url, base);
    if (!blocks.length) return false;
    const quotation = isQuotation(blocks);
    // Kept by Readability, a quotation of prose anchors the gaps around it like a paragraph.
    const prose = quotation && blocks.some(isProseBlock);
    paragraphs.push({ tag: el.tagName, blocks, prose, furniture, recoverable: quotation && !furniture, ancestors: [el, ...[...path].reverse()] });
    return true;
  };
  walk(root, false);
  return paragraphs;
}

/**
 * Whether `missed` sits in the same part of the page as `kept`: a container at most MAX_LEVELS_APART
 * above it holds both, and no <article> of its own (another story's teaser card) lies in between.
 */
export function isNear(missed: PageParagraph, kept: PageParagraph): boolean {
  const keptAncestors = new Set(kept.ancestors);
  for (let level = 1; level <= MAX_LEVELS_APART && level < missed.ancestors.length; level++) {
    const container = missed.ancestors[level];
    if (keptAncestors.has(container)) return true;
    if (container.tagName === 'ARTICLE') return false;
  }
  return false;
}

/** Where each page paragraph landed in `blocks` (the index of its last block), or -1 where it is not there. */
export function landedIn(blocks: Block[], page: PageParagraph[]): number[] {
  const blockAt = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (!blockAt.has(b.text)) blockAt.set(b.text, i);
  });
  return page.map((p) => {
    const at = p.blocks.map((b) => blockAt.get(b.text) ?? -1);
    return at.every((i) => i >= 0) ? at[at.length - 1] : -1;
  });
}

/**
 * `blocks` (Readability's article as blocks) with the recoverable paragraphs of `page` it missed between
 * two it kept put back in their place.
 */
export function withMissedParagraphs(blocks: Block[], page: PageParagraph[]): Block[] {
  const landed = landedIn(blocks, page);
  // A unit of several blocks (a quotation) may have landed in part, the rest removed as furniture: it is
  // not missed, and putting it back would repeat what was kept.
  const present = new Set(blocks.map((b) => b.text));
  const partlyThere = (p: PageParagraph) => p.blocks.length > 1 && p.blocks.some((b) => present.has(b.text));
  // The gaps are between kept prose: a headline or a list of links Readability kept is no anchor.
  const kept = landed.flatMap((at, i) => (at >= 0 && page[i].prose ? [i] : []));
  if (kept.length === 0) return blocks;
  // Blocks to insert after block index k.
  const inserts = new Map<number, Block[]>();
  let previous = kept[0]; // the last kept prose paragraph before i
  let next = 1; // the index in `kept` of the next one after i
  let after = landed[kept[0]]; // the block a paragraph taken back at i goes after
  for (let i = kept[0] + 1; i < kept[kept.length - 1]; i++) {
    if (landed[i] >= 0) {
      after = landed[i];
      if (page[i].prose) {
        previous = i;
        next++;
      }
    } else if (page[i].recoverable && !partlyThere(page[i]) && (isNear(page[i], page[previous]) || isNear(page[i], page[kept[next]]))) {
      inserts.set(after, [...(inserts.get(after) ?? []), ...page[i].blocks]);
    }
  }
  if (inserts.size === 0) return blocks;
  const out: Block[] = [];
  blocks.forEach((b, k) => out.push(b, ...(inserts.get(k) ?? [])));
  return out;
}
