import { defineConfig } from 'wxt';

// The test flavor (`wxt build --mode test` -> .output/chrome-mv3-test) is the production build plus
// host access to local test servers with automatic analysis on: a headless test cannot click the
// toolbar button, so the background script analyses every page it may read.
const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  entrypointsDir: 'extension',
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ mode, browser }) => ({
    name: 'Sourcelight',
    description:
      'See how well a news article is sourced: anonymous, vague and unsourced claims highlighted. Nothing leaves your machine.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    optional_host_permissions: browser === 'firefox' ? undefined : ['<all_urls>'],
    host_permissions: mode === 'test' ? TEST_HOSTS : undefined,
    action: { default_title: 'Sourcelight: check sourcing' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Check this article' },
    },
  }),
});
