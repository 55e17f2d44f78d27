import { analyzeHtml, warmUpEngine } from './engine';
import { serveOverPorts } from './engine-port';

/**
 * Makes this extension page the engine: it answers the content scripts' analysis requests, then warms
 * the engine up while no request is waiting.
 */
export function serveEngineRequests(): void {
  serveOverPorts(analyzeHtml);
  // After the listener: a request that is already on its way is answered first.
  setTimeout(warmUpEngine, 0);
}
