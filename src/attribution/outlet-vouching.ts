// The outlet vouching for itself (SOURCING.md: "TMZ has learned", "we're told", "The Times has
// confirmed" are vague: they disclose no source). "Our sources say" is anonymous and is typed by
// the source-phrase rule.

import { mayMatch } from '../text/matches';

// Each pattern with the words one of which every match holds (its last word): asked first, as most
// sentences hold none (matches.ts, mayMatch).
const WORDS = new Map<RegExp, readonly string[]>();
function worded(pattern: RegExp, words: readonly string[]): RegExp {
  WORDS.set(pattern, words);
  return pattern;
}

const VOUCHING: RegExp[] = [
  worded(/\b(?:has|have)\s+(?:exclusively\s+)?learned\b/gi, ['learned']),
  worded(/\bwe(?:'|’)re\s+told\b|\bwe\s+(?:are|were|have been|'ve been|’ve been)\s+told\b/gi, ['told']),
  worded(
    /\b(?:[A-Z][\w.]*\s+){0,3}(?:Times|Post|Journal|News|Herald|Telegraph|Guardian|TMZ|CNN|BBC|Mail|Sun|Tribune|Chronicle|Gazette|Insider|Axios|Politico|Wire|Standard|Independent)\s+(?:has|have)\s+(?:independently\s+)?(?:confirmed|obtained|verified|established|seen|reviewed)\b/g,
    ['confirmed', 'obtained', 'verified', 'established', 'seen', 'reviewed'],
  ),
  worded(/\b(?:[A-Z][\w.]*\s+){0,3}(?:Times|Post|Journal|News|Herald|Telegraph|Guardian|TMZ|CNN|BBC|Mail|Sun|Tribune)\s+understands\b/g, ['understands']),
  worded(/\b(?:it|this)\s+(?:can\s+be|has\s+been)\s+(?:revealed|confirmed|disclosed)\b/gi, ['revealed', 'confirmed', 'disclosed']),
];

/** The self-vouching words in the (masked) sentence, or null. */
export function findOutletVouching(masked: string): string | null {
  for (const pattern of VOUCHING) {
    const words = WORDS.get(pattern);
    if (words && !mayMatch(pattern, masked, words)) continue;
    pattern.lastIndex = 0;
    const m = pattern.exec(masked);
    if (m) return m[0].trim();
  }
  return null;
}
