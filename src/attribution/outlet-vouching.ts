// The outlet vouching for itself (SOURCING.md: "TMZ has learned", "we're told", "The Times has
// confirmed" are vague: they disclose no source). "Our sources say" is anonymous and is typed by
// the source-phrase rule.

import { AnyOf, mayMatch } from '../text/matches';

// Each pattern with its cue, the last words every match holds (same flags): asked first, as most
// sentences hold none (matches.ts, mayMatch).
const CUES = new Map<RegExp, RegExp>();
function cued(pattern: RegExp, cue: RegExp): RegExp {
  CUES.set(pattern, cue);
  return pattern;
}

const VOUCHING: RegExp[] = [
  cued(/\b(?:has|have)\s+(?:exclusively\s+)?learned\b/gi, /learned/i),
  cued(/\bwe(?:'|’)re\s+told\b|\bwe\s+(?:are|were|have been|'ve been|’ve been)\s+told\b/gi, /told/i),
  cued(
    /\b(?:[A-Z][\w.]*\s+){0,3}(?:Times|Post|Journal|News|Herald|Telegraph|Guardian|TMZ|CNN|BBC|Mail|Sun|Tribune|Chronicle|Gazette|Insider|Axios|Politico|Wire|Standard|Independent)\s+(?:has|have)\s+(?:independently\s+)?(?:confirmed|obtained|verified|established|seen|reviewed)\b/g,
    /confirmed|obtained|verified|established|seen|reviewed/,
  ),
  cued(/\b(?:[A-Z][\w.]*\s+){0,3}(?:Times|Post|Journal|News|Herald|Telegraph|Guardian|TMZ|CNN|BBC|Mail|Sun|Tribune)\s+understands\b/g, /understands/),
  cued(/\b(?:it|this)\s+(?:can\s+be|has\s+been)\s+(?:revealed|confirmed|disclosed)\b/gi, /revealed|confirmed|disclosed/i),
];

// One search of the five cues first: most sentences hold none of them (matches.ts).
const ANY_VOUCHING = new AnyOf(VOUCHING, CUES);

/** The self-vouching words in the (masked) sentence, or null. */
export function findOutletVouching(masked: string): string | null {
  const any = ANY_VOUCHING.mayMatch(masked);
  for (const pattern of VOUCHING) {
    if (!any && !ANY_VOUCHING.always.has(pattern)) continue;
    const cue = CUES.get(pattern);
    if (cue && !mayMatch(pattern, masked, cue)) continue;
    pattern.lastIndex = 0;
    const m = pattern.exec(masked);
    if (m) return m[0].trim();
  }
  return null;
}
