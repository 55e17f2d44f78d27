import type { FixtureServer } from './server';
import { waitForAnalysis, type LoadedExtension } from './extension';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ON_DEMAND_HOST } from './on-demand-host';

export { ON_DEMAND_HOST };

/** Chromium flags that resolve ON_DEMAND_HOST to the local fixture server (nothing else changes). */
export const ON_DEMAND_ARGS = [`--host-resolver-rules=MAP ${ON_DEMAND_HOST} 127.0.0.1`];

/** The fixture server's page at `path`, under the on-demand host name. */
export function onDemandUrl(server: FixtureServer, path: string): string {
  const url = new URL(path, server.origin);
  url.hostname = ON_DEMAND_HOST;
  return url.href;
}

/**
 * Opens `path` under the on-demand host and shows that it stays unanalysed: the same page opened
 * afterwards on 127.0.0.1 is analysed automatically, so by then the on-demand copy would have been too.
 */
export async function openUnanalysed(ext: LoadedExtension, server: FixtureServer, path: string): Promise<{ page: Page; url: string }> {
  const url = onDemandUrl(server, path);
  const page = await ext.context.newPage();
  await page.goto(url);
  const control = await ext.context.newPage();
  await control.goto(`${server.origin}${path}`);
  expect(await waitForAnalysis(control)).toBe('analyzed');
  await control.close();
  expect(await page.evaluate(() => document.documentElement.dataset.sourcelight ?? 'untouched')).toBe('untouched');
  expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-')))).toEqual([]);
  return { page, url };
}
