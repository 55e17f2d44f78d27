import { OVERLAY_CSS as overlayCss } from './overlay-styles';
import type { Label, SentenceReport } from '../../src/types';
import { TEST_FLAVOR } from '../lib/settings';
import type { HighlightedLabel } from '../lib/highlights';

// Sourcelight's only element in the page: one host with a closed shadow root holding the tooltip, the
// legend and a polite live region through which screen readers hear what the tooltip shows. Page text
// shown here is untrusted and only ever set through textContent.

export const LABEL_TITLES: Record<Exclude<Label, 'neutral'>, string> = {
  anonymous: 'Anonymous source',
  vague: 'Vague attribution',
  unsourced: 'Unsourced claim',
  named: 'Named source',
};

/** The in-page shortcut that moves focus to the legend (and opens it again after it was closed). */
export const LEGEND_SHORTCUT = { altKey: true, shiftKey: true, code: 'KeyL', label: 'Alt+Shift+L' } as const;

/** How many sentences of each label the report has; the legend shows those the reader highlights. */
export type LegendCounts = Record<HighlightedLabel, number>;

/** The labels in the order the legend lists them: the flagged ones first, named sources last. */
const LEGEND_ORDER: readonly HighlightedLabel[] = ['anonymous', 'vague', 'unsourced', 'named'];

export interface OverlayHandlers {
  onPrevious(): void;
  onNext(): void;
  /** The reader switched the highlights off (`false`) or on again (`true`) from the legend. */
  onSetHighlights(on: boolean): void;
  /** The reader closed the legend. */
  onCloseLegend(): void;
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

/** What the tooltip says, as one line for the live region. */
export function describeSentence(sentence: SentenceReport): string {
  if (sentence.label === 'neutral') return '';
  const parts: string[] = [`${LABEL_TITLES[sentence.label]}.`];
  if (sentence.source) parts.push(`Source: ${sentence.source}.`);
  parts.push(sentence.reason);
  return parts.join(' ');
}

export class Overlay {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly tooltip: HTMLElement;
  private readonly live: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly counts: HTMLElement;
  private readonly status: HTMLElement;
  private readonly shownControls: HTMLElement;
  private readonly hideButton: HTMLButtonElement;
  private readonly showButton: HTMLButtonElement;
  private legendDismissed = false;
  /** The sentence the tooltip explains, if it is shown. */
  private tooltipSentence: SentenceReport | null = null;
  /** Where focus was before the shortcut brought it to the legend: Escape and closing go back there. */
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly handlers: OverlayHandlers,
  ) {
    this.host = doc.createElement('sourcelight-ui');
    // Closed, so page scripts cannot read the explanations; open in the test flavor so tests can.
    this.shadow = this.host.attachShadow({ mode: TEST_FLAVOR ? 'open' : 'closed' });
    adoptStyles(this.shadow, doc);
    const root = el(doc, 'div', 'root');
    this.tooltip = el(doc, 'div', 'tooltip');
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.id = 'sourcelight-tooltip';
    this.tooltip.setAttribute('aria-hidden', 'true');
    // The tooltip explains a sentence of the page, which cannot point at it (aria-describedby does not
    // cross into a shadow root, and the page's DOM is not ours to change): what it shows is spoken here.
    this.live = el(doc, 'div', 'visually-hidden');
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('aria-atomic', 'true');

    this.legend = el(doc, 'div', 'legend');
    this.legend.setAttribute('role', 'region');
    this.legend.setAttribute('aria-label', 'Sourcelight highlights');
    this.legend.setAttribute('aria-keyshortcuts', LEGEND_SHORTCUT.label);
    this.legend.tabIndex = -1;
    this.counts = el(doc, 'span', 'legend-counts');
    this.status = el(doc, 'span', 'legend-status', 'Highlights hidden');
    const button = (text: string, label: string, onClick: () => void, className = '') => {
      const b = el(doc, 'button', className, text);
      b.type = 'button';
      if (label !== text) b.setAttribute('aria-label', label);
      b.title = label;
      b.addEventListener('click', onClick);
      return b;
    };
    this.hideButton = button('Hide', 'Hide highlights', () => this.switchHighlights(false));
    this.showButton = button('Show highlights', 'Show highlights', () => this.switchHighlights(true));
    this.shownControls = el(doc, 'span', 'legend-controls');
    this.shownControls.append(
      this.counts,
      button('‹', 'Previous flagged sentence', handlers.onPrevious),
      button('›', 'Next flagged sentence', handlers.onNext),
      this.hideButton,
    );
    this.legend.append(
      el(doc, 'span', 'legend-title', 'Sourcelight'),
      this.shownControls,
      this.status,
      this.showButton,
      button('×', 'Close this legend', () => this.closeLegend(), 'close'),
    );
    root.append(this.tooltip, this.live, this.legend);
    this.shadow.append(root);
    this.legend.hidden = true;
  }

