import { describe, expect, test, vi } from 'vitest';
import { renderState, type PopupState } from '../../../extension/popup/render-state';

// Every popup state that is not a report, rendered as the reader sees it.
describe('popup states', () => {
  test.each<[PopupState, string, string]>([
    [{ status: 'analyzing' }, 'Analysing the article…', 'status'],
    [{ status: 'no-article', kind: 'no-article', reason: 'No article found on this page.' }, 'No article found', 'status'],
    [{ status: 'no-article', kind: 'unsupported-language', reason: 'Language not supported yet (German).' }, 'Language not supported yet', 'status'],
    [{ status: 'no-article', kind: 'too-large', reason: 'This page is too large to analyse.' }, 'This page is too large', 'status'],
    [{ status: 'unsupported', reason: 'Browser pages cannot be analysed.' }, 'This page can’t be analysed', 'status'],
    [{ status: 'error', message: 'boom' }, 'Something went wrong', 'alert'],
  ])('%o', (state, title, role) => {
    const el = renderState(state, () => undefined);
    expect(el.querySelector('h1')?.textContent).toBe(title);
    expect(el.getAttribute('role')).toBe(role);
    expect(el.dataset.state).toBe(state.status);
  });

  test('the reason does not repeat the title', () => {
    const el = renderState({ status: 'no-article', kind: 'no-article', reason: 'No article found: this page is a login form.' });
    expect(el.querySelector('.state-detail')?.textContent).toBe('This page is a login form.');
  });

  test('the error state says what failed and offers to try again', () => {
    const retry = vi.fn();
    const el = renderState({ status: 'error', message: '<img src=x onerror=alert(1)>' }, retry);
    expect(el.querySelector('.state-detail')?.textContent).toBe('The analysis failed: <img src=x onerror=alert(1)>');
    expect(el.querySelector('img')).toBeNull();
    el.querySelector('button')!.click();
    expect(retry).toHaveBeenCalledOnce();
  });
});
