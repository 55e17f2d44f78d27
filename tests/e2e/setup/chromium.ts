import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Debian's Chromium: `npx playwright install` cannot download browsers here, so the tests drive the
// system browser through playwright-core's executablePath.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Finds Chromium, installing Debian's package when running as root; otherwise says how. */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    console.log('Chromium is missing: installing Debian’s chromium package (about a minute)…');
    try {
      execFileSync('apt-get', ['update'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      // fall through to the message below
    }
    if (existsSync(CHROMIUM)) return CHROMIUM;
  }
  throw new Error(
    `The end-to-end tests need Chromium at ${CHROMIUM}.\n` +
      `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
      `or point CHROMIUM_PATH at another Chromium build.`,
  );
}

/**
 * Flags to run headless Chromium with an unpacked extension on this machine (DESIGN.md's recipe):
 * --disable-extensions-except is required (Playwright adds --disable-extensions otherwise), and the
 * background-networking flags keep Chromium from calling out on a closed network.
 */
export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}
