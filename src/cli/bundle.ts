// The command line's bundle (dist/cli/sourcelight.cjs, loaded by dist/cli/load.mjs): `main` for bin/,
// and `serveWorker` for a `--jobs` thread. The engine's modules are set up only when a page is run
// (their import is deferred, src/cli/main.ts), so the main thread of a `--jobs` run never sets them up.
export { main } from './main';

/** Starts answering the main thread's requests (src/cli/worker.ts); for a `--jobs` worker thread. */
export async function serveWorker(): Promise<void> {
  await import('./worker');
}
