import { OVERLAY_CSS as overlayCss } from './overlay-styles';
import type { Label, SentenceReport } from '../../src/types';
import { TEST_FLAVOR } from '../lib/settings';

// Sourcelight's only element in the page: one host with a closed shadow root holding the tooltip and
// the legend. Page text shown here is untrusted and only ever set through textContent.

export const LABEL_TITLES: Record<Exclude<Label, 'neutral'>, string> = {
  anonymous: 'Anonymous source',
  vague: 'Vague attribution',
  unsourced: 'Unsourced claim',
  named: 'Named source',
};

export interface LegendCounts {
  anonymous: number;
  vague: number;
  unsourced: number;
}

export interface OverlayHandlers {
  onPrevious(): void;
  onNext(): void;
  onHideHighlights(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Styles go in through a constructable stylesheet: unlike a <style> element, a strict page CSP does not block it. */
function adoptStyles(shadow: ShadowRoot, doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(overlayCss);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = overlayCss;
    shadow.append(style);
  }
}

export class Overlay {
  readonly host: HTMLElement;
  private readonly tooltip: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly counts: HTMLElement;
  private legendDismissed = false;

  constructor(
    private readonly doc: Document,
    handlers: OverlayHandlers,
  ) {
    this.host = doc.createElement('sourcelight-ui');
    // Closed, so page scripts cannot read the explanations; open in the test flavor so tests can.
    const shadow = this.host.attachShadow({ mode: TEST_FLAVOR ? 'open' : 'closed' });
    adoptStyles(shadow, doc);
    const root = el(doc, 'div', 'root');
    this.tooltip = el(doc, 'div', 'tooltip');
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.id = 'sourcelight-tooltip';

    this.legend = el(doc, 'div', 'legend');
    this.legend.setAttribute('role', 'region');
    this.legend.setAttribute('aria-label', 'Sourcelight highlights');
    this.counts = el(doc, 'span', 'legend-counts');
    const button = (text: string, label: string, onClick: () => void, className = '') => {
      const b = el(doc, 'button', className, text);
      b.type = 'button';
      b.setAttribute('aria-label', label);
      b.title = label;
      b.addEventListener('click', onClick);
      return b;
    };
    this.legend.append(
      el(doc, 'span', 'legend-title', 'Sourcelight'),
      this.counts,
      button('‹', 'Previous flagged sentence', handlers.onPrevious),
      button('›', 'Next flagged sentence', handlers.onNext),
      button('Hide', 'Hide highlights', handlers.onHideHighlights),
      button('×', 'Close this legend', () => {
        this.legendDismissed = true;
        this.legend.hidden = true;
      }, 'close'),
    );
    root.append(this.tooltip, this.legend);
    shadow.append(root);
    this.legend.hidden = true;
  }

  /** Adds the host to the page (once); the only change Sourcelight makes to the page's DOM. */
  mount(): void {
    if (!this.host.isConnected) (this.doc.body ?? this.doc.documentElement).append(this.host);
  }

  unmount(): void {
    this.host.remove();
  }

  showLegend(counts: LegendCounts): void {
    this.counts.replaceChildren(
      ...(['anonymous', 'vague', 'unsourced'] as const).map((label) => {
        const item = el(this.doc, 'span', 'legend-item');
        item.append(el(this.doc, 'span', `dot dot-${label}`), `${counts[label]} ${label}`);
        return item;
      }),
    );
    this.legend.hidden = this.legendDismissed;
  }

  hideLegend(): void {
    this.legend.hidden = true;
  }

  /** Shows the explanation of one sentence next to a point or a rectangle on screen. */
  showTooltip(sentence: SentenceReport, at: { x: number; y: number; bottom?: number }): void {
    if (sentence.label === 'neutral') return this.hideTooltip();
    const title = el(this.doc, 'div', 'tooltip-label');
    title.append(el(this.doc, 'span', `dot dot-${sentence.label}`), LABEL_TITLES[sentence.label]);
    const parts: HTMLElement[] = [title];
    if (sentence.source) parts.push(el(this.doc, 'div', 'tooltip-source', `Source: ${sentence.source}`));
    parts.push(el(this.doc, 'div', 'tooltip-reason', sentence.reason));
    this.tooltip.replaceChildren(...parts);
    this.tooltip.classList.add('visible');
    // Keep the box on screen: below the point, or above it near the bottom edge.
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const box = this.tooltip.getBoundingClientRect();
    const left = Math.max(8, Math.min(at.x + 12, width - box.width - 8));
    const below = (at.bottom ?? at.y) + 14;
    const top = below + box.height > height - 8 ? Math.max(8, at.y - box.height - 10) : below;
    this.tooltip.style.setProperty('left', `${left}px`);
    this.tooltip.style.setProperty('top', `${top}px`);
  }

  hideTooltip(): void {
    this.tooltip.classList.remove('visible');
  }
}
