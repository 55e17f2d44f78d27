import { serveOverPorts, type TextSpan } from './engine-port';
import type { EngineOutcome } from './engine';
import { IdleWatch } from './engine-idle';

/**
 * Makes this extension page the engine: it answers the content scripts' analysis requests. With
 * `idle`, it calls `idle.onIdle` once no request has been pending for `idle.ms` (Chrome's offscreen
 * document asks to be closed then; Firefox's event page needs nothing: the browser suspends it).
 *
 * Nothing is analysed ahead of a request: a warm-up article run when the page opens would be work the
 * reader waits for when the page opens for their click, and the page now opens again after each idle time.
 */
export function serveEngineRequests(idle?: { ms: number; onIdle: () => void }): void {
  // The listener first, the engine's code (most of this page's) after it: a request that comes while
  // the page is still loading that code (the reader's click opened the page) waits for it on its open
  // port, instead of finding no listener, being dropped, and coming back after a round trip through
  // the service worker (the content script's retry).
  const loading = import('./engine');
  let analyzeHtml: ((html: string, url: string, text?: TextSpan) => EngineOutcome) | null = null;
  void loading.then((engine) => (analyzeHtml = engine.analyzeHtml)).catch(() => undefined);
  serveOverPorts(
    (html, url, text) => (analyzeHtml ? analyzeHtml(html, url, text) : loading.then((engine) => engine.analyzeHtml(html, url, text))),
    idle ? new IdleWatch(idle.ms, idle.onIdle) : undefined,
  );
}
