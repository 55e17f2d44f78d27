import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENGINE_IDLE_MS, IdleWatch } from '../../../extension/lib/engine-idle';
import { ENGINE_PORT, serveOverPorts } from '../../../extension/lib/engine-port';
import { closeEngine, isEnginePage, startEngine } from '../../../extension/lib/engine-host';
import type { EngineOutcome } from '../../../extension/lib/engine';
import { fakePort } from './fake-port';

// The engine page's life: it asks to be closed once idle (engine-idle.ts, engine-port.ts), and the
// service worker opens and closes it in turn (engine-host.ts). The browser part, with the real
// offscreen document, is in tests/e2e/engine-page.test.ts.

describe('IdleWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('the real idle time leaves the service worker (30 s more) time to stop within a minute', () => {
    expect(ENGINE_IDLE_MS).toBeGreaterThanOrEqual(10_000);
    expect(ENGINE_IDLE_MS + 30_000).toBeLessThan(60_000);
  });

  test('a page that gets no request is idle after the idle time, and asks again if it is still there', () => {
    const onIdle = vi.fn();
    new IdleWatch(1000, onIdle);
    vi.advanceTimersByTime(999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(onIdle).toHaveBeenCalledTimes(2);
  });

  test('never idle while a request is pending; the wait starts again when the last one ends', () => {
    const onIdle = vi.fn();
    const watch = new IdleWatch(1000, onIdle);
    vi.advanceTimersByTime(900);
    watch.started();
    watch.started();
    vi.advanceTimersByTime(5000);
    watch.ended();
    vi.advanceTimersByTime(5000);
    expect(onIdle).not.toHaveBeenCalled();
    watch.ended();
    vi.advanceTimersByTime(999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});

/** A port as runtime.onConnect hands it to the engine, from one of our own content scripts. */
function incomingPort() {
  return Object.assign(fakePort(), { name: ENGINE_PORT, sender: { id: fakeBrowser.runtime.id } });
}

describe('serveOverPorts', () => {
  test('each port is one pending request from its opening to its closing, from either side', () => {
    fakeBrowser.reset();
    const connect: ((port: unknown) => void)[] = [];
    (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = { addListener: (l: (port: unknown) => void) => connect.push(l) };
    const activity = { started: vi.fn(), ended: vi.fn() };
    const outcome: EngineOutcome = { status: 'no-article', kind: 'no-article', reason: 'none', engineMs: 1, engineStartedAt: 0 };
    serveOverPorts(() => outcome, activity);

    const answered = incomingPort();
    connect[0](answered);
    expect(activity.started).toHaveBeenCalledTimes(1);
    answered.deliver({ type: 'analyze', html: '<p>x</p>', url: 'https://example.org/' });
    expect(answered.posted).toHaveLength(1);
    answered.closeFromOtherSide();
    expect(activity.ended).toHaveBeenCalledTimes(1);

    // A malformed request: the engine closes the port itself, and the browser then tells no one.
    const garbage = incomingPort();
    connect[0](garbage);
    garbage.deliver('hello');
    expect(garbage.disconnect).toHaveBeenCalledTimes(1);
    expect(activity.ended).toHaveBeenCalledTimes(2);
    garbage.closeFromOtherSide();
    expect(activity.ended).toHaveBeenCalledTimes(2);

    // Someone else's port is not ours to count.
    connect[0]({ ...incomingPort(), name: 'other' });
    expect(activity.started).toHaveBeenCalledTimes(2);
  });
});

describe('serveOverPorts and a page sent in parts', () => {
  test('the engine analyses the parts joined with the request’s rest, and the next request on the port starts afresh', () => {
    fakeBrowser.reset();
    const connect: ((port: unknown) => void)[] = [];
    (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = { addListener: (l: (port: unknown) => void) => connect.push(l) };
    const outcome: EngineOutcome = { status: 'no-article', kind: 'no-article', reason: 'none', engineMs: 1, engineStartedAt: 0 };
    const analyzed: string[] = [];
    serveOverPorts((html) => {
      analyzed.push(html);
      return outcome;
    });
    const port = incomingPort();
    connect[0](port);
    port.deliver({ type: 'html', html: '<p>one ' });
    port.deliver({ type: 'html', html: 'two ' });
    expect(analyzed).toEqual([]);
    port.deliver({ type: 'analyze', html: 'three</p>', url: 'https://example.org/' });
    port.deliver({ type: 'analyze', html: '<p>again</p>', url: 'https://example.org/' });
    expect(analyzed).toEqual(['<p>one two three</p>', '<p>again</p>']);
    expect(port.posted).toHaveLength(2);
  });
});

describe('serveOverPorts with an engine still loading', () => {
  test('a request waits on its open port for the answer; a port closed meanwhile gets nothing', async () => {
    fakeBrowser.reset();
    const connect: ((port: unknown) => void)[] = [];
    (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = { addListener: (l: (port: unknown) => void) => connect.push(l) };
    const outcome: EngineOutcome = { status: 'no-article', kind: 'no-article', reason: 'none', engineMs: 1, engineStartedAt: 0 };
    let load: () => void = () => undefined;
    const loaded = new Promise<void>((resolve) => (load = resolve));
    serveOverPorts(() => loaded.then(() => outcome));

    const waiting = incomingPort();
    const gone = incomingPort();
    connect[0](waiting);
    connect[0](gone);
    waiting.deliver({ type: 'analyze', html: '<p>x</p>', url: 'https://example.org/' });
    gone.deliver({ type: 'analyze', html: '<p>y</p>', url: 'https://example.org/' });
    gone.closeFromOtherSide();
    expect(waiting.posted).toHaveLength(0);
    expect(waiting.disconnect).not.toHaveBeenCalled();
    load();
    await loaded;
    await Promise.resolve();
    expect(waiting.posted).toHaveLength(1);
    expect(gone.posted).toHaveLength(0);
  });
});

describe('opening and closing the engine page', () => {
  test('take turns: an opening asked for during a close waits for it, and opens a page again', async () => {
    fakeBrowser.reset();
    const log: string[] = [];
    let open = false;
    let finishClose: () => void = () => undefined;
    const browserLike = fakeBrowser as unknown as Record<string, unknown>;
    (browserLike.runtime as Record<string, unknown>).getContexts = async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []);
    browserLike.offscreen = {
      createDocument: async () => {
        log.push('create');
        open = true;
      },
      closeDocument: () => {
        log.push('close begins');
        return new Promise<void>((resolve) => {
          finishClose = () => {
            open = false;
            log.push('close ends');
            resolve();
          };
        });
      },
    };
    await startEngine();
    const closing = closeEngine();
    const reopening = startEngine();
    await vi.waitFor(() => expect(log).toContain('close begins'));
    // The page still counts as open while it closes: without turns, the opening would find it open and do nothing.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual(['create', 'close begins']);
    finishClose();
    await closing;
    await reopening;
    expect(log).toEqual(['create', 'close begins', 'close ends', 'create']);
    expect(open).toBe(true);
    // A second opening finds the page open; a close of a page that is not there does nothing.
    await startEngine();
    open = false;
    await closeEngine();
    expect(log).toEqual(['create', 'close begins', 'close ends', 'create']);
  });
});

describe('opening the engine page warms up the sentence segmenter', () => {
  test('the service worker creates one while the page is being created, and none when the page is open', async () => {
    fakeBrowser.reset();
    const log: string[] = [];
    let open = false;
    let finishCreate: () => void = () => undefined;
    const browserLike = fakeBrowser as unknown as Record<string, unknown>;
    (browserLike.runtime as Record<string, unknown>).getContexts = async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []);
    browserLike.offscreen = {
      createDocument: () => {
        log.push('create begins');
        return new Promise<void>((resolve) => {
          finishCreate = () => {
            open = true;
            log.push('create ends');
            resolve();
          };
        });
      },
    };
    const RealSegmenter = Intl.Segmenter;
    const segmenter = vi.spyOn(Intl, 'Segmenter').mockImplementation(function (this: unknown, ...args: ConstructorParameters<typeof Intl.Segmenter>) {
      log.push(`segmenter ${args[0]} ${args[1]?.granularity}`);
      return new RealSegmenter(...args);
    } as unknown as typeof Intl.Segmenter);
    try {
      const opening = startEngine();
      await vi.waitFor(() => expect(log).toContain('create begins'));
      expect(log).toEqual(['create begins', 'segmenter en sentence']);
      finishCreate();
      await opening;
      await startEngine();
      expect(log).toEqual(['create begins', 'segmenter en sentence', 'create ends']);
    } finally {
      segmenter.mockRestore();
    }
  });
});

describe('isEnginePage', () => {
  test('only our own offscreen document may ask for the engine page to be closed', () => {
    fakeBrowser.reset();
    const own = fakeBrowser.runtime.getURL('/offscreen.html');
    expect(isEnginePage({ url: own })).toBe(true);
    expect(isEnginePage({ url: `${own}?idleMs=1000` })).toBe(true);
    // A web page of that name, where our content script runs, is not it; nor is a tab, or no address.
    expect(isEnginePage({ url: 'https://news.example/offscreen.html' })).toBe(false);
    expect(isEnginePage({ url: own, tab: { id: 3 } })).toBe(false);
    expect(isEnginePage({ url: fakeBrowser.runtime.getURL('/popup.html') })).toBe(false);
    expect(isEnginePage({})).toBe(false);
  });
});
