import type { Block } from '../types';
import type { PageParagraph } from './missed';
import { linkDensity } from './rules/links';

// Other stories Readability kept beside the article.
//
// A page marks up one story per <article> element: the story itself, and often each teaser of
// "more stories" below it (a card with a headline and a blurb) and each comment. When Readability's
// container is wide enough to hold the story and such cards, it keeps the cards' blurbs too, and they
// read as prose. The page's markup, read before Readability ran (missed.ts), tells them apart: the
// story is the <article> holding most of the kept prose; another <article> from which Readability kept
// no more than a blurb (TEASER_MAX_CHARS of prose), under a headline that links elsewhere, is a teaser
// card, and what was kept of it goes. An <article> with more prose, or no linked headline, may be part
// of the story (some pages split one story over several): it stays. Text outside every <article> is
// left alone: nothing says whose it is.

/** The story must hold at least this share of the kept prose to tell the others apart. */
const MIN_STORY_SHARE = 0.6;
/** A teaser's blurb: at most this much prose. */
const TEASER_MAX_CHARS = 400;

function nearestArticle(p: PageParagraph): Element | null {
  // ancestors[0] is the text element itself.
  for (let k = 1; k < p.ancestors.length; k++) if (p.ancestors[k].tagName === 'ARTICLE') return p.ancestors[k];
  return null;
}

const textLength = (p: PageParagraph) => p.blocks.reduce((n, b) => n + b.text.length, 0);

/** `blocks` without what Readability kept from <article> elements other than the story's. */
export function withoutOtherStories(blocks: Block[], page: PageParagraph[]): Block[] {
  const blockAt = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (!blockAt.has(b.text)) blockAt.set(b.text, i);
  });
  const keptItems = page.filter((p) => p.blocks.every((b) => blockAt.has(b.text)));
  const proseBy = new Map<Element | null, number>();
  let total = 0;
  for (const p of keptItems) {
    if (!p.prose) continue;
    const article = nearestArticle(p);
    proseBy.set(article, (proseBy.get(article) ?? 0) + textLength(p));
    total += textLength(p);
  }
  if ([...proseBy.keys()].filter((a) => a).length < 2) return blocks;
  const [story, storyProse] = [...proseBy].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  if (storyProse < MIN_STORY_SHARE * total) return blocks;
  // An <article> around the story (a wrapper) is not another story. The tree as it was before
  // Readability moved things is in the snapshot's ancestor lists.
  const aroundStory = new Set(keptItems.find((p) => nearestArticle(p) === story)?.ancestors ?? []);
  const isTeaser = (article: Element) =>
    article !== story &&
    !aroundStory.has(article) &&
    (proseBy.get(article) ?? 0) <= TEASER_MAX_CHARS &&
    page.some((p) => p.tag.startsWith('H') && p.ancestors.includes(article) && p.blocks.some((b) => linkDensity(b) >= 0.9));
  const drop = new Set<number>();
  for (const p of keptItems) {
    const article = nearestArticle(p);
    if (article && isTeaser(article)) for (const b of p.blocks) drop.add(blockAt.get(b.text)!);
  }
  return drop.size ? blocks.filter((_, i) => !drop.has(i)) : blocks;
}
