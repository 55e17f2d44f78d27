import type { Block, LinkSummary } from '../types';
import { isFurnitureLink } from './furniture-links';
import { parseUrl, siteOf, siteOfUrl } from '../text/site';

/**
 * The links in the article body, de-duplicated; `external` when they leave the page's site, `furniture`
 * when they are the site's own (reprints, sharing, author and tag pages: furniture-links.ts).
 */
export function collectLinks(blocks: Block[], pageUrl: string): LinkSummary[] {
  const pageHost = siteOf(pageUrl);
  const seen = new Set<string>();
  const links: LinkSummary[] = [];
  for (const block of blocks) {
    for (const link of block.links) {
      if (!/^https?:/i.test(link.href) || seen.has(link.href)) continue;
      seen.add(link.href);
      // Parsed once for both questions.
      const url = parseUrl(link.href);
      const host = url ? siteOfUrl(url) : '';
      const summary: LinkSummary = { href: link.href, text: link.text, external: !!host && host !== pageHost };
      if (isFurnitureLink(link, pageUrl, pageHost, url)) summary.furniture = true;
      links.push(summary);
    }
  }
  return links;
}
