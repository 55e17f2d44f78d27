/**
 * An absolute address parsed, or null for a relative, empty or broken one. The empty string, which
 * the URL parser always refuses, is answered without it: a refusal is a thrown error, and an article
 * analysed without its address asks this of "" on every analysis.
 */
export function parseUrl(href: string): URL | null {
  if (!href) return null;
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/** The site of an address, as a short name for it ("bbc.co.uk"): its host without "www."; "" when it is no absolute URL. */
export function siteOf(href: string): string {
  const url = parseUrl(href);
  return url ? siteOfUrl(url) : '';
}

/** The same for an address already parsed: parsing is the costly part, so a caller holding one asks this. */
export function siteOfUrl(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}
