import { browser } from 'wxt/browser';
import { loadSettings, TEST_FLAVOR } from './settings';
import { HIGHLIGHT_CSS, PAGE_SCRIPT } from './inject';

// Automatic analysis registers the content script for every page the reader granted access to.
// Without that grant (the default), Sourcelight runs only when the reader asks (activeTab).

const SCRIPT_ID = 'sourcelight-auto';
export const ALL_SITES = ['<all_urls>'];
const TEST_SITES = ['http://127.0.0.1/*', 'http://localhost/*'];

function excludePatterns(skipSites: string[]): string[] {
  return skipSites
    .map((s) => s.trim().toLowerCase().replace(/^www\./, ''))
    .filter((s) => /^[a-z0-9.-]+$/.test(s))
    .flatMap((s) => [`*://${s}/*`, `*://*.${s}/*`]);
}

/** Brings the registered content script in line with the settings and granted permissions. */
export async function syncAutoAnalysis(): Promise<void> {
  const settings = await loadSettings();
  const matches = TEST_FLAVOR ? TEST_SITES : ALL_SITES;
  const granted = settings.autoAnalyze && (TEST_FLAVOR || (await browser.permissions.contains({ origins: ALL_SITES })));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!granted) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches,
      excludeMatches: excludePatterns(settings.skipSites),
      js: [PAGE_SCRIPT.slice(1)],
      // Injected before the page's first style computation, where it costs nothing extra.
      css: [HIGHLIGHT_CSS],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
