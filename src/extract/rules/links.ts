import type { Block } from '../../types';

// Link density: the share of a block's text that sits inside links. Readability uses it to drop whole
// containers; here it marks single blocks that are nothing but a link to another page, the shape of
// teaser lists, "more stories" rails and menus:
//
//   "'DANCING WITH THE STARS' CARRIE ANN INABA OPENS UP ABOUT SERIOUS HEALTH CONDITION"  (all one link)
//   "Who will make the Rock Hall in 2020?"  (one link, in a run of others)
//
// A single linked sentence inside prose is kept: the rule needs a run of such blocks, or a headline
// written in capitals, or a block in a list.

export function linkDensity(block: Block): number {
  if (!block.text) return 0;
  let linked = 0;
  for (const link of block.links) linked += link.end - link.start;
  return linked / block.text.length;
}

/** Mostly link text, and short enough to be a headline or a menu entry rather than a paragraph. */
export function isLinkOnly(block: Block): boolean {
  return block.text.length <= 160 && linkDensity(block) >= 0.9;
}

/** Written in capitals, like "CLICK HERE TO GET THE APP" or a shouted related headline. */
export function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
