import { serveEngineRequests } from '../lib/engine-listener';
import { ENGINE_IDLE_MS } from '../lib/engine-idle';
import { sendToBackground } from '../lib/messages';
import { TEST_FLAVOR } from '../lib/settings';

// Chrome's offscreen document: a hidden page of the extension with a DOM (DOMParser), which the
// service worker lacks. It hosts the engine so that the analysis never runs on the reader's page,
// and asks the service worker to close it once no analysis has been pending for its idle time.

/** The test flavor's tests may shorten the idle time (lib/engine-host.ts puts it in this page's address). */
function idleMs(): number {
  if (!TEST_FLAVOR) return ENGINE_IDLE_MS;
  const asked = Number(new URLSearchParams(location.search).get('idleMs'));
  return Number.isFinite(asked) && asked > 0 ? asked : ENGINE_IDLE_MS;
}

serveEngineRequests({
  ms: idleMs(),
  // Waking the service worker if it has stopped: this is the one message it gets from this page.
  onIdle: () => void sendToBackground('sourcelight:engine-idle', {}).catch(() => undefined),
});
