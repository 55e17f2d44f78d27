// A named source's own hedge (SOURCING.md, Fine points): agentless words inside what a named source
// is reported to say are its words, not a second, unnamed source, so "the weakest wins" does not
// apply to them.
//
//   "West Mercia police said the tablets were believed to contain ..."        named
//   "... are thought to contribute, according to the Department of Conservation" named
//   "GateHouse reportedly laid off ..."                           vague: the hedge is on the telling
//   "The EU has called for sanctions, but there is growing debate ..."  vague: a clause of its own

import type { FoundAttribution } from './attributions';

// A clause of its own, with its own (unnamed) source: "The EU has called for sanctions, but there is
// growing debate over ...", "Trump has claimed victory as the House concluded its hearings on him for
// allegedly abusing his office", "The company confirmed the spin-off, which will reportedly focus on".
const NEW_CLAUSE = /[;:]|,\s*(?:but|while|whereas|although|though|yet|and|which|who|whose)\b|\s(?:but|while|whereas|as|when|after|before|because|since|until)\s/i;

const REPORTING = /^(?:say|says|said|tell|tells|told|add|adds|added|state|states|stated|explain|explains|explained|write|writes|wrote|note|notes|noted|report|reports|reported|confirm|confirms|confirmed)$/i;

/**
 * True when agentless words are a named source's own hedge, inside what it is reported to say rather
 * than a second, unnamed source: "West Mercia police said the tablets were believed to contain ...",
 * "... are thought to contribute, according to the Department of Conservation". Not "GateHouse
 * reportedly laid off": the hedge is on the telling.
 */
export function isHedgeOf(masked: string, attribution: FoundAttribution, hedge: string): boolean {
  // Only a verb that passes on what the source says: "Volker disputed the notion that he was part of
  // what's been portrayed as an irregular channel" argues against someone else's hedge.
  if (attribution.how !== 'according-to' && !REPORTING.test(attribution.cue)) return false;
  const hedgeAt = masked.indexOf(hedge);
  const cueAt = masked.indexOf(attribution.cue);
  if (hedgeAt < 0 || cueAt < 0) return false;
  const between = attribution.how === 'according-to' ? masked.slice(hedgeAt + hedge.length, cueAt) : masked.slice(cueAt + attribution.cue.length, hedgeAt);
  const inside = attribution.how === 'according-to' ? hedgeAt < cueAt : hedgeAt > cueAt;
  return inside && !NEW_CLAUSE.test(between);
}


/**
 * True when the "agentless" words are the attribution's own verb, with its subject before it: "in
 * what host Tom Bergeron described as the hardest verdict" has an agent; "a country described as" has none.
 */
export function isOwnVerb(masked: string, attribution: FoundAttribution, hedge: string): boolean {
  if (attribution.how !== 'verb' || !/\sas$/.test(hedge) || !hedge.startsWith(`${attribution.cue} `)) return false;
  return masked.indexOf(hedge) === masked.indexOf(`${attribution.cue} `);
}
