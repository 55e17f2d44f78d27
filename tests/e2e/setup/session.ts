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
    session = { server, ext: await launchWithExtension(options) };
    ready(session as ExtensionSession);
  });
  afterAll(async () => {
    await session.ext?.close();
    await session.server?.close();
  });
}
