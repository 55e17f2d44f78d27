import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isOwnSender, parseBackgroundMessage, parseContentMessage } from '../../../extension/lib/messages';
import { unsupportedReason } from '../../../extension/lib/inject';

describe('message validation', () => {
  test('accepts well-formed messages', () => {
    expect(parseContentMessage({ type: 'sourcelight:get-state' })).not.toBeNull();
    expect(parseContentMessage({ type: 'sourcelight:set-highlights', on: false })).not.toBeNull();
    expect(parseContentMessage({ type: 'sourcelight:reveal', sentence: 3 })).not.toBeNull();
    expect(parseBackgroundMessage({ type: 'sourcelight:analysis-done', flagged: 2, grade: 'C', status: 'analyzed' })).not.toBeNull();
    expect(parseBackgroundMessage({ type: 'sourcelight:highlight-styles', needed: false })).not.toBeNull();
  });

  test('rejects unknown types and malformed payloads', () => {
    for (const bad of [null, 'x', 42, {}, { type: 'other' }, { type: 'sourcelight:set-highlights', on: 'yes' }, { type: 'sourcelight:reveal', sentence: '1' }, { type: 'sourcelight:reveal', sentence: 1.5 }]) {
      expect(parseContentMessage(bad)).toBeNull();
    }
    expect(parseBackgroundMessage({ type: 'sourcelight:analysis-done', flagged: '2', grade: 'C', status: 'analyzed' })).toBeNull();
    expect(parseBackgroundMessage({ type: 'sourcelight:get-state' })).toBeNull();
    expect(parseBackgroundMessage({ type: 'sourcelight:highlight-styles', needed: 'no' })).toBeNull();
  });

  test('only this extension counts as its own sender', () => {
    expect(isOwnSender({ id: fakeBrowser.runtime.id })).toBe(true);
    expect(isOwnSender({ id: 'some-other-extension' })).toBe(false);
    expect(isOwnSender({})).toBe(false);
  });
});

describe('unsupportedReason', () => {
  test('web pages and local files are supported', () => {
    expect(unsupportedReason('https://news.example/story')).toBeNull();
    expect(unsupportedReason('file:///home/me/page.html')).toBeNull();
  });
  test('browser pages, stores and PDFs are not, with a reason', () => {
    expect(unsupportedReason('chrome://extensions')).toMatch(/Browser pages/);
    expect(unsupportedReason('https://chromewebstore.google.com/detail/x')).toMatch(/extension stores/);
    expect(unsupportedReason('https://support.mozilla.org/kb/x')).toMatch(/does not let extensions/);
    expect(unsupportedReason('https://example.com/report.pdf')).toMatch(/PDF/);
    expect(unsupportedReason(undefined)).toMatch(/protected pages/);
  });
});