  /** Adds the host to the page (once); the only change Sourcelight makes to the page's DOM. */
  mount(): void {
    if (!this.host.isConnected) (this.doc.body ?? this.doc.documentElement).append(this.host);
  }

  unmount(): void {
    this.host.remove();
  }

  get legendOpen(): boolean {
    return !this.legendDismissed;
  }

  /**
   * The legend: counts of the labels the reader highlights (the options decide which), and either the
   * step and Hide buttons or, with the highlights off, a "Show highlights" button to undo Hide.
   */
  showLegend(counts: LegendCounts, visible: Record<HighlightedLabel, boolean>, highlightsOn: boolean): void {
    const shown = LEGEND_ORDER.filter((label) => visible[label]);
    this.counts.replaceChildren(
      ...shown.map((label) => {
        const item = el(this.doc, 'span', 'legend-item');
        item.dataset.label = label;
        item.append(el(this.doc, 'span', `dot dot-${label}`), `${counts[label]} ${label}`);
        return item;
      }),
    );
    if (!shown.length) this.counts.append(el(this.doc, 'span', 'legend-item', 'No label is highlighted (see the options)'));
    this.shownControls.hidden = !highlightsOn;
    this.status.hidden = highlightsOn;
    this.showButton.hidden = highlightsOn;
    this.legend.hidden = this.legendDismissed;
  }

  hideLegend(): void {
    this.legend.hidden = true;
  }

  /** The shortcut: opens the legend if it was closed and moves focus to it. */
  focusLegend(): void {
    this.legendDismissed = false;
    this.legend.hidden = false;
    if (!this.hasFocus()) this.returnFocus = this.doc.activeElement instanceof HTMLElement && this.doc.activeElement !== this.doc.body ? this.doc.activeElement : null;
    this.legend.focus();
  }

  /** True when focus is inside the overlay (the page sees only the host as its active element). */
  hasFocus(): boolean {
    return this.doc.activeElement === this.host;
  }

  /**
   * Escape: closes the tooltip if it is open; otherwise, with focus in the legend, gives focus back to
   * where the shortcut found it. Returns true if it did something.
   */
  escape(): boolean {
    if (this.tooltipVisible) {
      this.hideTooltip();
      return true;
    }
    if (this.hasFocus()) {
      this.giveFocusBack();
      return true;
    }
    return false;
  }

  private switchHighlights(on: boolean): void {
    const hadFocus = this.hasFocus();
    this.handlers.onSetHighlights(on);
    // The button pressed has just been hidden: focus goes to the one that undoes it.
    if (hadFocus) (on ? this.hideButton : this.showButton).focus();
    this.announce(on ? 'Highlights shown.' : 'Highlights hidden. Press Show highlights to bring them back.');
  }

  private closeLegend(): void {
    this.legendDismissed = true;
    this.legend.hidden = true;
    this.hideTooltip();
    if (this.hasFocus()) this.giveFocusBack();
    this.handlers.onCloseLegend();
  }

  private giveFocusBack(): void {
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
    else (this.shadow.activeElement as HTMLElement | null)?.blur();
  }

  /** Says `text` to screen readers, politely (after what they are reading). */
  announce(text: string): void {
    // The same text twice in a row would not be announced again: clear first, set on the next frame.
    this.live.textContent = '';
    const view = this.doc.defaultView;
    if (view) view.requestAnimationFrame(() => (this.live.textContent = text));
    else this.live.textContent = text;
  }

  get tooltipVisible(): boolean {
    return this.tooltipSentence !== null;
  }

  /**
   * Shows the explanation of one sentence next to a point or a rectangle on screen, and announces it:
   * `spoken` when given (stepping says which sentence), else what the tooltip says.
   */
  showTooltip(sentence: SentenceReport, at: { x: number; y: number; bottom?: number }, spoken?: string): void {
    if (sentence.label === 'neutral') return this.hideTooltip();
    const title = el(this.doc, 'div', 'tooltip-label');
    title.append(el(this.doc, 'span', `dot dot-${sentence.label}`), LABEL_TITLES[sentence.label]);
    const parts: HTMLElement[] = [title];
    if (sentence.source) parts.push(el(this.doc, 'div', 'tooltip-source', `Source: ${sentence.source}`));
    parts.push(el(this.doc, 'div', 'tooltip-reason', sentence.reason));
    const same = this.tooltipSentence === sentence;
    this.tooltip.replaceChildren(...parts);
    this.tooltipSentence = sentence;
    this.tooltip.classList.add('visible');
    this.tooltip.removeAttribute('aria-hidden');
    // Moving the pointer along one sentence is not a new explanation; stepping to a sentence always is.
    if (spoken !== undefined) this.announce(spoken);
    else if (!same) this.announce(describeSentence(sentence));
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
    this.tooltip.setAttribute('aria-hidden', 'true');
    this.tooltipSentence = null;
  }
}
