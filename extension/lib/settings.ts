import { browser } from 'wxt/browser';
import { isRecord } from './guards';

// The reader's choices, kept in storage.sync so they follow the reader across browsers.

export interface Settings {
  /** Analyse every article automatically (needs the optional host permission). */
  autoAnalyze: boolean;
  /** Which labels are highlighted in the page. */
  highlight: { anonymous: boolean; vague: boolean; unsourced: boolean; named: boolean };
  /** Host names never analysed automatically ("example.com" also covers its subdomains). */
  skipSites: string[];
}

/** The test flavor analyses local test pages without a click; see wxt.config.ts. */
export const TEST_FLAVOR = import.meta.env.MODE === 'test';

export const DEFAULT_SETTINGS: Settings = {
  autoAnalyze: TEST_FLAVOR,
  highlight: { anonymous: true, vague: true, unsourced: true, named: false },
  skipSites: [],
};


/** Reads settings, falling back field by field to the defaults for anything missing or malformed. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get('settings')).settings;
  const s = isRecord(stored) ? stored : {};
  const h = isRecord(s.highlight) ? s.highlight : {};
  const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  return {
    autoAnalyze: flag(s.autoAnalyze, DEFAULT_SETTINGS.autoAnalyze),
    highlight: {
      anonymous: flag(h.anonymous, DEFAULT_SETTINGS.highlight.anonymous),
      vague: flag(h.vague, DEFAULT_SETTINGS.highlight.vague),
      unsourced: flag(h.unsourced, DEFAULT_SETTINGS.highlight.unsourced),
      named: flag(h.named, DEFAULT_SETTINGS.highlight.named),
    },
    skipSites: Array.isArray(s.skipSites) ? s.skipSites.filter((x): x is string => typeof x === 'string') : [],
  };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ settings });
}

/** True when `host` is one of the skipped sites or a subdomain of one. */
export function isSkipped(host: string, skipSites: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return skipSites.some((site) => {
    const s = site.toLowerCase().trim().replace(/^www\./, '');
    return s !== '' && (h === s || h.endsWith(`.${s}`));
  });
}
