// npm run bench:ab -- <extension dir A> <extension dir B> [--rounds 4]
//
// Compares two builds of the extension (test flavor) on the pages of the browser section, when a
// change is too small for two separate `npm run bench` runs to tell apart on a shared two-core
// machine: the builds take turns, one round each, in alternating order (A B, B A, ...), each in a
// fresh Chromium taking every page once on both paths of `npm run bench`: a load (the automatic
// analysis) and a click once the page has loaded (the reader's path, with Readability alone after it
// in the same page). Reported per build and path: the medians of the content time and of each phase.
// Build a variant with `npx wxt build --mode test` and copy `.output/chrome-mv3-test` aside before
// building the other.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer } from '../tests/e2e/setup/server';
import { bundle, measureOnDemand, pagesToMeasure, READABILITY_GLOBAL } from './browser/content';
import { launch, readProbe, waitForFirstAnalysis } from './browser/session';
import { ROOT } from './lib/corpus';
import { median } from './lib/stats';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 4;
const builds = args;
if (builds.length !== 2 || !builds.every((dir) => existsSync(join(dir, 'manifest.json'))) || !(rounds > 0)) {
  console.error('usage: npm run bench:ab -- <extension dir A> <extension dir B> [--rounds N]');
  process.exit(2);
}

const server = await startFixtureServer(join(ROOT, 'tests/fixtures'));
const pages = pagesToMeasure(server);
type Runs = { content: number[]; readability: number[]; phases: Map<string, number[]> };
const runs = () => ({ content: [], readability: [], phases: new Map() });
const measured = new Map<string, { load: Runs; click: Runs }>(builds.map((b) => [b, { load: runs(), click: runs() }]));
const record = (into: Runs, run: { ms: number; phases: object | null }, readabilityMs: number | null = null) => {
  into.content.push(run.ms);
  if (readabilityMs !== null) into.readability.push(readabilityMs);
  for (const [phase, ms] of Object.entries(run.phases ?? {})) into.phases.set(phase, [...(into.phases.get(phase) ?? []), ms as number]);
};
const readabilityBundle = await bundle("export { Readability } from '@mozilla/readability';", READABILITY_GLOBAL);
try {
  for (let round = 0; round < rounds; round++) {
    for (const build of round % 2 ? [...builds].reverse() : builds) {
      const session = await launch(build);
      try {
        // The background registers the content script when it starts; a page loaded before that gets
        // no analysis. Then a warm-up load, not measured, opens the engine's page.
        await session.worker.evaluate(async () => {
          type Scripting = { getRegisteredContentScripts(): Promise<unknown[]> };
          const scripting = (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome.scripting;
          for (let i = 0; i < 100 && (await scripting.getRegisteredContentScripts()).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
        });
        const warm = await session.context.newPage();
        await warm.goto(`${server.origin}${pages[0].path}`);
        await waitForFirstAnalysis(warm, 30_000);
        await warm.close();
        const into = measured.get(build)!;
        for (const ref of pages) {
          const page = await session.context.newPage();
          await page.goto(`${server.origin}${ref.path}`, { waitUntil: 'load' });
          await waitForFirstAnalysis(page, 30_000);
          record(into.load, (await readProbe(page)).analyses[0]);
          await page.close();
          const click = await measureOnDemand(session, `${server.origin}${ref.path}`, readabilityBundle, 30_000);
          if (click) record(into.click, click, click.readabilityMs);
        }
      } finally {
        await session.close();
      }
      console.log(`round ${round + 1} of ${rounds}: ${build} done`);
    }
  }
} finally {
  await server.close();
}

for (const [build, paths] of measured) {
  for (const [path, { content, readability, phases }] of Object.entries(paths)) {
    if (!content.length) continue;
    const phaseText = [...phases].map(([phase, ms]) => `${phase} ${median(ms).toFixed(1)}`).join(', ');
    const baseline = readability.length ? `, Readability alone ${median(readability).toFixed(1)} ms` : '';
    console.log(`${build}, ${path === 'load' ? 'at page load' : 'on a click'}: ${content.length} runs, content median ${median(content).toFixed(1)} ms${baseline}; phase medians (ms): ${phaseText}`);
  }
}
