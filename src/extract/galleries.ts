// Photo galleries out of Readability's way.
//
// A gallery (a slideshow, carousel or slider of pictures) gives each picture a caption, often in a <p>.
// Twenty captions can outweigh the story the gallery illustrates, and Readability, which scores
// elements by the text of their paragraphs, then picks the gallery's list for the article: the
// boilerplate stripper removes the captions afterwards (they are captions by their class) and the page
// comes out nearly empty. So a gallery is taken out of the page before Readability scores it. It is
// found by its class or id words, which are generic words of web design; an <article>, <main> or
// <body>, or an element holding the page's headline, is never one (a photo story's own page).

import { attrWords } from './rules/attr-words';

const GALLERY_WORDS = /\b(slideshow|slide show|gallery|carousel|slider)\b/;
const NEVER_A_GALLERY = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);

/** `el` says by its class or id that it is a photo gallery, and is no article's own container. */
export function isGallery(el: Element): boolean {
  return !NEVER_A_GALLERY.has(el.tagName) && GALLERY_WORDS.test(attrWords(el)) && !el.querySelector('h1');
}

/** Removes the page's galleries, outermost first; returns how many went. */
export function removeGalleries(doc: Document): number {
  if (!doc.body) return 0;
  // Document order puts a gallery before what it holds. (Not `isConnected`: linkedom's is wrong in a
  // cloned document.)
  const removed: Element[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('[class], [id]'))) {
    if (!isGallery(el) || removed.some((outer) => outer.contains(el))) continue;
    el.remove();
    removed.push(el);
  }
  return removed.length;
}
