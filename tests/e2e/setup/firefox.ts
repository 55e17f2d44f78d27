import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { BidiConnection, type EvaluateResult } from './bidi';

// Debian's firefox-esr driven over WebDriver BiDi (DESIGN.md: Playwright's Firefox driver needs
// Playwright's own patched Firefox, which cannot be downloaded here).

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** `wxt build -b firefox --mode test`: the Firefox production build plus the test flavor. */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3-test');
export const FIREFOX_EXTENSION_ID = 'sourcelight@sourcelight.dev';

/** Finds firefox-esr, installing Debian's package when running as root; otherwise says how. */
export function ensureFirefox(): string {
  if (existsSync(FIREFOX)) return FIREFOX;
  if (process.getuid?.() === 0) {
    console.log('Firefox is missing: installing Debian’s firefox-esr package (about a minute)…');
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'firefox-esr'], { stdio: 'inherit', env });
    } catch {
      // fall through to the message below
    }
    if (existsSync(FIREFOX)) return FIREFOX;
  }
  throw new Error(
    `The Firefox end-to-end test needs Firefox ESR at ${FIREFOX}.\n` +
      `Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr\n` +
      `or point FIREFOX_PATH at another Firefox (140 or newer).`,
  );
}

/** Firefox preferences for a quiet test profile: no first-run pages, updates, telemetry or other traffic. */
const PREFS: Record<string, string | number | boolean> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.startup.homepage': 'about:blank',
  'startup.homepage_welcome_url': '',
  'startup.homepage_welcome_url.additional': '',
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.tabs.warnOnClose': false,
  'browser.sessionstore.resume_from_crash': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'app.update.disabledForTesting': true,
  'app.update.auto': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'network.trr.mode': 5,
  'services.settings.server': 'http://127.0.0.1:9/v1',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'browser.search.update': false,
  'media.gmp-manager.url': '',
  'dom.push.connection.enabled': false,
  'browser.topsites.contile.enabled': false,
};

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/** Waits for Firefox to print "WebDriver BiDi listening on ws://…" and returns that address. */
function bidiAddress(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not open WebDriver BiDi within ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stderr?.off('data', onData);
        child.stdout?.off('data', onData);
        resolvePromise(match[1]);
      }
    };
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(new Error(`${error.message}\n--- Firefox output ---\n${output.slice(-2000)}`));
    };
    child.stderr?.on('data', onData);
    child.stdout?.on('data', onData);
    child.once('exit', (code, signal) => fail(new Error(`Firefox exited early (code ${code}, signal ${signal})`)));
  });
}

export class FirefoxBrowser {
  private constructor(
    readonly bidi: BidiConnection,
    private readonly child: ChildProcess,
    private readonly profileDir: string,
    /** e.g. "153.7.0" */
    readonly version: string,
    /** The moz-extension:// host of our extension (fixed through the profile, see launchFirefox). */
    readonly extensionUuid: string,
  ) {}

  /**
   * Starts headless Firefox with a fresh profile and opens a BiDi session: one browser per test file.
   * `morePrefs` are added to the profile's preferences (a shorter event-page idle time, for instance).
   */
  static async launch(morePrefs: Record<string, string | number | boolean> = {}): Promise<FirefoxBrowser> {
    const executable = ensureFirefox();
    const profileDir = mkdtempSync(join(tmpdir(), 'sourcelight-firefox-'));
    // Firefox gives each extension a random internal UUID for its moz-extension:// pages; fixing it in
    // the profile lets the test open the popup as a tab.
    const extensionUuid = randomUUID();
    const prefs = { ...PREFS, ...morePrefs, 'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: extensionUuid }) };
    writeFileSync(join(profileDir, 'user.js'), userJs(prefs));
    // --remote-allow-system-access: from Firefox 153 on, WebDriver may navigate to moz-extension:// pages
    // (the popup) only with it.
    const args = ['--headless', '--no-remote', '--profile', profileDir, '--remote-debugging-port', '0', '--remote-allow-system-access', 'about:blank'];
    const child = spawn(executable, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    });
    try {
      const address = await bidiAddress(child, 60_000);
      const bidi = await BidiConnection.connect(`${address}/session`);
      const session = await bidi.send<{ capabilities: { browserVersion: string } }>('session.new', { capabilities: {} });
      return new FirefoxBrowser(bidi, child, profileDir, session.capabilities.browserVersion, extensionUuid);
    } catch (error) {
      child.kill('SIGKILL');
      rmSync(profileDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Installs an unpacked extension (a folder) as a temporary add-on; returns its id. */
  async installExtension(dir: string): Promise<string> {
    const result = await this.bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: dir } });
    return result.extension;
  }

  /** Opens a new tab; returns its browsing context id. */
  async newTab(): Promise<string> {
    return (await this.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;
  }

  async navigate(context: string, url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  }

  async setViewport(context: string, width: number, height: number): Promise<void> {
    await this.bidi.send('browsingContext.setViewport', { context, viewport: { width, height } });
  }

  /**
   * Evaluates `expression` in the page's own world and returns its value, passed through JSON (the
   * expression may return a promise).
   */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const outcome = await this.bidi.send<EvaluateResult>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (outcome.type === 'exception') throw new Error(`page script failed: ${outcome.exceptionDetails.text}`);
    const json = outcome.result.value;
    return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
  }

  /** Polls `expression` until it is truthy; returns that value. */
  async waitFor<T>(context: string, expression: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(context, expression);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${expression}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Saves a PNG of the tab's viewport. */
  async screenshot(context: string, path: string): Promise<void> {
    const { data } = await this.bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, Buffer.from(data, 'base64'));
  }

  /** Ends the session, waits for Firefox to exit (killing it after 10 s) and deletes the profile. */
  async close(): Promise<void> {
    const exited = new Promise<void>((r) => (this.child.exitCode !== null ? r() : this.child.once('exit', () => r())));
    await this.bidi.send('browser.close', {}, 5_000).catch(() => undefined);
    this.bidi.close();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
