import { browser } from 'wxt/browser';
import { isOwnSender, parseContentMessage, sendToBackground, type ContentMessage, type PageState } from '../lib/messages';
import { flash, hideHighlights, showHighlights } from '../lib/highlights';
import { loadSettings, TEST_FLAVOR, type Settings } from '../lib/settings';
import { spanToRange } from '../../src/anchor';
import { analyzePage, type PageAnalysis } from './analysis';
import { describeSentence, LEGEND_SHORTCUT, Overlay } from './overlay';
import { sentenceAtPoint, type Anchored } from './hit-test';
import { watchPage } from './watch';
import { PageStyles } from './page-styles';

const INSTANCE = Symbol.for('sourcelight.content');
type Marked = typeof globalThis & { [INSTANCE]?: boolean };

/**
 * Starts Sourcelight in a page, once: a second injection into the same page (the reader clicked
 * again) must not start a second copy. The mark lives in the extension's isolated world, which the
 * page's scripts cannot see. Returns whether it started (the injecting worker adds the highlight
 * stylesheet only then: lib/inject.ts).
 */
export function startPageSession(doc: Document): boolean {
  const marked = globalThis as Marked;
  if (marked[INSTANCE]) return false;
  marked[INSTANCE] = true;
  new PageSession(doc).start();
  return true;
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}

/** Everything Sourcelight does in one page: analysis, highlights, tooltip, legend, re-analysis. */
class PageSession {
  private state: PageState = { status: 'analyzing' };
  private pending: Promise<PageState> = Promise.resolve(this.state);
  private analysis: PageAnalysis | null = null;
  /** Flagged (and shown) sentences in document order, for hit-testing and previous/next. */
  private anchored: Anchored[] = [];
  private cursor = -1;
  private highlightsOn = true;
  private settings: Settings | null = null;
  private overlayBuilt: Overlay | null = null;
  private readonly styles = new PageStyles();
  private pointerFrame = 0;
  /** While a revealed sentence scrolls into view, scrolling must not hide its explanation. */
  private revealUntil = 0;
  private runs = 0;

  constructor(private readonly doc: Document) {}

  /**
   * Sourcelight's element, built when first needed: once the page has gone to the engine (see
   * startWatching), not before, where the reader's click would wait for it.
   */
  private get overlay(): Overlay {
    this.overlayBuilt ??= new Overlay(this.doc, {
      onPrevious: () => this.step(-1),
      onNext: () => this.step(1),
      onSetHighlights: (on) => this.setHighlights(on),
      onCloseLegend: () => this.render(),
    });
    return this.overlayBuilt;
  }

