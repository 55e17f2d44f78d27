import { defineConfig } from 'wxt';

// The test flavor (`wxt build --mode test` -> .output/chrome-mv3-test) is the production build plus
// host access to local test servers with automatic analysis on: a headless test cannot click the
// toolbar button, so the background script analyses every page it may read.
// `on-demand.test` (mapped to 127.0.0.1 by the tests' --host-resolver-rules) is readable but not
// analysed automatically: it stands in for the activeTab grant a real menu click or shortcut gives,
// which a headless test cannot produce, so tests can check that the menu and popup start an analysis.
const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*', 'http://on-demand.test/*'];

// Firefox: Manifest V3 as in Chrome, so both stores get the same permissions, `action` and commands
// (WXT's MV2 conversion would drop `optional_host_permissions`, and `_execute_action` is MV3-only).
// 140 is the first Firefox (and ESR) with the CSS Custom Highlight API and with
// `data_collection_permissions` on desktop; Firefox for Android reads that key from 142 on.
// Sourcelight collects and transmits nothing: required = none.
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'sourcelight@sourcelight.dev',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none' as const] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

// Store archives (`npm run zip`): .output/sourcelight-<version>-{chrome,firefox}.zip, plus the sources
// archive addons.mozilla.org asks for: only what `npm ci && npm run build:firefox` needs (see README,
// "Store packages"), none of the tests, fixtures, benchmarks or build output.
const SOURCES = [
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'tsconfig.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'docs/**',
  'store/**',
  'src/**',
  'extension/**',
  'assets/**',
];

export default defineConfig({
  entrypointsDir: 'extension',
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  zip: {
    includeSources: SOURCES,
    exclude: ['**/*.map'],
  },
  manifest: ({ mode, browser }) => ({
    name: 'Sourcelight',
    description:
      'See how well a news article is sourced: anonymous, vague and unsourced claims highlighted. Nothing leaves your machine.',
    // Chrome's `offscreen`: the engine's hidden page (a service worker has no DOMParser). Firefox runs
    // the engine in its event page and has no such permission.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // 116: runtime.getContexts, with which the service worker finds its offscreen document.
    minimum_chrome_version: browser === 'firefox' ? undefined : '116',
    optional_host_permissions: ['<all_urls>'],
    host_permissions: mode === 'test' ? TEST_HOSTS : undefined,
    action: { default_title: 'Sourcelight: check sourcing' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Check this article' },
    },
    browser_specific_settings: browser === 'firefox' ? FIREFOX_SETTINGS : undefined,
  }),
});
