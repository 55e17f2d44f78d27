import { serveEngineRequests } from '../lib/engine-listener';

// Chrome's offscreen document: a hidden page of the extension with a DOM (DOMParser), which the
// service worker lacks. It hosts the engine so that the analysis never runs on the reader's page.
serveEngineRequests();
