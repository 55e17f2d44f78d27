import { afterAll, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import { launchWithExtension, type LaunchOptions, type LoadedExtension } from './extension';
import { startFixtureServer, type FixtureServer } from './server';

export interface ExtensionSession {
  ext: LoadedExtension;
  server: FixtureServer;
}

/**
 * One Chromium with the extension and one fixture server for a whole test file, started before its
 * tests and closed after them. `ready` receives them once started; `options` go to the launch (more
 * Chromium flags, for instance).
 */
export function useExtensionSession(ready: (session: ExtensionSession) => void, options: LaunchOptions = {}): void {
  let session: Partial<ExtensionSession> = {};
  beforeAll(async () => {
    const server = await startFixtureServer(resolve('tests/fixtures'));
    const ext = await launchWithExtension(options);
    session = { server, ext };
    await autoAnalysisRegistered(ext);
    ready(session as ExtensionSession);
  });
  afterAll(async () => {
    await session.ext?.close();
    await session.server?.close();
  });
}

/**
 * Waits until the test flavor has registered its automatic analysis. The background does that on
 * install, asynchronously: a page opened before it is done is never analysed, which made the first
 * test of a file fail now and then when it ran alone.
 */
export async function autoAnalysisRegistered(ext: LoadedExtension, timeout = 10_000): Promise<void> {
  type Chrome = { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } };
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const scripts = await ext.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.scripting.getRegisteredContentScripts());
    if (scripts.length) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the extension registered no content script for automatic analysis within ${timeout} ms`);
}
