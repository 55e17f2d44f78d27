// A link on a claim that points to its source makes it named (SOURCING.md, Links): another
// outlet's report, a document, data, the site's own earlier report of that fact. Links to tag and
// topic pages, author profiles, social profiles, in-page anchors or mail addresses source nothing.

import type { InlineLink } from '../types';
import { letterUnits } from '../text/letters';

const NOT_A_SOURCE = [
  /^(?!https?:)/i, // anchors, mailto:, javascript:
  /\/(?:tags?|topics?|topic|authors?|people|profiles?|person|category|categories|section|hashtag|search|newsletters?|subscribe|subscriptions|account|login|signup|video|videos|live)(?:\/|\?|$)/i,
  /[?&](?:inline=nyt-(?:per|org|geo|classifier))/i,
  /^https?:\/\/(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|tiktok|pinterest)\.com\/[^/]+\/?(?:\?.*)?$/i,
  /^https?:\/\/topics?\./i, // topic sub-sites ("topics.nytimes.com")
  /\/wp-admin\//i,
  // Pages about a thing rather than reports of a fact: a shop's product listing, a market quote, a
  // person's profile. A link on a product or a name takes the reader to the thing, not to the source
  // of what the sentence says about it. (Path words and parameters any site may use; no shop's or
  // site's own scheme is named here.)
  /\/(?:products?|shop|store|quotes?|players?|faculty|staff|bios?)(?:\/|\?|$)/i,
  // Shopping: affiliate parameters.
  /[?&](?:affid|aff_id|affiliate|affiliate_id)=/i,
];

/** True when the link's address can be a source: an article, a document or a data page. */
export function isSourceLink(href: string): boolean {
  if (NOT_A_SOURCE.some((re) => re.test(href))) {
    // A document file at a short path is still a document.
    return /\.(?:pdf|docx?|xlsx?|csv)(?:[?#]|$)/i.test(href) || /\/[^/]*\d[^/]*\/index\.html?$/.test(href);
  }
  try {
    const url = new URL(href);
    // A bare host or a section ("/world/newzealand", "/tech-enabled/") is a site, not a source;
    // an article has a date or id, a file name, a long slug, or a deep path.
    const segments = url.pathname.split('/').filter(Boolean);
    if (segments.length === 0) return false;
    const last = segments[segments.length - 1];
    return /\d/.test(url.pathname) || /\.\w{2,5}$/.test(last) || (last.match(/-/g) ?? []).length >= 3 || segments.length >= 3;
  } catch {
    return false;
  }
}

// Asked for every sentence of a block, of the whole block: the last block's count is kept, so a
// paragraph of many linked sentences is counted once, not once a sentence.
let lastBlock = '';
let lastBlockLetters = 0;
function blockLetterUnits(blockText: string): number {
  if (blockText !== lastBlock) {
    lastBlock = blockText;
    lastBlockLetters = letterUnits(blockText);
  }
  return lastBlockLetters;
}

export interface SourceLink {
  link: InlineLink;
}

/**
 * The link that sources a sentence spanning [start, end) of its block, if any. A link that is the
 * whole block ("Related: ...", "[Read: ...]") is a teaser to another story, not a source.
 */
export function findSourceLink(links: InlineLink[], blockText: string, start: number, end: number): InlineLink | null {
  for (const link of links) {
    if (link.end <= start || link.start >= end) continue;
    const blockLetters = blockLetterUnits(blockText);
    const linkLetters = letterUnits(link.text);
    if (blockLetters > 0 && linkLetters / blockLetters > 0.8) continue;
    if (isSourceLink(link.href)) return link;
  }
  return null;
}
