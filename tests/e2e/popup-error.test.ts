import { describe, expect, test } from 'vitest';
import { createServer } from 'node:net';
import { openPopup, SCREENSHOT_DIR, tabIdOf, waitForAnalysis, type LoadedExtension } from './setup/extension';
import type { FixtureServer } from './setup/server';
import { useExtensionSession } from './setup/session';
import { ON_DEMAND_ARGS, ON_DEMAND_HOST, onDemandUrl } from './setup/on-demand';

// The popup's error state, reached the way a reader reaches it: a tab whose page did not load. The
// address is an ordinary web page, but the tab shows Chromium's own error page, where no extension
// may run a script; "Try again" works once the page has loaded.

let ext: LoadedExtension;
let server: FixtureServer;

useExtensionSession((session) => ({ ext, server } = session), { extraArgs: ON_DEMAND_ARGS });

/** A local port nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

describe('popup error state', () => {
  test('a page that did not load gets "Something went wrong" with a clear message, and Try again works once it loads', async () => {
    const page = await ext.context.newPage();
    const url = `http://${ON_DEMAND_HOST}:${await closedPort()}/story`;
    await expect(page.goto(url)).rejects.toThrow(/ERR_CONNECTION_REFUSED/);
    // The error page commits its address to the tab a moment after the navigation fails.
    await expect.poll(() => tabIdOf(ext, url).then(() => true, () => false)).toBe(true);
    const tabId = await tabIdOf(ext, url);
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('body[data-state="error"]');
    expect(await popup.textContent('h1')).toBe('Something went wrong');
    expect(await popup.getAttribute('section[data-state="error"]', 'role')).toBe('alert');
    expect(await popup.textContent('.state-detail')).toBe('The analysis failed: this page did not load, so there is no article to read. Reload the page, then try again.');
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/error-popup.png` });

    // The reader reloads (here: the same tab goes to a page that loads) and tries again.
    await page.goto(onDemandUrl(server, '/kursk-summary.html'));
    await popup.getByRole('button', { name: 'Try again' }).click();
    await popup.waitForSelector('body[data-state="analyzed"]');
    expect(await waitForAnalysis(page)).toBe('analyzed');
    await popup.close();
    await page.close();
  });
});
