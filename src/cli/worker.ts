// A worker thread of `sourcelight --jobs N`: runs the inputs the main thread sends, one at a time, and
// sends back what each gives. Everything a page allocates is garbage once its outcome is sent.
import { parentPort } from 'node:worker_threads';
import { runOne, type Task } from './run-one';

export interface WorkerRequest {
  index: number;
  task: Task;
}

parentPort?.on('message', async ({ index, task }: WorkerRequest) => {
  parentPort!.postMessage({ index, outcome: await runOne(task) });
});
