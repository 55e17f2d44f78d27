/** The site of an address, as a short name for it ("bbc.co.uk"): its host without "www."; "" when it is no absolute URL. */
export function siteOf(href: string): string {
  try {
    return siteOfUrl(new URL(href));
  } catch {
    return '';
  }
}

/** The same for an address already parsed: parsing is the costly part, so a caller holding one asks this. */
export function siteOfUrl(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}
