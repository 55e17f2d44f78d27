import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, openPopup, SCREENSHOT_DIR, tabIdOf, waitForAnalysis, type LoadedExtension } from './setup/extension';
import type { FixtureServer } from './setup/server';
import { useExtensionSession } from './setup/session';
import { highlightedRanges } from './setup/highlights';
import { ON_DEMAND_ARGS, openUnanalysed } from './setup/on-demand';

// Analysis the reader asks for on a page Sourcelight does not analyse by itself: the context-menu
// entry and the keyboard shortcut. Headless Chromium can neither open a context menu nor press a
// browser command, so the menu's click handler is called with a real tab (the test flavor exposes
// it on the service worker), and the shortcut is checked as the command the browser registered plus
// what that command does: open the popup.

let ext: LoadedExtension;
let server: FixtureServer;

useExtensionSession((session) => ({ ext, server } = session), { extraArgs: ON_DEMAND_ARGS });

/** Calls the background's context-menu handler as a click on menu item `menuItemId` in tab `tabId`. */
function clickMenu(menuItemId: string, tabId: number): Promise<boolean> {
  type Hooks = { sourcelightTest: { onMenuClicked(info: { menuItemId: string }, tab: unknown): Promise<boolean> } };
  type Chrome = { chrome: { tabs: { get(id: number): Promise<unknown> } } };
  return ext.worker.evaluate(
    async ({ id, item }) => {
      const g = globalThis as unknown as Hooks & Chrome;
      return g.sourcelightTest.onMenuClicked({ menuItemId: item }, await g.chrome.tabs.get(id));
    },
    { id: tabId, item: menuItemId },
  );
}

describe('context menu', () => {
  test('"Check sourcing with Sourcelight" analyses a page that was not analysed', async () => {
    const { page, url } = await openUnanalysed(ext, server, '/kursk-pushback.html');
    const tabId = await tabIdOf(ext, url);
    // Another extension menu item (or none of ours) must not start anything.
    expect(await clickMenu('some-other-item', tabId)).toBe(false);
    expect(await clickMenu('sourcelight-analyze', tabId)).toBe(true);
    expect(await waitForAnalysis(page)).toBe('analyzed');
    const anonymous = await highlightedRanges(page, 'sourcelight-anonymous');
    expect(anonymous.map((r) => r.text).join('\n')).toContain('said one anonymous military strategist');
    expect((await highlightedRanges(page, 'sourcelight-vague')).length).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/context-menu-page.png` });
    await page.close();
  });
});

describe('keyboard shortcut', () => {
  test('Alt+Shift+S opens the popup (the _execute_action command)', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+S');
    // What the browser made of it: the command is registered with that shortcut.
    type Commands = { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } };
    const commands = await ext.worker.evaluate(() => (globalThis as unknown as Commands).chrome.commands.getAll());
    expect(commands.find((c) => c.name === '_execute_action')?.shortcut).toBe('Alt+Shift+S');
  });

  test('the popup it opens analyses a page that was not analysed', async () => {
    const { page, url } = await openUnanalysed(ext, server, '/kursk-mobilization.html');
    const popup = await openPopup(ext, await tabIdOf(ext, url));
    await popup.waitForSelector('body[data-state="analyzed"]');
    expect(await waitForAnalysis(page)).toBe('analyzed');
    const flagged = Number(await popup.textContent('[data-count="anonymous"]')) + Number(await popup.textContent('[data-count="vague"]')) + Number(await popup.textContent('[data-count="unsourced"]'));
    expect(flagged).toBeGreaterThan(0);
    const highlighted = (await Promise.all(['anonymous', 'vague', 'unsourced'].map((l) => highlightedRanges(page, `sourcelight-${l}`)))).flat();
    expect(highlighted.length).toBeGreaterThan(0);
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/shortcut-popup.png`, fullPage: true });
    await popup.close();
    await page.close();
  });
});
