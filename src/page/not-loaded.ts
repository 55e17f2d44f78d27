import type { Article } from '../types';
import { isCaptionText } from '../extract/rules/captions';
import { isAuthorNote } from '../extract/rules/dateline';
import { proseChars, MIN_PROSE_CHARS } from '../extract/no-article';

// A page whose article body had not loaded when it was read: a script fills it later (or a paywall
// never does), and until then the page shows placeholders: grey "skeleton" bars, a spinner, a
// "Loading…" line, an element marked aria-busy. What the extractor then finds is the furniture around
// the body: the photo's caption and the author's note. That is no article, and grading it would grade
// a caption.
//
// The markers are the generic ones of placeholder UIs, not any site's own class names: ARIA's
// aria-busy, and the words "skeleton", "shimmer", "placeholder" and "loading" as whole class tokens.

const PLACEHOLDER_CLASS = /(?:^|[\s_-])(skeleton|shimmer|placeholder|loading|loader)(?:$|[\s_-])/i;
const LOADING_TEXT = /^(loading|please wait|content is loading)\s*(…|\.{3})?$/i;

/** Placeholder elements in the page: marked busy, classed as a skeleton or a loader, or saying "Loading…". */
export function countPlaceholders(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let n = 0;
  // A static list: indexing jsdom's live HTMLCollection walks the tree again for every element.
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (el.tagName === 'IMG' || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') continue; // a placeholder image or field is not a body
    if (el.getAttribute('aria-busy') === 'true') n++;
    // textContent walks the subtree: read only for the few elements whose class says placeholder,
    // and for leaves (a lone "Loading…").
    else if (PLACEHOLDER_CLASS.test(el.getAttribute('class') ?? '') && (el.textContent ?? '').trim().length < 40) n++;
    else if (el.childElementCount === 0 && LOADING_TEXT.test((el.textContent ?? '').trim())) n++;
  }
  return n;
}

/** Three placeholder elements or more: a body waiting for its text, not one lazy image. */
export const MIN_PLACEHOLDERS = 3;

/** What of an article's furniture the page shows: a photo caption, the author's note. */
export interface Furniture {
  caption: boolean;
  authorNote: boolean;
}

export const NO_FURNITURE: Furniture = { caption: false, authorNote: false };

/** Whether the page has a photo caption and an author's note, read before extraction. */
export function findFurniture(doc: Document): Furniture {
  const caption = Array.from(doc.querySelectorAll('figcaption')).some((el) => (el.textContent ?? '').trim().length > 0);
  const authorNote = Array.from(doc.querySelectorAll('p')).some((el) => isAuthorNote((el.textContent ?? '').replace(/\s+/g, ' ').trim()));
  return { caption, authorNote };
}

/**
 * Why the page has no article because its body had not loaded, or undefined. `article` is what the
 * extractor found, when it found anything: blocks that are a caption or an author's note are not
 * article text. Without it (the extractor already found too little), the placeholders decide.
 */
export function notLoadedReason(placeholders: number, furniture: Furniture, article?: Article): string | undefined {
  if (placeholders < MIN_PLACEHOLDERS) return undefined;
  if (article) {
    const body = article.blocks.filter((b) => !isCaptionText(b.text) && !isAuthorNote(b.text));
    if (proseChars(body) >= MIN_PROSE_CHARS) return undefined;
  }
  const shown = furniture;
  const found = [shown.caption ? 'the caption' : '', shown.authorNote ? 'the author’s note' : ''].filter(Boolean);
  const what = found.length ? `only ${found.join(' and ')} ${found.length === 1 ? 'was' : 'were'} found` : 'only a few lines were found';
  return `${what}; the article’s text had not loaded (the page shows ${placeholders} placeholders where it should be)`;
}
