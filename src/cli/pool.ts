import { Worker } from 'node:worker_threads';
import type { Outcome, Task } from './run-one';
import type { WorkerRequest } from './worker';

// Runs many inputs on N worker threads and hands their outcomes back in the order the inputs were
// given. Streaming: a worker is given a new input only while fewer than AHEAD_PER_WORKER × N outcomes
// are waiting to be printed, so a slow page early in the list holds back at most that many finished
// ones, and memory stays flat however many inputs there are.

const AHEAD_PER_WORKER = 4;

/**
 * The worker's file beside this one: built, dist/cli/worker.mjs beside the bundle (src/cli/worker-entry.ts,
 * which loads the bundle with its code cache); under tsx, the TypeScript source.
 */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.mjs', import.meta.url);
}

/**
 * Runs `tasks` on `jobs` workers; `emit` receives each outcome in input order, as soon as it and all
 * before it are done. Resolves when every outcome has been emitted.
 */
export function runInPool(tasks: Task[], jobs: number, emit: (index: number, outcome: Outcome) => void): Promise<void> {
  return new Promise((resolve) => {
    const done = new Map<number, Outcome>();
    const busy = new Map<Worker, number>();
    const idle: Worker[] = [];
    let nextToSend = 0;
    let nextToEmit = 0;

    const finish = (index: number, outcome: Outcome) => {
      done.set(index, outcome);
      while (done.has(nextToEmit)) {
        emit(nextToEmit, done.get(nextToEmit)!);
        done.delete(nextToEmit);
        nextToEmit++;
      }
      if (nextToEmit === tasks.length) {
        for (const w of [...idle, ...busy.keys()]) void w.terminate();
        resolve();
        return;
      }
      feed();
    };

    const feed = () => {
      while (idle.length && nextToSend < tasks.length && nextToSend - nextToEmit < AHEAD_PER_WORKER * jobs) {
        const worker = idle.pop()!;
        const index = nextToSend++;
        busy.set(worker, index);
        const task = tasks[index];
        worker.postMessage({ index, task } satisfies WorkerRequest);
      }
    };

    const start = (): Worker => {
      const worker = new Worker(workerUrl());
      worker.on('message', ({ index, outcome }: { index: number; outcome: Outcome }) => {
        busy.delete(worker);
        idle.push(worker);
        finish(index, outcome);
      });
      // A worker that dies (out of memory on a hostile page) fails its input; a new one takes its place.
      worker.on('error', (error) => {
        const index = busy.get(worker);
        busy.delete(worker);
        if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
        idle.push(start());
        if (index !== undefined) finish(index, { ok: false, error: `internal error: ${error.message}` });
      });
      return worker;
    };

    for (let i = 0; i < Math.min(jobs, tasks.length); i++) idle.push(start());
    feed();
  });
}
