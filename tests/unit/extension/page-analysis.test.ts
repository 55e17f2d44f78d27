import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePage } from '../../../extension/content/analysis';

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
