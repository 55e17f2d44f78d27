import { browser } from 'wxt/browser';
import { isOwnSender, parseEngineMessage } from './messages';
import { analyzeHtml, warmUpEngine } from './engine';

/**
 * Makes this extension page the engine: it answers the content scripts' analysis requests, then warms
 * the engine up while no request is waiting.
 */
export function serveEngineRequests(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isOwnSender(sender)) return undefined;
    const message = parseEngineMessage(raw);
    if (!message) return undefined;
    return Promise.resolve(analyzeHtml(message.html, message.url));
  });
  // After the listener: a request that is already on its way is answered first.
  setTimeout(warmUpEngine, 0);
}
