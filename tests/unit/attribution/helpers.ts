import { classifyBlocks } from '../../../src/attribution';
import { NO_PLACE } from '../../../src/attribution/claim-model';
import { claimSignals, judgeClaim } from '../../../src/attribution/claims';
import type { Block, InlineLink, SentenceReport } from '../../../src/types';

/** Classifies paragraphs given as strings (or blocks), one block each. */
export function classify(...paragraphs: (string | Block)[]): SentenceReport[] {
  const blocks = paragraphs.map((p) => (typeof p === 'string' ? { kind: 'paragraph' as const, text: p, links: [] } : p));
  return classifyBlocks(blocks, { lang: 'en' });
}

export const label = (...paragraphs: (string | Block)[]) => classify(...paragraphs).map((s) => s.label);
export const one = (text: string) => classify(text)[0];

/** What the claim rules weigh against a sentence being a claim (claims.ts). */
export const evidenceAgainstClaim = (text: string) => claimSignals(text, false).flags.filter((f) => !['number', 'time', 'event', 'quoted'].includes(f));

/**
 * The claim rules' verdict on an unattributed sentence: where their evidence is too weak to decide
 * alone, the learned model decides in the product (claims.ts, claim-model.ts); a rule test checks the
 * rules' part, so this returns their own verdict, the sign of their score.
 */
export function rulesVerdict(text: string): string {
  const s = one(text);
  if (s.sourceType !== 'none') return s.label;
  let modelDecided = false;
  judgeClaim(text, false, NO_PLACE, () => (modelDecided = true));
  return modelDecided ? (claimSignals(text, false).score > 0 ? 'unsourced' : 'neutral') : s.label;
}

/** The sentence is attributed to no one (its claim verdict is another rule's business). */
export const unattributed = (s: SentenceReport) => s.sourceType === 'none' && (s.label === 'unsourced' || s.label === 'neutral');

export function withLink(text: string, linked: string, href: string): Block {
  const start = text.indexOf(linked);
  const link: InlineLink = { href, text: linked, start, end: start + linked.length };
  return { kind: 'paragraph', text, links: [link] };
}
