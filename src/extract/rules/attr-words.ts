import type { BoilerplateKind } from '../../types';

// Class and id words that name page furniture, the way Readability's REGEXPS name "unlikely
// candidates". An element's class and id are split into lower-case words ("relatedArticles",
// "td-post-next-prev", "share_bar" → "related articles", "td post next prev", "share bar") and each
// kind's pattern is matched against those words with word boundaries, so "shared" or "reshape" never
// count as "share", and "read more" needs both words. The first kind that matches wins, in this order.
//
// These are generic words of web design, not one site's names: every pattern must make sense on a
// site nobody has seen yet.

export interface AttrRule {
  kind: BoilerplateKind;
  words: RegExp;
}

// <div class="comments">, id="respond", "disqus_thread", "comment-form", "reply-title". Exported on its
// own for the article's focus (focus.ts), which the content script carries without the other rules.
export const COMMENTS_WORDS = /\b(comments?|comment form|respond|disqus( thread)?|reply title|discussion)\b/;

export const ATTR_RULES: AttrRule[] = [
  { kind: 'comments', words: COMMENTS_WORDS },
  // "share-bar", "social-links", "sharedaddy", "addtoany", "sharing-tools"
  { kind: 'share', words: /\b(share|shares|sharing|sharedaddy|addtoany|social|social links|social icons|follow us)\b/ },
  // "newsletter-signup", "subscribe-box", "email-signup"; not "subscriber-only" paywall text
  { kind: 'newsletter', words: /\b(newsletter|newsletters|subscribe|subscription|signup|sign up|email signup|optin|opt in)\b/ },
  // "related-posts", "read-more", "more-stories", "recommended", "trending", "jp-relatedposts",
  // "post-navigation", "next-prev", "outbrain", "taboola", "you-may-like", "popular-posts"
  {
    kind: 'related',
    words:
      /\b(related|relatedposts|read more|readmore|more stories|more articles|recommended|recommendations|trending|popular|most read|most popular|also read|read next|read also|up next|next prev|prev next|post navigation|nav links|more from|you may like|you might like|outbrain|taboola|rail|teaser|teasers|more on)\b/,
  },
  // "tags", "tag-list", "post-tags", "entry-tags", "topics", "keywords", "categories"
  { kind: 'tags', words: /\b(tags|tag list|tag links|post tags|entry tags|tagged|topics|keywords|post categories|cat links|tag cloud)\b/ },
  // "byline", "author", "author-bio", "dateline", "post-meta", "entry-meta", "timestamp", "published-date"
  {
    kind: 'byline',
    words:
      /\b(byline|bylines|author|authors|author bio|about author|author(bio|box|info|description|details|profile|card)|about ?(the ?)?author|dateline|writtenby|post meta|entry meta|article meta|meta|timestamp|published|pubdate|post date|entry date|article date|date|time|updated|reading time|read time)\b/,
  },
  // "caption", "wp-caption-text", "image-credit", "photo-credit", "credit", "media-caption"
  { kind: 'caption', words: /\b(caption|captions|credit|credits|image credit|photo credit|figcaption|gallery|slideshow|carousel)\b/ },
  // "ad", "ads", "advert", "advertisement", "ad-slot", "dfp", "sponsored", "promo"
  { kind: 'advertisement', words: /\b(ad|ads|advert|adverts|advertisement|advertising|ad slot|ad unit|ad container|adsense|dfp|sponsored|sponsor|promo|promotion)\b/ },
  // "breadcrumb", "breadcrumbs", "pagination", "skip-link", "menu", "site-nav", "navbar"
  { kind: 'navigation', words: /\b(breadcrumb|breadcrumbs|pagination|pager|skip link|skip to|menu|navbar|nav|site nav|navigation|toolbar)\b/ },
];

/** An element's class and id as space-separated lower-case words ("relatedArticles" → "related articles"). */
export function attrWords(el: Element): string {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (raw.length < 2) return '';
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// "social-media-embed", "embed-social", "embedded-post": a post from a social network embedded in the
// story, which quotes someone; "social" there names where the post comes from, not a share bar.
const EMBED_WORDS = /\b(embed|embeds|embedded)\b/;

export function matchAttr(el: Element): BoilerplateKind | undefined {
  const words = attrWords(el);
  if (!words) return undefined;
  for (const rule of ATTR_RULES) {
    if (!rule.words.test(words)) continue;
    if (rule.kind === 'share' && EMBED_WORDS.test(words)) return undefined;
    return rule.kind;
  }
  return undefined;
}
