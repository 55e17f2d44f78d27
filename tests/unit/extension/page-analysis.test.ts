import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePage } from '../../../extension/content/analysis';
import { outcomeParts } from '../../../extension/lib/engine-port';

// A hostile or broken page can make serialising it throw (an element whose outerHTML getter throws).
// The content script opened its port to the engine before serialising: it must close it again and
// report an error, not leave the port open until the page unloads.
beforeEach(() => fakeBrowser.reset());

test('when serialising the page throws, the port opened for it is closed and the outcome is an error', async () => {
  const disconnect = vi.fn();
  const listeners = { addListener: () => undefined };
  (fakeBrowser.runtime as unknown as { connect: () => unknown }).connect = () => ({ disconnect, postMessage: vi.fn(), onMessage: listeners, onDisconnect: listeners });
  document.body.innerHTML = '<article><p>Some text.</p></article>';
  Object.defineProperty(document.body, 'outerHTML', {
    configurable: true,
    get: () => {
      throw new Error('this page does not want to be read');
    },
  });
  const outcome = await analyzePage(document);
  expect(outcome).toMatchObject({ status: 'error', message: 'this page does not want to be read' });
  expect(disconnect).toHaveBeenCalledTimes(1);
});

// Work that can wait for the engine (the content script's settings read) starts once the page's HTML
// has been posted, not before: on the reader's click it was on the critical path.
test('the work handed to analyzePage runs after the page has been sent to the engine, once', async () => {
  const posted: unknown[] = [];
  const order: string[] = [];
  let deliver: (message: unknown) => void = () => undefined;
  const listeners = { addListener: () => undefined };
  (fakeBrowser.runtime as unknown as { connect: () => unknown }).connect = () => ({
    disconnect: vi.fn(),
    postMessage: (message: unknown) => {
      posted.push(message);
      order.push('sent');
    },
    onMessage: { addListener: (listener: (message: unknown) => void) => (deliver = listener) },
    onDisconnect: listeners,
  });
  const page = new DOMParser().parseFromString('<article><p>The council voted on Tuesday to close the bridge, officials said.</p></article>', 'text/html');
  const outcome = analyzePage(page, () => order.push('while the engine works'));
  await vi.waitFor(() => expect(posted).toHaveLength(1));
  for (const part of outcomeParts({ status: 'no-article', kind: 'no-article', reason: 'No article found.', engineMs: 1, engineStartedAt: 0 })) deliver(part);
  expect((await outcome).status).toBe('no-article');
  expect(order).toEqual(['sent', 'while the engine works']);
});
