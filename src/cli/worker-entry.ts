// A `--jobs` worker thread's entry (dist/cli/worker.mjs): loads the bundle with its code cache and
// answers the main thread (src/cli/worker.ts).
import { loadBundle } from './load';

await loadBundle().serveWorker();
