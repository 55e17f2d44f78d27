import { classifyBlocks } from '../../../src/attribution';
import type { Block, InlineLink, SentenceReport } from '../../../src/types';

/** Classifies paragraphs given as strings (or blocks), one block each. */
export function classify(...paragraphs: (string | Block)[]): SentenceReport[] {
  const blocks = paragraphs.map((p) => (typeof p === 'string' ? { kind: 'paragraph' as const, text: p, links: [] } : p));
  return classifyBlocks(blocks, { lang: 'en' });
}

export const label = (...paragraphs: (string | Block)[]) => classify(...paragraphs).map((s) => s.label);
export const one = (text: string) => classify(text)[0];

export function withLink(text: string, linked: string, href: string): Block {
  const start = text.indexOf(linked);
  const link: InlineLink = { href, text: linked, start, end: start + linked.length };
  return { kind: 'paragraph', text, links: [link] };
}
