import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { parseArgs } from 'node:util';
import { readStdin } from './stdin';
import type { Command, Outcome, Task } from './run-one';

const USAGE = `Usage:
  sourcelight analyze [--json] [--url URL] [--jobs N] FILE|URL|- ...   how well each page is sourced
  sourcelight extract [--json] [--url URL] [--jobs N] FILE|URL|- ...   the article text of each page

FILE may be .html or .html.gz; "-" reads standard input. With several inputs and --json,
one JSON object per line (JSON Lines), each with "file". Several inputs run in parallel on
--jobs N threads (default: the number of CPU cores); output keeps the order of the inputs.`;

// V8 first runs a regular expression in an interpreter and compiles it to machine code on its second
// use: two compilations for most of the engine's few hundred expressions, most of which a single page
// uses a handful of times. Compiled once, directly: a one-page run takes about 9% less CPU (0.46 s
// against 0.50 s, median of 10, on the 2-core dev VM under load), and a run over many pages the same.
// The flag is read when an expression is first compiled, so it holds for the engine loaded below and
// for the workers, which share the process's flags.
setFlagsFromString('--no-regexp-tier-up');

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        url: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`sourcelight: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const [command, ...inputs] = parsed.positionals;
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const jobsOption = parsed.values.jobs;
  if (jobsOption !== undefined && !/^[1-9]\d*$/.test(jobsOption)) {
    process.stderr.write(`sourcelight: --jobs takes a whole number of at least 1, not "${jobsOption}"\n\n${USAGE}\n`);
    return 2;
  }
  if ((command !== 'analyze' && command !== 'extract') || inputs.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const json = parsed.values.json ?? false;
  const jobs = Math.min(jobsOption ? Number(jobsOption) : availableParallelism(), inputs.length);
  const tasks: Task[] = inputs.map((name) => ({ command: command as Command, name, json, urlOverride: parsed.values.url }));

  let failures = 0;
  const emit = (i: number, outcome: Outcome) => {
    const name = inputs[i];
    if (!outcome.ok) {
      failures++;
      process.stderr.write(`sourcelight: ${name}: ${outcome.error}\n`);
      return;
    }
    if (!json && inputs.length > 1) process.stdout.write(`${i ? '\n' : ''}==> ${name} <==\n`);
    process.stdout.write(`${outcome.out}\n`);
  };

  if (jobs <= 1) {
    // One input, or one job: no worker to start, which is most of a single page's start-up. The engine
    // is loaded here, not above: with workers, the main thread only hands out inputs and prints, and
    // compiling the engine there too would take a core from the workers while they start.
    const { runOne } = await import('./run-one');
    for (const [i, task] of tasks.entries()) emit(i, await runOne(task));
  } else {
    // Only the main thread can read standard input: it is read once here and handed over as bytes.
    if (inputs.includes('-')) {
      const bytes = await readStdin();
      for (const task of tasks) if (task.name === '-') task.bytes = bytes;
    }
    // Loaded here, with node:worker_threads, which a one-page run never needs (~4 ms to set up).
    const { runInPool } = await import('./pool');
    await runInPool(tasks, jobs, emit);
  }
  return failures ? 1 : 0;
}
