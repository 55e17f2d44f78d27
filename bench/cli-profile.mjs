// Where the command line's time goes, by phase (issue 21): runs the built CLI with V8's CPU profiler
// (one profile per thread: the main thread and each --jobs worker) and sorts every sample into a phase
// by the innermost frame of ours or Readability's on its stack, mapped back to its source file through
// the bundle's source map.
//
//   npm run build:cli && node bench/cli-profile.mjs                      181 pages, default --jobs
//   node bench/cli-profile.mjs --jobs 1                                   one thread
//   node bench/cli-profile.mjs --jobs 1 -- tests/fixtures/kursk-pushback.html   start-up on one page
//
// Phases: start-up (Node's own loader, src/cli/load.ts compiling the bundle from its code cache, and
// running the bundle's top level), read+decode (src/cli/input.ts, decode.ts and their packages), parse
// (src/cli/dom.ts, extract/page-html.ts and linkedom under them), Readability (@mozilla/readability
// and the DOM calls it makes), extraction rules (src/extract), page facts (src/page, src/analyze.ts,
// src/language.ts), classification (src/attribution, src/text), report (src/report), output
// (src/cli/run-one.ts, format.ts: JSON and text), pool (src/cli/pool.ts, worker.ts), GC, idle
// (waiting: files, messages, other processes).
// Sampling under a profiler inflates every figure a little; compare phases, not totals.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMap } from 'node:module';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values: opts, positionals } = parseArgs({ allowPositionals: true, options: { jobs: { type: 'string' }, command: { type: 'string' }, keep: { type: 'boolean' } } });
const corpus = join(ROOT, 'tests/fixtures/extraction/html');
const inputs = positionals.length ? positionals : readdirSync(corpus).filter((f) => f.endsWith('.html.gz')).sort().map((f) => join(corpus, f));
const dir = mkdtempSync(join(tmpdir(), 'sourcelight-profile-'));
const args = ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '250', join(ROOT, 'bin/sourcelight.mjs'), opts.command ?? 'analyze', '--json'];
if (opts.jobs) args.push('--jobs', opts.jobs);
const started = performance.now();
try {
  execFileSync(process.execPath, [...args, ...inputs], { cwd: ROOT, stdio: ['ignore', 'ignore', 'ignore'] });
} catch {
  // Inputs that are not articles make the CLI exit 1; the profile is still written.
}
const wall = (performance.now() - started) / 1000;

const maps = new Map();
function sourceOf(frame) {
  const { url, lineNumber, columnNumber } = frame;
  if (!url.includes('/dist/cli/')) return url.startsWith('node:') || url === '' ? `node:${frame.functionName}` : url;
  if (!maps.has(url)) {
    const file = new URL(url).pathname;
    maps.set(url, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
  }
  const entry = maps.get(url).findEntry(lineNumber, columnNumber);
  return entry?.originalSource ?? url;
}

const PHASES = [
  // The loader of the bundle (compiling it from its code cache) and the bundle's entry.
  [/src\/cli\/(load|bundle|worker-entry)\.ts$/, 'start-up'],
  [/node_modules\/@mozilla\/readability\//, 'Readability'],
  [/src\/cli\/(input|decode)\.ts$/, 'read+decode'],
  [/src\/cli\/dom\.ts$|src\/extract\/page-html\.ts$/, 'parse'],
  [/src\/extract\//, 'extraction rules'],
  [/src\/attribution\/|src\/text\/sentences\.ts$/, 'classification'],
  [/src\/report\//, 'report'],
  [/src\/page\/|src\/analyze\.ts$|src\/language\.ts$|src\/limits\.ts$/, 'page facts'],
  [/src\/cli\/(run-one|format)\.ts$/, 'output'],
  [/src\/cli\/(pool|worker|main)\.ts$/, 'pool'],
];

function summarise(file) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const phaseOf = new Map();
  const phaseOfNode = (id) => {
    if (phaseOf.has(id)) return phaseOf.get(id);
    const n = byId.get(id);
    const name = n.callFrame.functionName;
    let phase;
    if (name === '(garbage collector)') phase = 'GC';
    else if (name === '(idle)') phase = 'idle';
    else if (name === '(root)') phase = 'other';
    else {
      const src = sourceOf(n.callFrame);
      phase = PHASES.find(([re]) => re.test(src))?.[1];
      if (!phase && /^node:(compileSourceTextModule|loadAndTranslate|moduleStrategy|evaluate|compileForInternalLoader)$/.test(src)) phase = 'start-up';
      if (!phase && n.callFrame.url.includes('/dist/cli/') && !parent.has(id)) phase = 'start-up';
      if (!phase) {
        const up = parent.get(id);
        phase = up === undefined ? 'other' : phaseOfNode(up);
        // The bundle's top level runs under Node's loader: count it as start-up, not as its caller.
        if (phase === 'other' && n.callFrame.url.includes('/dist/cli/')) phase = 'start-up';
      }
    }
    phaseOf.set(id, phase);
    return phase;
  };
  const totals = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    const phase = phaseOfNode(p.samples[i]);
    totals.set(phase, (totals.get(phase) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  return totals;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
const rows = files.map((f, i) => [i === 0 ? 'main thread' : `worker ${i}`, summarise(join(dir, f))]);
const phases = ['start-up', 'read+decode', 'parse', 'Readability', 'extraction rules', 'page facts', 'classification', 'report', 'output', 'pool', 'GC', 'other', 'idle'];
const busy = (t) => [...t].filter(([k]) => k !== 'idle').reduce((s, [, v]) => s + v, 0);
console.log(`${inputs.length} inputs, ${opts.jobs ? `--jobs ${opts.jobs}` : 'default --jobs'}: ${wall.toFixed(2)} s wall under the profiler`);
console.log(['phase (ms)'.padEnd(18), ...rows.map(([name]) => name.padStart(12)), 'all threads'.padStart(12), 'share'.padStart(7)].join(''));
const all = rows.reduce((s, [, t]) => s + busy(t), 0);
for (const phase of phases) {
  const values = rows.map(([, t]) => t.get(phase) ?? 0);
  const sum = values.reduce((a, b) => a + b, 0);
  if (!sum) continue;
  const share = phase === 'idle' ? '' : `${((100 * sum) / all).toFixed(1)}%`;
  console.log([phase.padEnd(18), ...values.map((v) => v.toFixed(0).padStart(12)), sum.toFixed(0).padStart(12), share.padStart(7)].join(''));
}
console.log(['busy (not idle)'.padEnd(18), ...rows.map(([, t]) => busy(t).toFixed(0).padStart(12)), all.toFixed(0).padStart(12)].join(''));
if (opts.keep) console.log(`profiles kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
