import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, SOURCELIGHT_ATTRIBUTES, type LoadedExtension } from './setup/extension';
import { startFixtureServer, type FixtureServer } from './setup/server';
import { autoAnalysisRegistered } from './setup/session';

// Every real page we have, in the browser with the test flavor (issue 7): each must reach a final state
// within 5 s, with no error from the extension, no network request made by the extension, and a DOM
// that is byte for byte what the page served, apart from Sourcelight's one shadow host.
// Pages are served with `script-src 'none'` (the benchmark pages were captured with JavaScript off),
// so any change to the DOM can only be ours; every request to another host is blocked.

const FIXTURES = resolve('tests/fixtures');
const FINAL_STATE_MS = 5000;

const ONLY = process.env.SWEEP_ONLY?.split(',');
const pages = [
  ...readdirSync(join(FIXTURES, 'extraction/html')).sort().map((f) => `/extraction/html/${f}`),
  ...readdirSync(join(FIXTURES, 'news'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/news/${d.name}/source.html`),
].filter((path) => !ONLY || ONLY.some((part) => path.includes(part)));

function servedHtml(path: string): string {
  const bytes = readFileSync(join(FIXTURES, path));
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

let ext: LoadedExtension;
let server: FixtureServer;
let page: Page;
let cdp: CDPSession;
/** Requests whose initiator is the extension's code, per page. */
let extensionRequests: string[] = [];
let extensionErrors: string[] = [];
const timings: { path: string; ms: number; state: string }[] = [];

beforeAll(async () => {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  server = await startFixtureServer(FIXTURES, { 'content-security-policy': "script-src 'none'" });
  ext = await launchWithExtension();
  // The first corpus page must not be opened before automatic analysis is registered.
  await autoAnalysisRegistered(ext);
  await ext.context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  ext.context.on('request', (request) => {
    if (request.serviceWorker()) extensionRequests.push(`service worker: ${request.url()}`);
  });
  ext.worker.on('console', (m) => m.type() === 'error' && extensionErrors.push(`service worker: ${m.text()}`));
  page = await ext.context.newPage();
  cdp = await ext.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Log.enable');
  await cdp.send('Runtime.enable');
  // An error is the extension's when the extension's code is on its stack (or it is logged from there):
  // the page's own blocked handlers and failed loads are not.
  type Frame = { url: string };
  const fromExtension = (url: string | undefined, frames: Frame[] | undefined) =>
    !!url?.startsWith('chrome-extension://') || !!frames?.some((f) => f.url.startsWith('chrome-extension://'));
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && fromExtension(entry.url, entry.stackTrace?.callFrames)) extensionErrors.push(entry.text);
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type === 'error' && fromExtension(undefined, event.stackTrace?.callFrames)) extensionErrors.push(event.args.map((a) => a.value ?? a.description).join(' '));
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    if (fromExtension(exceptionDetails.url, exceptionDetails.stackTrace?.callFrames)) extensionErrors.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
  });
  cdp.on('Network.requestWillBeSent', (event) => {
    const frames = [...(event.initiator.stack?.callFrames ?? []), ...(event.initiator.stack?.parent?.callFrames ?? [])];
    if (event.request.url.startsWith('chrome-extension://') || frames.some((f) => f.url.startsWith('chrome-extension://'))) {
      extensionRequests.push(event.request.url);
    }
  });
}, 120_000);

afterAll(async () => {
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
  const states = timings.reduce<Record<string, number>>((acc, t) => ({ ...acc, [t.state]: (acc[t.state] ?? 0) + 1 }), {});
  console.log(`corpus sweep: ${timings.length} pages, states ${JSON.stringify(states)}, slowest ${slowest.map((t) => `${t.path} ${t.ms} ms`).join(', ')}`);
  await ext?.close();
  await server?.close();
});

describe('every corpus page in Chromium with the extension', () => {
  test.each(pages)('%s', async (path) => {
    extensionRequests = [];
    extensionErrors = [];
    const started = Date.now();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => ['analyzed', 'no-article', 'error'].includes(document.documentElement.dataset.sourcelight ?? ''), null, { timeout: FINAL_STATE_MS + 5000, polling: 50 });
    const ms = Date.now() - started;
    const result = await page.evaluate(({ html, attributes }) => {
      // Compare the live DOM with a fresh parse of what the server sent. <noscript> is parsed as text in
      // a page that allows scripting and as elements by DOMParser, so it is left out on both sides.
      const pristine = new DOMParser().parseFromString(html, 'text/html');
      const live = document.documentElement.cloneNode(true) as HTMLElement;
      const hosts = live.querySelectorAll('sourcelight-ui');
      hosts.forEach((h) => h.remove());
      for (const attr of attributes) live.removeAttribute(attr);
      for (const root of [live, pristine.documentElement]) {
        root.querySelectorAll('noscript').forEach((n) => n.remove());
        // Chrome blanks a nonce attribute's value once parsed (nonce hiding); that is the browser, not us.
        root.querySelectorAll('[nonce]').forEach((n) => n.setAttribute('nonce', ''));
      }
      const a = live.outerHTML;
      const b = pristine.documentElement.outerHTML;
      let at = 0;
      while (at < a.length && a[at] === b[at]) at++;
      return { state: document.documentElement.dataset.sourcelight ?? '', hosts: hosts.length, same: a === b, diffAt: a === b ? '' : `${a.slice(Math.max(0, at - 60), at + 60)} ≠ ${b.slice(Math.max(0, at - 60), at + 60)}` };
    }, { html: servedHtml(path), attributes: SOURCELIGHT_ATTRIBUTES });
    timings.push({ path, ms, state: result.state });

    expect(ms, 'time to a final state').toBeLessThan(FINAL_STATE_MS);
    expect(result.state).not.toBe('error');
    expect(result.hosts).toBeLessThanOrEqual(1);
    expect(result.diffAt).toBe('');
    expect(extensionErrors).toEqual([]);
    expect(extensionRequests).toEqual([]);
  });
});
