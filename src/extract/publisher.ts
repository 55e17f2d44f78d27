import type { PublisherSignal } from '../types';

// schema.org properties by which a publisher declares its editorial standards (Trust Project).
const SIGNAL_KEYS = [
  'publishingPrinciples',
  'correctionsPolicy',
  'unnamedSourcesPolicy',
  'ethicsPolicy',
  'masthead',
  'diversityPolicy',
  'verificationFactCheckingPolicy',
  'actionableFeedbackPolicy',
  'ownershipFundingInfo',
] as const;

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    return typeof v.url === 'string' ? v.url : typeof v['@id'] === 'string' ? v['@id'] : null;
  }
  return null;
}

function safeHttpUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href, base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Collects the publisher's declared trust policies from JSON-LD and microdata. */
export function findPublisherSignals(doc: Document, baseUrl: string): PublisherSignal[] {
  const found = new Map<string, string>();
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 6) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    for (const key of SIGNAL_KEYS) {
      const href = urlOf(obj[key]);
      const safe = href && safeHttpUrl(href, baseUrl);
      if (safe && !found.has(key)) found.set(key, safe);
    }
    for (const value of Object.values(obj)) if (value && typeof value === 'object') visit(value, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Malformed JSON-LD is common; it declares nothing we can use.
    }
  }
  // Microdata: one scan of the elements that have an itemprop (one selector per key would walk the
  // whole page nine times, which costs more than the rest of the extraction on a large page).
  if (found.size < SIGNAL_KEYS.length) {
    const wanted = new Set<string>(SIGNAL_KEYS.filter((key) => !found.has(key)));
    for (const el of Array.from(doc.querySelectorAll('[itemprop]'))) {
      for (const key of (el.getAttribute('itemprop') ?? '').split(/\s+/)) {
        if (!wanted.has(key)) continue;
        const href = el.getAttribute('href') ?? el.getAttribute('content');
        const safe = href && safeHttpUrl(href, baseUrl);
        if (safe) {
          found.set(key, safe);
          wanted.delete(key);
        }
      }
    }
  }
  return [...found].map(([kind, href]) => ({ kind, href }));
}
