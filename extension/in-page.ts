import { startPageSession } from './content/session';

// Sourcelight's script in the reader's page, injected on demand (toolbar click, context menu,
// shortcut) or registered at runtime for automatic analysis; never listed in the manifest, so it runs
// only where the reader asked for it.
// An unlisted script rather than a WXT content script on purpose: WXT's content-script wrapper
// announces every start to the page (a window message and a document event named after the
// extension's id), which would let any site detect Sourcelight. This one runs `main` and nothing else;
// its result (whether Sourcelight started here) is what `scripting.executeScript` gives the worker.
export default defineUnlistedScript(() => startPageSession(document));
