// Several attributions in one sentence: the weakest wins (SOURCING.md, Fine points), so the reader
// sees the weakest link. Anonymous is weaker than vague, vague weaker than named.

import type { SourceType } from '../types';

const STRENGTH: Record<Exclude<SourceType, 'none'>, number> = { anonymous: 0, vague: 1, named: 2 };

/** The weakest of the candidates (the first one among equals), or undefined when there are none. */
export function weakest<T extends { type: Exclude<SourceType, 'none'> }>(candidates: T[]): T | undefined {
  let best: T | undefined;
  for (const c of candidates) if (!best || STRENGTH[c.type] < STRENGTH[best.type]) best = c;
  return best;
}
