import { afterAll, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import { launchWithExtension, type LoadedExtension } from './extension';
import { startFixtureServer, type FixtureServer } from './server';

export interface ExtensionSession {
  ext: LoadedExtension;
  server: FixtureServer;
}

/**
 * One Chromium with the extension and one fixture server for a whole test file, started before its
 * tests and closed after them. `ready` receives them once started.
 */
export function useExtensionSession(ready: (session: ExtensionSession) => void): void {
  let session: Partial<ExtensionSession> = {};
  beforeAll(async () => {
    const server = await startFixtureServer(resolve('tests/fixtures'));
    session = { server, ext: await launchWithExtension() };
    ready(session as ExtensionSession);
  });
  afterAll(async () => {
    await session.ext?.close();
    await session.server?.close();
  });
}
