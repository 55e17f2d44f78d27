import { analyzeHtml } from './engine';
import { serveOverPorts } from './engine-port';
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
  serveOverPorts(analyzeHtml, idle ? new IdleWatch(idle.ms, idle.onIdle) : undefined);
}
