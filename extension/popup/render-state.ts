import { h } from './dom';
import type { PageState } from '../lib/messages';

export type PopupState = Exclude<PageState, { status: 'analyzed' }> | { status: 'unsupported'; reason: string };

const TITLES: Record<PopupState['status'], string> = {
  analyzing: 'Analysing the article…',
  'no-article': 'No article found',
  unsupported: 'This page can’t be analysed',
  error: 'Something went wrong',
};

const NO_REPORT_TITLES: Record<string, string> = {
  'no-article': 'No article found',
  'unsupported-language': 'Language not supported yet',
  'too-large': 'This page is too large',
};

/** "No article found: this page is a login form." under the title "No article found" reads twice. */
function withoutTitle(reason: string, title: string): string {
  if (!reason.startsWith(`${title}: `)) return reason;
  const rest = reason.slice(title.length + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Every popup state that is not a report: analysing, no article, unsupported page, error. */
export function renderState(state: PopupState, retry?: () => void): HTMLElement {
  const title = state.status === 'no-article' ? (NO_REPORT_TITLES[state.kind] ?? TITLES['no-article']) : TITLES[state.status];
  const detail =
    state.status === 'no-article' || state.status === 'unsupported'
      ? withoutTitle(state.reason, title)
      : state.status === 'error'
        ? `The analysis failed: ${state.message}`
        : '';
  return h(
    'section',
    { class: `state state-${state.status}`, 'data-state': state.status, role: state.status === 'error' ? 'alert' : 'status' },
    state.status === 'analyzing' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
    h('h1', { class: 'state-title' }, title),
    detail ? h('p', { class: 'state-detail' }, detail) : null,
    state.status === 'no-article' && state.kind === 'no-article'
      ? h('p', { class: 'state-hint' }, 'Sourcelight looks for one news article on the page. Home pages, search results and forms have none.')
      : null,
    state.status === 'error' && retry ? h('button', { class: 'button', type: 'button', onclick: retry }, 'Try again') : null,
  );
}
