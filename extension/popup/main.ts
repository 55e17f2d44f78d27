import { browser } from 'wxt/browser';
import { getPageState, reanalyze, unsupportedReason } from '../lib/inject';
import type { PageState } from '../lib/messages';
import { failureState } from './failure';
import { renderReport } from './render-report';
import { renderState } from './render-state';

const app = document.getElementById('app')!;
const actions = document.getElementById('actions')!;

/** The tab the popup reports on: `?tabId=N` (tests open the popup as a tab) or the active tab. */
async function targetTab() {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return browser.tabs.get(Number(param));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function show(content: Node, state: string): void {
  app.replaceChildren(content);
  app.setAttribute('aria-busy', state === 'analyzing' ? 'true' : 'false');
  document.body.dataset.state = state;
}

async function render(tabId: number, state: PageState): Promise<void> {
  if (state.status === 'analyzed') {
    // The report's sections have h2 headings; the page's own heading, for screen readers' heading
    // navigation, is here (the other states' titles are h1 themselves).
    const heading = document.createElement('h1');
    heading.className = 'visually-hidden';
    heading.textContent = 'How this article is sourced';
    const content = document.createDocumentFragment();
    content.append(heading, renderReport(state, { tabId, actions, reanalyze: () => run(tabId, true) }));
    show(content, 'analyzed');
    performance.mark('sourcelight:summary-shown');
  } else {
    actions.replaceChildren();
    show(renderState(state, () => run(tabId, true)), state.status);
  }
}

async function run(tabId: number, again = false): Promise<void> {
  show(renderState({ status: 'analyzing' }), 'analyzing');
  let state: PageState;
  try {
    state = again ? await reanalyze(tabId) : await getPageState(tabId);
  } catch (error) {
    const failure = failureState(error);
    show(renderState(failure, () => run(tabId, true)), failure.status);
    return;
  }
  try {
    await render(tabId, state);
  } catch (error) {
    await render(tabId, { status: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

async function start(): Promise<void> {
  const tab = await targetTab().catch(() => undefined);
  const blocked = unsupportedReason(tab?.url);
  if (!tab?.id || blocked) {
    show(renderState({ status: 'unsupported', reason: blocked ?? 'No tab to analyse.' }), 'unsupported');
    return;
  }
  await run(tab.id);
}

void start();