  start(): void {
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (!isOwnSender(sender)) return undefined;
      const message = parseContentMessage(raw);
      return message ? this.handle(message) : undefined;
    });
    this.doc.addEventListener('pointermove', this.onPointerMove, { passive: true });
    this.doc.addEventListener('scroll', () => performance.now() > this.revealUntil && this.overlayBuilt?.hideTooltip(), { passive: true, capture: true });
    this.doc.defaultView?.addEventListener('keydown', this.onKeyDown, { capture: true });
    // The options page changed which labels are highlighted: the page and the legend follow at once.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'sync' && 'settings' in changes) void this.applySettings();
    });
    this.pending = this.run();
  }

  private watching = false;

  /**
   * Starts watching the page for changes worth a new analysis, once. Called while the engine works on
   * the first analysis: taking the watcher's measure of the page (the body's text length) and building
   * the overlay then, instead of before the page is sent, keeps both out of the reader's wait.
   */
  private startWatching(): void {
    if (this.watching) return;
    this.watching = true;
    watchPage(this.doc, this.overlay.host, () => {
      this.pending = this.run();
    });
  }

  /** One analysis, from scratch. Never rejects: any failure becomes the 'error' state the reader sees. */
  private async run(): Promise<PageState> {
    try {
      return await this.analyze();
    } catch (error) {
      this.analysis = null;
      this.state = { status: 'error', message: error instanceof Error ? error.message : String(error) };
      this.render();
      this.markForTests();
      return this.state;
    }
  }

  private async analyze(): Promise<PageState> {
    const started = performance.now();
    this.state = { status: 'analyzing' };
    // The settings come over IPC while the engine runs; they are not needed until the end. Asking
    // for them is not free either (a fresh content script's first storage call costs ~6 ms in the
    // reader's click runs of `npm run bench`), so they are asked for once the page has been sent. (The
    // highlight stylesheet is already in the page: see lib/inject.ts and lib/auto-analysis.ts.)
    let settingsLoaded: Promise<Settings> | undefined;
    const { phases, ...outcome } = await analyzePage(this.doc, () => {
      settingsLoaded = loadSettings();
      this.startWatching();
    });
    // A first analysis that failed before the page was sent still watches for the page's changes.
    this.startWatching();
    this.settings = await (settingsLoaded ?? loadSettings());
    this.analysis = outcome.status === 'analyzed' ? outcome.analysis : null;
    this.state =
      outcome.status === 'analyzed'
        ? { status: 'analyzed', report: outcome.analysis.report, anchored: outcome.analysis.spans.filter(Boolean).length, highlightsOn: this.highlightsOn }
        : outcome;
    const renderStarted = performance.now();
    this.indexAnchoredSentences();
    const indexed = performance.now();
    this.render();
    const rendered = performance.now();
    // The test flavor exposes its state and timing to the tests and the benchmark; the production
    // build leaves no trace in the page's DOM (any site could read it and tell that its reader uses
    // Sourcelight). tests/e2e/no-fingerprint.test.ts checks the production build.
    this.markForTests();
    if (TEST_FLAVOR) {
      const root = this.doc.documentElement;
      root.setAttribute('data-sourcelight-ms', (performance.now() - started).toFixed(1));
      // The engine's own time in its page (parse and analysis), part of the run above, and the phases.
      if (phases) {
        root.setAttribute('data-sourcelight-engine-ms', phases.engine.toFixed(1));
        // The hit-test index and the highlights are main-thread work too.
        const all = { ...phases, index: indexed - renderStarted, render: rendered - indexed, mainThread: phases.mainThread + (rendered - renderStarted) };
        root.setAttribute('data-sourcelight-phases', JSON.stringify(all, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
      }
      root.setAttribute('data-sourcelight-runs', String(++this.runs));
    }
    const summary = this.state.status === 'analyzed' ? this.state.report.summary : null;
    await sendToBackground('sourcelight:analysis-done', { status: this.state.status, flagged: summary?.flagged ?? 0, grade: summary?.grade ?? '' }).catch(() => undefined);
    return this.state;
  }

  /** The test flavor's contract with the tests (DESIGN.md): the state of the last analysis on <html>. */
  private markForTests(): void {
    if (TEST_FLAVOR) this.doc.documentElement.setAttribute('data-sourcelight', this.state.status);
  }

  /** The sentences a reader can hover or step through: flagged (and shown) ones, in page order. */
  private indexAnchoredSentences(): void {
    this.anchored = [];
    this.cursor = -1;
    if (!this.analysis || !this.settings) return;
    const visible = this.settings.highlight;
    this.analysis.report.sentences.forEach((sentence, index) => {
      const span = this.analysis!.spans[index];
      if (span && sentence.label !== 'neutral' && visible[sentence.label]) this.anchored.push({ span, sentence: index });
    });
    // Already in document order, as the hit test's binary search needs: anchoring only ever searches
    // forward in the page text, which is the page's text nodes in document order (src/anchor.ts). No
    // sort, which on a 1 MB article cost ~45 ms of compareDocumentPosition calls.
  }

  private async applySettings(): Promise<void> {
    if (!this.analysis) return;
    this.settings = await loadSettings();
    this.indexAnchoredSentences();
    this.render();
  }

  /**
   * Highlights and legend as the analysis, the options and the reader's choices say. With the
   * highlights off the legend stays, collapsed to a "Show highlights" button (the way back); with the
   * legend closed too, or no article, Sourcelight's element leaves the page.
   */
  private render(): void {
    const { analysis, settings } = this;
    if (!analysis || !settings) {
      hideHighlights();
      this.overlay.hideTooltip();
      this.overlay.hideLegend();
      this.overlay.unmount();
      this.styles.want(false);
      return;
    }
    if (this.highlightsOn) {
      showHighlights(analysis.byLabel, settings.highlight);
    } else {
      hideHighlights();
      this.overlay.hideTooltip();
    }
    const { anonymous, vague, unsourced, named } = analysis.report.summary;
    this.overlay.showLegend({ anonymous, vague, unsourced, named }, settings.highlight, this.highlightsOn);
    if (this.highlightsOn || this.overlay.legendOpen) this.overlay.mount();
    else this.overlay.unmount();
    // The highlight stylesheet stays exactly as long as the element: with both gone a page can probe
    // nothing (tests/e2e/no-fingerprint.test.ts).
    this.styles.want(this.overlay.host.isConnected);
  }

  private setHighlights(on: boolean): boolean {
    this.highlightsOn = on;
    if (this.state.status === 'analyzed') this.state = { ...this.state, highlightsOn: on };
    this.render();
    return on;
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.anchored.length || !this.highlightsOn || this.pointerFrame) return;
    const { clientX: x, clientY: y } = event;
    // One hit test per frame at most, however fast the pointer moves.
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      const hit = sentenceAtPoint(this.doc, this.anchored, x, y);
      const sentence = hit && this.analysis?.report.sentences[hit.sentence];
      if (sentence) this.overlay.showTooltip(sentence, { x, y });
      else this.overlay.hideTooltip();
    });
  };

  /**
   * Keys, from the reader only (a page's synthetic events are ignored): the shortcut brings focus to
   * the legend; Escape closes the tooltip, or leaves the legend. Neither is taken from the page when
   * Sourcelight has nothing to do with it.
   */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!event.isTrusted || !this.analysis) return;
    const shortcut =
      event.code === LEGEND_SHORTCUT.code && event.altKey === LEGEND_SHORTCUT.altKey && event.shiftKey === LEGEND_SHORTCUT.shiftKey && !event.ctrlKey && !event.metaKey;
    // In a text field the combination types a character on some keyboards (macOS: Ò): it stays the page's.
    if (shortcut && !isEditable(event.target)) {
      event.preventDefault();
      event.stopPropagation();
      this.overlay.mount();
      this.overlay.focusLegend();
      this.render();
    } else if (event.key === 'Escape') {
      const inside = this.overlay.hasFocus();
      // Inside our own UI the page has no business with the key.
      if (this.overlay.escape() && inside) event.stopPropagation();
    }
  };

  /** Previous/next flagged sentence from the legend: scroll to it, flash it, explain it, say it. */
  private step(direction: 1 | -1): void {
    if (!this.anchored.length) {
      this.overlay.announce('No highlighted sentence to go to.');
      return;
    }
    this.cursor = (this.cursor + direction + this.anchored.length) % this.anchored.length;
    const index = this.anchored[this.cursor].sentence;
    const sentence = this.analysis?.report.sentences[index];
    const spoken = sentence && `${this.cursor + 1} of ${this.anchored.length}: “${sentence.text}” ${describeSentence(sentence)}`;
    this.reveal(index, spoken);
  }

  private reveal(index: number, spoken?: string): boolean {
    const span = this.analysis?.spans[index];
    const sentence = this.analysis?.report.sentences[index];
    if (!span || !sentence) return false;
    const range = spanToRange(span);
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.revealUntil = performance.now() + 1500;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    flash(range);
    // Explain it once the scroll has settled, from the sentence's first line.
    setTimeout(() => {
      // Below the whole sentence (or above it near the bottom edge), not over its second line.
      const whole = range.getBoundingClientRect();
      const rect = range.getClientRects()[0] ?? whole;
      this.overlay.showTooltip(sentence, { x: rect.left, y: rect.top, bottom: whole.bottom }, spoken);
    }, reduceMotion ? 0 : 450);
    return true;
  }

  private async handle(message: ContentMessage): Promise<unknown> {
    switch (message.type) {
      case 'sourcelight:get-state':
        // The state as it is now: the reader may have hidden the highlights since the analysis.
        return this.pending.then(() => this.state);
      case 'sourcelight:reanalyze':
        this.pending = this.run();
        return this.pending;
      case 'sourcelight:set-highlights':
        return { on: this.setHighlights(message.on) };
      case 'sourcelight:reveal':
        return { found: this.reveal(message.sentence) };
    }
  }
}
