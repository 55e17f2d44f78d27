import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isSkipped, loadSettings, saveSettings } from '../../../extension/lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  test('defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('round-trips what was saved', async () => {
    const settings = { autoAnalyze: true, highlight: { anonymous: true, vague: false, unsourced: true, named: true }, skipSites: ['example.com'] };
    await saveSettings(settings);
    expect(await loadSettings()).toEqual(settings);
  });

  test('malformed stored values fall back field by field', async () => {
    await fakeBrowser.storage.sync.set({ settings: { autoAnalyze: 'yes', highlight: { vague: false, named: 3 }, skipSites: ['a.com', 7] } });
    const loaded = await loadSettings();
    expect(loaded.autoAnalyze).toBe(DEFAULT_SETTINGS.autoAnalyze);
    expect(loaded.highlight).toEqual({ ...DEFAULT_SETTINGS.highlight, vague: false });
    expect(loaded.skipSites).toEqual(['a.com']);
  });

  test('skipped sites cover their subdomains, not look-alikes', () => {
    expect(isSkipped('www.example.com', ['example.com'])).toBe(true);
    expect(isSkipped('news.example.com', ['example.com'])).toBe(true);
    expect(isSkipped('notexample.com', ['example.com'])).toBe(false);
    expect(isSkipped('example.com', [''])).toBe(false);
  });
});
