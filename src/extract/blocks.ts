import type { Block, BlockKind, InlineLink } from '../types';
import { isDroppedCode, isSpaceCode } from '../text/normalize';

// Elements that start a new block of text. Everything else is inline and joins the current block.
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL',
]);

// Elements whose text is never article prose.
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH',
]);

function kindOf(element: Element | null): BlockKind {
  let inQuote = false;
  for (let el = element; el; el = el.parentElement) {
    switch (el.tagName) {
      case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6':
        return 'heading';
      case 'LI': case 'DD': case 'DT':
        return inQuote ? 'blockquote' : 'list-item';
      case 'PRE':
        return 'preformatted';
      case 'BLOCKQUOTE':
        inQuote = true;
        break;
    }
  }
  return inQuote ? 'blockquote' : 'paragraph';
}

/**
 * Accumulates one block's text with white space collapsed, keeping link offsets exact. The text is
 * kept as runs between spaces, joined once per block: adding it a character at a time made one string
 * per character (V8 joins two strings by pointing at both), 38 MB of garbage for the benchmark's 1 MB
 * article, the largest part of the engine's peak memory on it.
 */
class BlockBuilder {
  private runs: string[] = [];
  private length = 0;
  /** Links by their offsets; their text is read from the block's once it is joined. */
  private links: Omit<InlineLink, 'text'>[] = [];
  private pendingSpace = false;
  kind: BlockKind = 'paragraph';

  append(raw: string): void {
    let from = 0;
    for (let i = 0; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      const space = isSpaceCode(code);
      if (!space && !isDroppedCode(code)) continue;
      this.addRun(raw, from, i);
      from = i + 1;
      if (space) this.pendingSpace = this.length > 0;
    }
    this.addRun(raw, from, raw.length);
  }

  /** `raw` from `from` to `to`: characters kept as they are, after the space pending before them. */
  private addRun(raw: string, from: number, to: number): void {
    if (to <= from) return;
    if (this.pendingSpace) {
      this.runs.push(' ');
      this.length++;
    }
    this.pendingSpace = false;
    this.runs.push(from === 0 && to === raw.length ? raw : raw.slice(from, to));
    this.length += to - from;
  }

  /** Offset where the next non-space character will land. */
  position(): number {
    return this.length + (this.pendingSpace ? 1 : 0);
  }

  addLink(href: string, start: number): void {
    const end = this.length;
    if (end > start) this.links.push({ href, start, end });
  }

  take(): Block | null {
    const text = this.runs.join('');
    const block = text ? { kind: this.kind, text, links: this.links.map(({ href, start, end }) => ({ href, text: text.slice(start, end), start, end })) } : null;
    this.runs = [];
    this.length = 0;
    this.links = [];
    this.pendingSpace = false;
    return block;
  }
}

/**
 * A link's address as `a.href` gives it in a browser: resolved against the document's base. Computed
 * rather than read from `.href`, which not every DOM implements the same way (linkedom, the command
 * line's, percent-encodes the attribute a second time instead of parsing it).
 */
function absoluteHref(raw: string, base: string | undefined): string {
  try {
    return new URL(raw.trim(), base).href;
  } catch {
    return raw;
  }
}

/**
 * Splits an article element into blocks of normalised text in reading order, with the links inside
 * each block. Blocks are the unit of carry-over (a paragraph) and of the "blank line between blocks"
 * article text. `pageUrl` resolves relative links when the document does not know its address.
 */
export function elementToBlocks(root: Element, pageUrl?: string, knownBase?: string): Block[] {
  const blocks: Block[] = [];
  // A copy of a document made by linkedom forgets its address: the page's own is the fallback.
  // `knownBase` spares a caller converting many elements the lookup (linkedom's baseURI searches the document).
  const base = knownBase || root.ownerDocument?.baseURI || pageUrl || undefined;
  const builder = new BlockBuilder();
  const flush = () => {
    const block = builder.take();
    if (block) blocks.push(block);
  };

  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      if (builder.position() === 0 && !node.nodeValue?.trim()) return;
      if (builder.position() === 0) builder.kind = kindOf(node.parentElement);
      builder.append(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIPPED_TAGS.has(el.tagName) || el.hasAttribute('hidden')) return;
    const isBlock = BLOCK_TAGS.has(el.tagName);
    if (isBlock) flush();
    if (el.tagName === 'A' && el.getAttribute('href')) {
      const start = builder.position();
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
      builder.addLink(absoluteHref(el.getAttribute('href')!, base), start);
    } else {
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    }
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** The article text as the contract gives it: blocks separated by a blank line. */
export function blocksToText(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
