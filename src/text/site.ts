/** The site of an address, as a short name for it ("bbc.co.uk"): its host without "www."; "" when it is no absolute URL. */
export function siteOf(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
