import { browser } from 'wxt/browser';
import { isOwnSender, parseContentMessage, sendToBackground, type ContentMessage, type PageState } from '../lib/messages';
import { flash, hideHighlights, showHighlights } from '../lib/highlights';
import { loadSettings, type Settings } from '../lib/settings';
import { analyzePage, type PageAnalysis } from './analysis';

// Injected on demand (toolbar click, context menu, shortcut) or registered at runtime for automatic
// analysis; never listed in the manifest, so it runs only where the reader asked for it.

const INSTANCE = Symbol.for('sourcelight.content');
type Marked = typeof globalThis & { [INSTANCE]?: boolean };

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    // A second injection into the same page (the reader clicked again) must not start a second copy.
    const marked = globalThis as Marked;
    if (marked[INSTANCE]) return;
    marked[INSTANCE] = true;

    let state: PageState = { status: 'analyzing' };
    let analysis: PageAnalysis | null = null;
    let highlightsOn = true;
    let settings: Settings | null = null;

    const applyHighlights = () => {
      if (!analysis || !settings || !highlightsOn) return hideHighlights();
      showHighlights(analysis.byLabel, settings.highlight);
    };

    const run = async (): Promise<PageState> => {
      state = { status: 'analyzing' };
      settings = await loadSettings();
      await sendToBackground('sourcelight:insert-css', {}).catch(() => undefined);
      const outcome = analyzePage(document);
      analysis = outcome.status === 'analyzed' ? outcome.analysis : null;
      if (outcome.status === 'analyzed') {
        const anchored = outcome.analysis.ranges.filter(Boolean).length;
        state = { status: 'analyzed', report: outcome.analysis.report, anchored, highlightsOn };
      } else {
        state = outcome;
      }
      applyHighlights();
      document.documentElement.setAttribute('data-sourcelight', state.status);
      const summary = state.status === 'analyzed' ? state.report.summary : null;
      await sendToBackground('sourcelight:analysis-done', {
        status: state.status,
        flagged: summary?.flagged ?? 0,
        grade: summary?.grade ?? '',
      }).catch(() => undefined);
      return state;
    };

    let pending: Promise<PageState> = run();

    const handle = async (message: ContentMessage): Promise<unknown> => {
      switch (message.type) {
        case 'sourcelight:get-state':
          return pending;
        case 'sourcelight:reanalyze':
          pending = run();
          return pending;
        case 'sourcelight:set-highlights':
          highlightsOn = message.on;
          if (state.status === 'analyzed') state = { ...state, highlightsOn };
          applyHighlights();
          return { on: highlightsOn };
        case 'sourcelight:reveal': {
          const range = analysis?.ranges[message.sentence];
          if (!range) return { found: false };
          const target = range.startContainer.parentElement;
          const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
          target?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
          flash(range);
          return { found: true };
        }
      }
    };

    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (!isOwnSender(sender)) return undefined;
      const message = parseContentMessage(raw);
      if (!message) return undefined;
      return handle(message);
    });
  },
});
