import type { InlineLink } from '../types';
import { parseUrl, siteOf, siteOfUrl } from '../text/site';

// Links that belong to the site's own furniture, not to the article's sources (issue 20): buying a
// reprint, subscribing, signing in, sharing, following, the author's page, tag and topic pages. They sit
// inside the article's blocks on many pages ("Order Reprints | Today's Paper | Subscribe", "More from
// Jane Doe", "Tags: economy"), and a reader shown them as "links to sources" is misled. Told by what the
// link says and where it goes, with words and address shapes common to publishing software, not by any
// site's name.

/** What such a link says: its whole text is one of these actions or places. */
const FURNITURE_TEXT =
  /^(order reprints?|reprints?( (&|and) permissions)?|permissions|subscribe( now| today| here)?|subscriptions?|sign ?(up|in)|log ?in|register|newsletters?|today'?s paper|share( this( article| story)?)?( on [\w ]+)?|tweet( this)?|email( this)?|print( this)?|follow( us)?( on [\w ]+)?|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|flipboard|comments?|view comments|leave a comment|contact us|advertise|privacy policy|terms( of (use|service))?|cookie (policy|settings)|about us|more from [\p{L} .'-]+|read more|see more|show more|home)$/iu;

/** Where such a link goes, on any site: share intents, mail, subscriptions, accounts, reprints, shops. */
const FURNITURE_ADDRESS: RegExp[] = [
  /^mailto:/i,
  /\/(share|sharer|sharer\.php|intent\/tweet|shareArticle|pin\/create)\b/i,
  /[?&](share|shareurl|u)=https?%3A/i,
  /\/(subscribe|subscriptions?|newsletters?|signup|sign-up|register|login|log-in|account|reprints?|permissions|licensing|store|shop)(\/|$|\?|#)/i,
];

/**
 * The author, tag, topic and section pages of the page's own site. On another site such an address
 * can be a reference (an encyclopedia's "/topic/Ouroboros"): only the site's own are its furniture.
 */
const OWN_SITE_FURNITURE: RegExp[] = [
  /\/(authors?|by|people|staff|profiles?|contributors?|writers?|columnists)\/[^/?#]+\/?$/i,
  /\/(tags?|topics?|keywords?|subjects?|category|categories)\/[^?#]*$/i,
];

const hostOf = siteOf;

/** The same site: one host, or one a subdomain of the other ("edition.cnn.com", "cnn.com"). */
function sameSite(a: string, b: string): boolean {
  return !!a && !!b && (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`));
}

/**
 * `pageUrl`: the article's address; without it, author and tag pages count as the site's own.
 * `pageHost`: its site, when the caller asks of many links (the page's address is parsed once).
 * `url`: the link's address parsed (parseUrl), when the caller has parsed it already.
 */
export function isFurnitureLink(link: Pick<InlineLink, 'href' | 'text'>, pageUrl = '', pageHost?: string, url: URL | null = parseUrl(link.href)): boolean {
  const text = link.text.replace(/\s+/g, ' ').trim().replace(/[.:»›→]+$/, '').trim();
  if (FURNITURE_TEXT.test(text)) return true;
  // A relative or broken address is read as written.
  const address = url && url.protocol !== 'mailto:' ? `${url.pathname}${url.search}` : link.href;
  if (FURNITURE_ADDRESS.some((re) => re.test(address))) return true;
  const own = !pageUrl || sameSite(url ? siteOfUrl(url) : '', pageHost ?? hostOf(pageUrl));
  return own && OWN_SITE_FURNITURE.some((re) => re.test(address));
}
