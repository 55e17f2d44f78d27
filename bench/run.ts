// npm run bench: Sourcelight's speed report (issue 6). One run prints a readable report and writes the
// same figures as JSON to bench/results/bench.json; every measurement is taken in the same run as its
// baseline. How the figures are taken, and the last full run's numbers: bench/RESULTS.md.
//
//   npm run bench                                  every section (about 5 minutes on 2 cores)
//   npm run bench -- --only node,scaling           some sections: node, scaling, cli, browser, sizes, popup, memory, cold
//   npm run bench -- --only cli --cli-rounds 5     the command line: more rounds against its baseline
//   npm run bench -- --loads 5 --popups 5          more page loads / popup opens per page
//   npm run bench -- --clicks 20 --launches 5      more clicks per kind, more fresh browsers (cold section)
//   npm run bench -- --pages 40                    the node section on the first 40 corpus pages only
//   npm run bench -- --profile                     always profile the scaling section
//
// Benchmarks are reports, not tests: a slow result prints FAIL beside its budget, and the exit code
// is non-zero only when the benchmark itself crashes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { machineInfo, watchLoad, type Load } from './lib/machine';
import { ROOT } from './lib/corpus';
import { budgetLines, type Budget } from './lib/report';
import { formatNodeEngine, runNodeEngine } from './lib/node-engine';
import { formatScaling, runScaling } from './lib/scaling';
import { formatCli, runCli } from './lib/cli';
import { formatSizes, runSizes } from './lib/sizes';
import { ensureBuild } from './browser/build';
import { formatBrowser, formatPopup, runBrowser } from './browser/content';
import { formatMemory, runMemory } from './browser/memory';
import { formatCold, runCold } from './browser/cold';

const SECTIONS = ['node', 'scaling', 'cli', 'browser', 'sizes', 'popup', 'memory', 'cold'] as const;
type Section = (typeof SECTIONS)[number];

const { values: opts } = parseArgs({
  options: {
    only: { type: 'string' },
    pages: { type: 'string' },
    loads: { type: 'string' },
    popups: { type: 'string' },
    'large-loads': { type: 'string' },
    clicks: { type: 'string' },
    launches: { type: 'string' },
    profile: { type: 'boolean' },
    'cli-rounds': { type: 'string' },
    out: { type: 'string' },
  },
});

const only = (opts.only ?? SECTIONS.join(','))
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const s of only) {
  if (!SECTIONS.includes(s as Section)) {
    console.error(`bench: unknown section "${s}" (sections: ${SECTIONS.join(', ')})`);
    process.exit(2);
  }
}
const selected = new Set(only as Section[]);
const int = (v: string | undefined, fallback: number) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : fallback);

const log = (line: string) => process.stderr.write(`${line}\n`);
const print = (line = '') => process.stdout.write(`${line}\n`);

