import type { Block, Boilerplate, BoilerplateKind } from '../types';
import { collapseWhitespace } from '../text/normalize';
import { BLOCK_TAGS } from './blocks';
import { matchAttr } from './rules/attr-words';
import { matchElement } from './rules/elements';
import { matchPhrase } from './rules/phrases';
import { isCaptionText } from './rules/captions';
import { hasDateSignal, isAuthorNote, isByline, isDateStamp, isPostMeta } from './rules/dateline';
import { isLinkOnly, isShouting, linkDensity } from './rules/links';
import { titleMatcher } from './rules/title';
import { collapsedTextLength } from '../page/text-length';

// What Readability leaves in that is not the article: related-content rails, share bars, newsletter
// boxes, comment prompts, bylines and dates, captions and credits, navigation. Two passes:
//
//  1. Elements (stripElements): tags that are never prose (figure, nav, header, aside, form) and
//     class/id words that name furniture (rules/attr-words.ts). Whole subtrees go at once.
//  2. Blocks (stripBlocks): the text of each paragraph, heading or list item, for furniture with no
//     telling markup: stock phrases, time stamps, credits, links to other stories.
//
// Every removal is reported with its kind, so the reader can see what was left out and why.

/**
 * An element holding more than this share of the article's text is not removed by a class word or a
 * tag: "entry-content-read-more" or <header> around a whole story are wrappers, not furniture.
 */
const MAX_ELEMENT_SHARE = 0.3;
/** ...unless it is small anyway. */
const ALWAYS_SMALL = 200;

/** Pass 1: removes furniture elements from the article root, in place. The root itself stays. */
export function stripElements(root: Element): Boilerplate[] {
  const removed: Boilerplate[] = [];
  // Counted, not copied: the root holds the whole article (megabytes of copies on a long one).
  const total = collapsedTextLength(root);
  const limit = Math.max(ALWAYS_SMALL, total * MAX_ELEMENT_SHARE);
  const gone = new Set<Element>();
  // A static list: walking jsdom's live getElementsByTagName('*') is quadratic in the page size.
  for (const el of Array.from(root.querySelectorAll('*'))) {
    // Skip what went with an removed ancestor (cheaper than root.contains on deep pages).
    if (gone.has(el.parentElement as Element)) {
      gone.add(el);
      continue;
    }
    if (!BLOCK_TAGS.has(el.tagName)) continue;
    const kind = matchElement(el) ?? matchAttr(el);
    if (!kind) continue;
    const text = collapseWhitespace(el.textContent ?? '');
    if (text.length > limit) continue;
    gone.add(el);
    el.remove();
    if (text) removed.push({ kind, text });
  }
  return removed;
}

export interface BlockContext {
  /** The article's title(s), to drop the headline repeated in the body. */
  titles: string[];
  /** The page's address: printed alone at the top of the body (a print header), it is not prose. */
  url?: string;
}

// Only the first blocks can be the repeated headline.
const TITLE_WINDOW = 6;
// After a "Related stories" heading, short or link-heavy blocks are its list.
const SECTION_ITEM_MAX = 200;

function bareAddress(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/[/#?]+$/, '');
}

function classify(block: Block, index: number, blocks: Block[], isTitle: (t: string) => boolean, url: string): BoilerplateKind | undefined {
  const text = block.text;
  if (index < TITLE_WINDOW && isTitle(text)) return 'title';
  if (url && /^https?:\/\/\S+$/i.test(text) && bareAddress(text) === url) return 'other';
  const phrase = matchPhrase(text);
  if (phrase) return phrase;
  // A heading over a teaser's blurb ("... Read more...") is the teaser's headline.
  const next = blocks[index + 1];
  if (block.kind === 'heading' && next && next.kind !== 'heading' && matchPhrase(next.text) === 'teaser') return 'teaser';
  if (isCaptionText(text)) return 'caption';
  if ((isDateStamp(text) && !inRun(blocks, index, hasDateSignal)) || isByline(text) || isAuthorNote(text) || isPostMeta(text)) return 'byline';
  if (isLinkOnly(block)) {
    const prev = blocks[index - 1];
    const next = blocks[index + 1];
    if (block.kind === 'list-item' || isShouting(text) || (prev && isLinkOnly(prev)) || (next && isLinkOnly(next))) {
      return 'related';
    }
  }
  // "TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAS": a shouted headline, mostly a link, between paragraphs
  if (isShouting(text) && text.length <= 200 && linkDensity(block) >= 0.5) return 'related';
  return undefined;
}

// A sentence of prose ends the section: "Thunder: Host the Lakers on Friday." is article, a bare
// headline link is not.
/**
 * True when `test` holds for a run of three or more blocks around `index`: one or two time stamps
 * head an article ("Published ...", "Updated ..."), a run of dated lines is a schedule or a timeline.
 */
function inRun(blocks: Block[], index: number, test: (text: string) => boolean): boolean {
  let n = 1;
  for (let i = index - 1; i >= 0 && n < 3 && test(blocks[i].text); i--) n++;
  for (let i = index + 1; i < blocks.length && n < 3 && test(blocks[i].text); i++) n++;
  return n >= 3;
}

function looksLikeSectionItem(block: Block): boolean {
  return linkDensity(block) >= 0.5 || (block.text.length <= SECTION_ITEM_MAX && !/[.!?]["”’)]?$/.test(block.text));
}

// A label "Tags", "Keywords" alone on its line (longer, "Tags: a, b, c", it holds the list itself).
const MAX_TAGS_LABEL = 20;

// A teaser in such a list is a linked headline and a blurb under it: the blurb may be a sentence or two.
const TEASER_BLURB_MAX = 300;

/**
 * Whether `block` continues the list a "Related stories" heading opened. A heading continues it only as
 * a teaser's linked headline (any other heading starts the article's next section); the block after
 * such a headline is its blurb.
 */
function continuesSection(block: Block, afterHeadline: boolean): boolean {
  if (block.kind === 'heading') return isLinkOnly(block);
  return looksLikeSectionItem(block) || (afterHeadline && block.text.length <= TEASER_BLURB_MAX);
}

/** Pass 2: drops furniture blocks; returns the blocks kept and what was removed. */
export function stripBlocks(blocks: Block[], context: BlockContext): { blocks: Block[]; removed: Boilerplate[] } {
  const isTitle = titleMatcher(...context.titles);
  const url = context.url ? bareAddress(context.url) : '';
  const kept: Block[] = [];
  const removed: Boilerplate[] = [];
  let section: BoilerplateKind | undefined;
  let afterHeadline = false;
  for (const [index, block] of blocks.entries()) {
    if (section && continuesSection(block, afterHeadline)) {
      removed.push({ kind: section, text: block.text });
      afterHeadline = block.kind === 'heading' || (isLinkOnly(block) && !afterHeadline);
      continue;
    }
    section = undefined;
    afterHeadline = false;
    const kind = classify(block, index, blocks, isTitle, url);
    if (!kind) {
      kept.push(block);
      continue;
    }
    removed.push({ kind, text: block.text });
    // "Related stories", "You may also like": what follows is the list it heads.
    if (kind === 'related' && (block.kind === 'heading' || block.text.length <= 60) && linkDensity(block) < 0.5) section = kind;
    // "Tags" alone on its line: the list of tags follows.
    if (kind === 'tags' && block.text.length <= MAX_TAGS_LABEL) section = kind;
  }
  return { blocks: kept, removed };
}
