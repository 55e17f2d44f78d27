// Synthetic long articles built from a seed page: the article body's paragraphs repeated N times inside
// the same article element, the rest of the page (header, related teasers, sidebar, footer) unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../src/cli/dom';
import { ROOT } from './corpus';

export const SEED = join(ROOT, 'tests/fixtures/kursk-pushback.html');
export const SEED_URL = 'https://asiabusinesswire.example/europe/russia-pushes-ukrainian-forces-back-in-kursk';

export interface BuiltArticle {
  html: string;
  /** How many times the body was repeated. */
  times: number;
  /** Characters of text in the repeated article body. */
  bodyChars: number;
}

/** The element holding the article's paragraphs: the one with the most <p> children. */
function articleBody(doc: Document): Element {
  let best: Element | null = null;
  let most = 0;
  for (const el of doc.body.querySelectorAll('*')) {
    const count = [...el.children].filter((c) => c.tagName === 'P').length;
    if (count > most) {
      most = count;
      best = el;
    }
  }
  if (!best) throw new Error('seed page has no paragraphs');
  return best;
}

/** The seed page with its article body repeated `times` times. */
export function repeatArticle(times: number, seedPath = SEED): BuiltArticle {
  const doc = parseHtml(readFileSync(seedPath, 'utf8'), SEED_URL);
  const body = articleBody(doc);
  const inner = body.innerHTML;
  const chars = (body.textContent ?? '').length;
  body.innerHTML = inner.repeat(times);
  const html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
  // jsdom's window holds its document until closed; linkedom (the CLI's DOM since issue 21) has no close.
  (doc.defaultView as unknown as { close?(): void } | null)?.close?.();
  return { html, times, bodyChars: chars * times };
}

/** A page whose article body has at least `chars` characters of text. */
export function articleOfSize(chars: number, seedPath = SEED): BuiltArticle {
  const one = repeatArticle(1, seedPath);
  return repeatArticle(Math.ceil(chars / one.bodyChars), seedPath);
}