function gitState(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', 'src', 'extension'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

async function main(): Promise<void> {
  const started = new Date();
  const machine = machineInfo();
  const git = gitState();
  const out: Record<string, unknown> = { date: started.toISOString(), machine, git, sections: [...selected] };
  const loads: Partial<Record<Section | 'build', Load>> = {};
  const allBudgets: (Budget & { section: string })[] = [];

  print(`Sourcelight benchmark, ${started.toISOString()}`);
  print(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.os}; Node ${machine.node}; ${machine.chromium}`);
  print(`code: ${git.commit}${git.dirty ? ' plus uncommitted changes in src/ or extension/' : ''}`);

  const section = async <T>(name: Section | 'build', title: string, run: () => Promise<T> | T, format?: (r: T) => string, budgets?: (r: T) => Budget[]): Promise<T> => {
    log(`[${name}] ${title}…`);
    const stop = watchLoad();
    const result = await run();
    const ended = (result as { chromiumCpuSeconds?: number } | null)?.chromiumCpuSeconds;
    const load = stop(typeof ended === 'number' ? ended : 0);
    loads[name] = load;
    if (format) {
      print();
      print(`== ${title}`);
      print(format(result));
      const b = budgets?.(result) ?? [];
      if (b.length) print(budgetLines(b));
      allBudgets.push(...b.map((x) => ({ ...x, section: name })));
      print(
        `  (${load.wallSeconds.toFixed(0)} s; machine busy ${load.machineBusyCores ?? '?'} of ${machine.cores} cores, ` +
          `this benchmark ${load.benchBusyCores}, other work ${load.otherBusyCores ?? '?'}; load average ${load.loadAverageStart} -> ${load.loadAverageEnd})`,
      );
    }
    return result;
  };

  // Builds first, so that the extension measured in Chromium is the code of this moment.
  const needTest = selected.has('browser') || selected.has('popup') || selected.has('memory') || selected.has('cold');
  const needProd = selected.has('sizes');
  let builds: Awaited<ReturnType<typeof ensureBuild>> | null = null;
  if (needTest || needProd) {
    builds = await section('build', 'Builds', () => ensureBuild({ test: needTest, production: needProd, log }));
    out.builds = builds;
  }

  if (selected.has('node')) {
    const r = await section('node', 'Engine in Node on the extraction benchmark pages (linkedom, as the command line)', () => runNodeEngine({ warmup: 5, limit: opts.pages ? int(opts.pages, 0) : undefined, log }), formatNodeEngine, (x) => x.budgets);
    out.node = r;
  }
  if (selected.has('scaling')) {
    const reps: Record<number, number> = { 1: 10, 10: 3, 100: 2 };
    const r = await section('scaling', 'Scaling: one article repeated 1, 10 and 100 times (Node, jsdom)', () => runScaling({ sizes: [1, 10, 100], reps: (n) => reps[n] ?? 1, profile: !!opts.profile, log }), formatScaling, (x) => x.budgets);
    out.scaling = r;
  }
  if (selected.has('cli')) {
    const r = await section(
      'cli',
      'Command line: whole processes over the extraction benchmark pages, against Readability on linkedom',
      () => runCli({ rounds: int(opts['cli-rounds'], 3), startups: 5, memoryInputs: 1000, log }),
      formatCli,
      (x) => x.budgets,
    );
    out.cli = r;
  }
  if (selected.has('browser') || selected.has('popup')) {
    const r = await section(
      'browser',
      selected.has('browser') ? 'In Chromium with the built extension (test flavor)' : 'Popup (Chromium, built extension)',
      () =>
        runBrowser({
          extensionDir: builds!.test!.dir,
          content: selected.has('browser'),
          popup: selected.has('popup'),
          loads: int(opts.loads, 3),
          popups: int(opts.popups, 2),
          largeLoads: int(opts['large-loads'], 1),
          log,
        }),
    );
    if (selected.has('browser')) {
      print();
      print('== In Chromium with the built extension (test flavor): content script vs Readability in the same page');
      print(formatBrowser(r));
      print(budgetLines(r.budgets));
      // Beside the budgets, not among them: no limit, so no verdict to count.
      for (const i of r.informational) print(`  informational (no limit): ${i.what}: ${i.measured}`);
      allBudgets.push(...r.budgets.map((x) => ({ ...x, section: 'browser' })));
    }
    if (selected.has('popup')) {
      print();
      print('== Popup: opening popup.html?tabId=N to the summary shown');
      print(formatPopup(r));
      print(budgetLines(r.popupBudgets));
      allBudgets.push(...r.popupBudgets.map((x) => ({ ...x, section: 'popup' })));
    }
    const load = loads.browser!;
    print(
      `  (${load.wallSeconds.toFixed(0)} s; machine busy ${load.machineBusyCores ?? '?'} of ${machine.cores} cores, ` +
        `this benchmark with Chromium ${load.benchBusyCores}, other work ${load.otherBusyCores ?? '?'}; load average ${load.loadAverageStart} -> ${load.loadAverageEnd})`,
    );
    const { budgets: _b, popupBudgets: _p, ...rest } = r;
    if (selected.has('browser')) out.browser = { ...rest, popup: undefined, budgets: r.budgets };
    if (selected.has('popup')) out.popup = { pages: r.popup, budgets: r.popupBudgets };
  }
  if (selected.has('cold')) {
    const r = await section('cold', 'Clicks: cold (engine page closed, or the browser just started) and warm (Chromium, test flavor)', () => runCold({ extensionDir: builds!.test!.dir, clicks: int(opts.clicks, 10), launches: int(opts.launches, 3), log }), formatCold, (x) => x.budgets);
    out.cold = r;
  }
  if (selected.has('memory')) {
    const r = await section('memory', 'Memory: the extension working and idle, beside the same browser without it (Chromium, test flavor)', () => runMemory({ extensionDir: builds!.test!.dir, log }), formatMemory, (x) => x.budgets);
    out.memory = r;
  }
  if (selected.has('sizes')) {
    const r = await section('sizes', `Size of each built entrypoint (${relative(ROOT, builds!.production!.dir)})`, () => runSizes(builds!.production!.dir), formatSizes, (x) => x.budgets);
    out.sizes = r;
  }

  out.load = loads;
  out.budgets = allBudgets;
  const failed = allBudgets.filter((b) => b.pass === false);
  print();
  print(`== Budgets: ${allBudgets.length - failed.length} of ${allBudgets.length} met`);
  print(budgetLines(allBudgets.map((b) => ({ ...b, what: `[${b.section}] ${b.what}` }))));
  const busy = Object.values(loads).filter((l): l is Load => !!l && (l.otherBusyCores ?? 0) > 0.3);
  if (busy.length) print(`note: other work used more than 0.3 of a core during ${busy.length} section(s): absolute times are inflated; ratios, taken side by side, less so.`);

  const file = opts.out ?? join(ROOT, 'bench/results/bench.json');
  mkdirSync(join(file, '..'), { recursive: true });
  out.seconds = Math.round((Date.now() - started.getTime()) / 1000);
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  print(`wrote ${relative(ROOT, file)} (${out.seconds} s in all)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
