import type { Boilerplate, BoilerplateKind } from '../types';
import { collapseWhitespace } from '../text/normalize';

// Related-content furniture that Readability leaves inside the article. Each rule says what kind of
// boilerplate it finds, so the report can show the reader what was removed and why. Rules look at
// generic class/id words and at text, never at one site's markup.

interface Rule {
  kind: BoilerplateKind;
  /** Matched against the element's class and id, split into words. */
  attr?: RegExp;
  /** Matched against the element's whole text (collapsed), for short elements only. */
  text?: RegExp;
}

const RULES: Rule[] = [
  { kind: 'related', attr: /^(related|read-?more|more-?stories|recommended|trending|post-card|also-?read|more-?from|next-?prev|post-next-prev|td-post-next-prev|post-navigation|nav-links|read-?next|you-?may-?like|popular)$/i },
  { kind: 'related', text: /^(read more|related( articles| stories| posts)?|more stories|recommended( for you)?|you may also like|trending( now)?|previous article|next article|load more)\b/i },
  { kind: 'share', attr: /^(share|sharing|share-?bar|social|social-?share|share-?buttons|sharedaddy)$/i },
  { kind: 'share', text: /^share (this|on)\b/i },
  { kind: 'newsletter', attr: /^(newsletter|subscribe|subscription|signup|sign-?up)$/i },
  { kind: 'newsletter', text: /^(sign up|subscribe)\b.*\b(newsletter|inbox|email)\b/i },
  { kind: 'comments', attr: /^(comments?|comment-?form|respond|disqus)$/i },
  { kind: 'comments', text: /^(leave a (comment|reply)|\d+ comments?|comments)\b/i },
  { kind: 'tags', attr: /^(tags?|tag-?list|post-?tags|entry-?tags|topics)$/i },
  { kind: 'tags', text: /^(tags|topics|filed under)\s*:/i },
  { kind: 'teaser', text: /^\[?(read|see|watch|related|more|also read)\s*:.{0,200}\]?$/i },
  { kind: 'advertisement', attr: /^(ad|ads|advert|advertisement|ad-?slot|sponsored)$/i },
  { kind: 'caption', attr: /^(credit|image-?credit|photo-?credit)$/i },
];

// Text rules only fire on short elements: a long paragraph that happens to start with "Share" is prose.
const MAX_TEXT_RULE_LENGTH = 200;

function attrWords(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.split(/\s+/).filter(Boolean);
}

function matchRule(el: Element): Rule | undefined {
  const words = attrWords(el);
  let text: string | undefined;
  for (const rule of RULES) {
    if (rule.attr && words.some((w) => rule.attr!.test(w))) return rule;
    if (rule.text) {
      text ??= collapseWhitespace(el.textContent ?? '');
      if (text.length <= MAX_TEXT_RULE_LENGTH && rule.text.test(text)) return rule;
    }
  }
  return undefined;
}

/** Elements that can hold boilerplate on their own (not inline runs inside a paragraph). */
const CANDIDATE_SELECTOR = 'div, section, aside, nav, ul, ol, p, footer, header, form, figure, span, figcaption';

/**
 * Removes boilerplate from an extracted article element, in place, and says what was removed.
 * The article root itself is never removed.
 */
export function stripBoilerplate(root: Element): Boilerplate[] {
  const removed: Boilerplate[] = [];
  for (const el of Array.from(root.querySelectorAll(CANDIDATE_SELECTOR))) {
    if (!root.contains(el)) continue; // already removed with an ancestor
    const rule = matchRule(el);
    if (!rule) continue;
    const text = collapseWhitespace(el.textContent ?? '');
    el.remove();
    if (text) removed.push({ kind: rule.kind, text });
  }
  return removed;
}
