import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseHtml } from '../../../src/cli/dom';
import type { Block } from '../../../src/types';
import { elementToBlocks } from '../../../src/extract/blocks';

export const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

export function page(html: string, url = 'https://news.example/2025/03/story'): Document {
  return parseHtml(html, url);
}

/** A detached article root made from an HTML snippet, as Readability would hand it over. */
export function root(html: string): Element {
  const doc = new JSDOM(`<!DOCTYPE html><body><div id="root">${html}</div></body>`, { url: 'https://news.example/a' }).window.document;
  return doc.getElementById('root')!;
}

export function blocks(html: string): Block[] {
  return elementToBlocks(root(html));
}

/** One block of plain text (no links), for the text rules. */
export function para(text: string, kind: Block['kind'] = 'paragraph'): Block {
  return { kind, text, links: [] };
}
