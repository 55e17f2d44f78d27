// Section "cli": the command line as a user runs it (issue 21), each figure a whole process from start
// to exit, and the baseline in the same run:
//  - throughput: `sourcelight analyze --json` over the 181 pages of the extraction benchmark as one
//    command (default --jobs: all cores), against one Node process running Readability on linkedom
//    over the same files (bench/lib/readability-linkedom.mjs); rounds alternate which goes first;
//  - start-up: `sourcelight analyze` on one small page (the seed page), median of several runs;
//  - memory: `sourcelight analyze --json` over 1,000 inputs (the corpus repeated), peak resident
//    memory of the process (VmHWM in /proc, read every 50 ms: the kernel's own high-water mark).
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { EXTRACTION_CORPUS, ROOT, corpusIds } from './corpus';
import { median } from './stats';
import { budget, table, times, type Budget } from './report';

export interface CliOptions {
  rounds: number;
  startups: number;
  memoryInputs: number;
  log: (line: string) => void;
}

interface Run {
  seconds: number;
  peakRssMB: number | null;
  exitCode: number | null;
  outputLines: number;
}

export interface CliResult {
  pages: number;
  jobs: number;
  throughput: { cliSeconds: number[]; readabilitySeconds: number[]; ratio: number };
  startup: { seconds: number[]; median: number; page: string };
  memory: { inputs: number; seconds: number; peakRssMB: number | null; outputLines: number };
  budgets: Budget[];
}

const BIN = join(ROOT, 'bin/sourcelight.mjs');
const BASELINE = join(ROOT, 'bench/lib/readability-linkedom.mjs');
const SMALL_PAGE = 'tests/fixtures/kursk-pushback.html';

/** The kernel's high-water mark of a process's resident memory, in MB (Linux), or null. */
function peakRss(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs a Node script to its end, counting its output lines and watching its peak memory. */
function runNode(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    let peak: number | null = null;
    let lines = 0;
    const watch = setInterval(() => {
      const now = peakRss(child.pid!);
      if (now !== null) peak = Math.max(peak ?? 0, now);
    }, 50);
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(watch);
      resolve({ seconds: (performance.now() - start) / 1000, peakRssMB: peak, exitCode: code, outputLines: lines });
    });
  });
}

export async function runCli(options: CliOptions): Promise<CliResult> {
  options.log('  building the CLI (npm run build:cli)');
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const files = corpusIds().map((id) => join(EXTRACTION_CORPUS, 'html', `${id}.html.gz`));
  const cliSeconds: number[] = [];
  const readabilitySeconds: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? ['readability', 'cli'] : ['cli', 'readability'];
    for (const which of order) {
      const run = which === 'cli' ? await runNode([BIN, 'analyze', '--json', ...files]) : await runNode([BASELINE, ...files]);
      (which === 'cli' ? cliSeconds : readabilitySeconds).push(run.seconds);
      options.log(`  round ${round + 1}: ${which} ${run.seconds.toFixed(1)} s (${run.outputLines} lines, exit ${run.exitCode})`);
    }
  }

  const startups: number[] = [];
  for (let i = 0; i < options.startups; i++) startups.push((await runNode([BIN, 'analyze', SMALL_PAGE])).seconds);
  options.log(`  start-up: ${startups.map((s) => s.toFixed(2)).join(' ')} s`);

  const many = Array.from({ length: options.memoryInputs }, (_, i) => files[i % files.length]);
  const memory = await runNode([BIN, 'analyze', '--json', ...many]);
  options.log(`  ${many.length} inputs: ${memory.seconds.toFixed(1)} s, peak ${memory.peakRssMB?.toFixed(0)} MB`);

  const ratio = median(cliSeconds) / median(readabilitySeconds);
  const startupMedian = median(startups);
  return {
    pages: files.length,
    jobs: availableParallelism(),
    throughput: { cliSeconds, readabilitySeconds, ratio },
    startup: { seconds: startups, median: startupMedian, page: SMALL_PAGE },
    memory: { inputs: many.length, seconds: memory.seconds, peakRssMB: memory.peakRssMB, outputLines: memory.outputLines },
    budgets: [
      budget(`CLI analyze --json over ${files.length} pages / Readability on linkedom, one process each (median of ${options.rounds})`, '<= 1.0x', ratio, (x) => x <= 1.0, times, 'issue 21'),
      budget('CLI start-up: analyze one small page (median)', '< 0.4 s', startupMedian, (x) => x < 0.4, (x) => `${x.toFixed(2)} s`, 'issue 21'),
      budget(`CLI peak resident memory over ${many.length} inputs`, '< 400 MB', memory.peakRssMB, (x) => x < 400, (x) => `${x.toFixed(0)} MB`, 'issue 21'),
    ],
  };
}

export function formatCli(r: CliResult): string {
  const s = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
  return [
    table(
      ['run', 'seconds (each round)', 'median'],
      [
        [`sourcelight analyze --json, ${r.pages} pages, --jobs ${r.jobs} (default)`, s(r.throughput.cliSeconds), median(r.throughput.cliSeconds).toFixed(1)],
        [`Readability on linkedom, ${r.pages} pages, one process`, s(r.throughput.readabilitySeconds), median(r.throughput.readabilitySeconds).toFixed(1)],
        [`start-up: sourcelight analyze ${r.startup.page}`, s(r.startup.seconds), r.startup.median.toFixed(2)],
        [`sourcelight analyze --json, ${r.memory.inputs} inputs (peak ${r.memory.peakRssMB?.toFixed(0) ?? '?'} MB)`, r.memory.seconds.toFixed(1), r.memory.seconds.toFixed(1)],
      ],
    ),
    `  ratio CLI / Readability on linkedom: ${times(r.throughput.ratio)}`,
  ].join('\n');
}
