import { describe, expect, test } from 'vitest';
import { failureState } from '../../../extension/popup/failure';
import { InjectionError } from '../../../extension/lib/inject';

// When the popup cannot get an analysis from the page: permanent ("can't be analysed") or worth a retry (error).
describe('failureState', () => {
  test('a tab showing the browser’s error page is an error the reader can retry', () => {
    const state = failureState(new InjectionError('Frame with ID 0 is showing error page'));
    expect(state.status).toBe('error');
    expect(state.status === 'error' && state.message).toMatch(/did not load.*Reload the page/);
  });

  test('a page the browser protects is not supported, with the browser’s reason', () => {
    const state = failureState(new InjectionError('Cannot access contents of the page.'));
    expect(state).toEqual({ status: 'unsupported', reason: 'The browser does not let extensions read this page (Cannot access contents of the page.).' });
  });

  test('a page that took the script but did not answer is an error', () => {
    const state = failureState(new Error('The message port closed before a response was received.'));
    expect(state).toEqual({ status: 'error', message: 'the page did not answer (The message port closed before a response was received.).' });
  });

  test('the error page wording only counts when injecting failed', () => {
    expect(failureState(new Error('Frame with ID 0 is showing error page'))).toEqual({ status: 'error', message: 'the page did not answer (Frame with ID 0 is showing error page).' });
  });
});
