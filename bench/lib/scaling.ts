// Section "scaling": one article with its body repeated 1, 10 and 100 times. Each step of the engine is
// timed on the same DOM, and the ratio per 10x says how it grows: about 10 is linear, about 100
// quadratic. When a step grows faster than linear from 10x to 100x, a CPU profile of the whole analysis
// and anchoring at both sizes tells which module and function the extra time goes to (each sample is
// charged to the innermost function of src/ on its stack, so work done inside jsdom or Readability
// counts against the engine function that asked for it).
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../src/cli/dom';
import { extractArticle } from '../../src/extract';
import { classifyBlocks } from '../../src/attribution';
import { analyzeArticle, analyzeDocument } from '../../src/analyze';
import { anchorSentences, readPageText } from '../../src/anchor';
import { repeatArticle, SEED, SEED_URL } from './article';
import { ROOT } from './corpus';
import { ratio, timed } from './stats';
import { budget, ms, table, times, type Budget } from './report';

export interface ScalingOptions {
  sizes: number[];
  /** Timed repetitions per size (the fastest is kept). */
  reps: (times: number) => number;
  /** Profile even when nothing looks superlinear. */
  profile: boolean;
  log: (line: string) => void;
}

const STEPS = ['readability', 'extraction', 'classification', 'classification+report', 'whole', 'pageText', 'anchoring', 'wholeAndAnchoring'] as const;
type Step = (typeof STEPS)[number];

const STEP_NAMES: Record<Step, string> = {
  readability: 'Readability alone (reference)',
  extraction: 'extraction (extractArticle)',
  classification: 'classification (classifyBlocks)',
  'classification+report': 'classification + report (analyzeArticle)',
  whole: 'whole analysis (analyzeDocument)',
  pageText: 'anchoring: page text walk (readPageText)',
  anchoring: 'anchoring: find sentences (anchorSentences)',
  wholeAndAnchoring: 'whole analysis + anchoring',
};

export interface ScalingSize {
  times: number;
  bodyChars: number;
  htmlBytes: number;
  sentences: number;
  anchored: number;
  reps: number;
  ms: Record<Step, number>;
}

export interface ProfileRow {
  where: string;
  ms: Record<number, number>;
  growth: number | null;
}

export interface ScalingResult {
  seed: string;
  sizes: ScalingSize[];
  /** Per step: the ratio of its time at each size to the size 10x smaller. */
  per10x: Record<Step, { from: number; to: number; ratio: number | null }[]>;
  superlinear: { step: Step; ratio: number }[];
  profile: { sizes: number[]; byStage: ProfileRow[]; byFunction: ProfileRow[] } | null;
  budgets: Budget[];
}

/** Steps that take less than this at the largest size are too small to judge growth by. */
const MIN_MS_TO_JUDGE = 20;
/** From 10x to 100x, a step growing more than this much is called superlinear (exponent > ~1.15). */
const SUPERLINEAR = 15;

function measure(doc: Document): Record<Step, number> & { sentences: number; anchored: number } {
  const [, readability] = timed(() => new Readability(doc.cloneNode(true) as Document).parse());
  const [article, extraction] = timed(() => extractArticle(doc, { url: SEED_URL }));
  const [, classification] = timed(() => classifyBlocks(article.blocks, { lang: article.lang }));
  const [, classificationReport] = timed(() => analyzeArticle(article));
  const [report, whole] = timed(() => analyzeDocument(doc, { url: SEED_URL }));
  const [page, pageText] = timed(() => readPageText(doc.body));
  const [ranges, anchoring] = timed(() => anchorSentences(page, report.sentences.map((s) => s.text)));
  return {
    readability,
    extraction,
    classification,
    'classification+report': classificationReport,
    whole,
    pageText,
    anchoring,
    wholeAndAnchoring: whole + pageText + anchoring,
    sentences: report.sentences.length,
    anchored: ranges.filter(Boolean).length,
  };
}

// jsdom's window holds timers and must be closed; linkedom's (the command line's parser) has no close.
const close = (doc: Document) => {
  const view = doc.defaultView as unknown as { close?: () => void } | null;
  if (typeof view?.close === 'function') view.close();
};

export async function runScaling(options: ScalingOptions): Promise<ScalingResult> {
  // Warm-up: the smallest page a few times, untimed.
  {
    const warm = parseHtml(repeatArticle(1).html, SEED_URL);
    for (let i = 0; i < 3; i++) measure(warm);
    close(warm);
  }
  const sizes: ScalingSize[] = [];
  const docs = new Map<number, Document>();
  for (const n of options.sizes) {
    const built = repeatArticle(n);
    const doc = parseHtml(built.html, SEED_URL);
    const reps = options.reps(n);
    const runs = Array.from({ length: reps }, () => measure(doc));
    // The fastest of the runs: a garbage collection or another process landing in one run only
    // ever adds time, and a single bad run at 100x would otherwise look like superlinear growth.
    const msBy = Object.fromEntries(STEPS.map((s) => [s, Math.min(...runs.map((r) => r[s]))])) as Record<Step, number>;
    sizes.push({ times: n, bodyChars: built.bodyChars, htmlBytes: Buffer.byteLength(built.html), sentences: runs[0].sentences, anchored: runs[0].anchored, reps, ms: msBy });
    options.log(`  scaling: ${n}x done (${reps} runs, whole ${ms(msBy.whole)} ms)`);
    docs.set(n, doc);
  }

  const per10x = Object.fromEntries(
    STEPS.map((s) => [
      s,
      sizes.slice(1).map((size, i) => ({ from: sizes[i].times, to: size.times, ratio: ratio(size.ms[s], sizes[i].ms[s]) })),
    ]),
  ) as ScalingResult['per10x'];
  const largest = sizes[sizes.length - 1];
  const growth = STEPS.filter((s) => s !== 'readability' && s !== 'wholeAndAnchoring')
    .map((s) => {
      const last = per10x[s][per10x[s].length - 1];
      // Normalise to a 10x step when the last two sizes are not exactly 10x apart.
      const step = last ? last.to / last.from : 10;
      const r = last?.ratio ?? null;
      return { step: s, ratio: r === null ? 0 : r ** (1 / Math.log10(step)) };
    })
    .filter((x) => largest.ms[x.step] >= MIN_MS_TO_JUDGE);
  const superlinear = growth.filter((x) => x.ratio > SUPERLINEAR);
  const steepest = growth.length ? growth.reduce((a, b) => (b.ratio > a.ratio ? b : a)) : null;

  let profile: ScalingResult['profile'] = null;
  if (sizes.length >= 2 && (superlinear.length || options.profile)) {
    const pair = sizes.slice(-2).map((s) => s.times);
    const rows = new Map<string, Record<number, number>>();
    const stages = new Map<string, Record<number, number>>();
    for (const n of pair) {
      const doc = docs.get(n)!;
      const reps = Math.max(1, Math.round((options.reps(n) * 2) / 3));
      const samples = await profileRuns(doc, reps);
      for (const [where, t] of samples) {
        const rec = rows.get(where) ?? {};
        rec[n] = (rec[n] ?? 0) + t / reps;
        rows.set(where, rec);
        const stage = stageOf(where);
        const st = stages.get(stage) ?? {};
        st[n] = (st[n] ?? 0) + t / reps;
        stages.set(stage, st);
      }
      options.log(`  scaling: profiled ${n}x`);
    }
    const toRows = (m: Map<string, Record<number, number>>) =>
      [...m]
        .map(([where, t]) => ({ where, ms: { [pair[0]]: t[pair[0]] ?? 0, [pair[1]]: t[pair[1]] ?? 0 }, growth: ratio(t[pair[1]] ?? 0, t[pair[0]] ?? 0) }))
        // Biggest time beyond linear growth first.
        .sort((a, b) => excess(b, pair) - excess(a, pair));
    profile = { sizes: pair, byStage: toRows(stages), byFunction: toRows(rows).slice(0, 12) };
  }
  for (const doc of docs.values()) close(doc);

  const worst = (s: Step) => {
    const last = per10x[s][per10x[s].length - 1];
    return last?.ratio ?? null;
  };
  const budgets: Budget[] = [
    budget(
      `every step linear, ${largest.times / 10}x -> ${largest.times}x (steepest: ${steepest ? STEP_NAMES[steepest.step] : '-'})`,
      'linear (<= 15x per 10x)',
      steepest?.ratio ?? null,
      (x) => x <= SUPERLINEAR,
      times,
      'issue 6',
    ),
    budget(`whole analysis, ${largest.times / 10}x -> ${largest.times}x`, 'linear (~10x per 10x; <= 15x)', worst('whole'), (x) => x <= SUPERLINEAR, times, 'issue 6'),
    budget(`anchoring (text walk + find), ${largest.times / 10}x -> ${largest.times}x`, 'linear (~10x per 10x; <= 15x)', ratio(largest.ms.pageText + largest.ms.anchoring, (sizes[sizes.length - 2]?.ms.pageText ?? 0) + (sizes[sizes.length - 2]?.ms.anchoring ?? 0)), (x) => x <= SUPERLINEAR, times, 'issue 6'),
  ];
  return { seed: relative(ROOT, SEED), sizes, per10x, superlinear, profile, budgets };
}

const excess = (r: ProfileRow, pair: number[]) => (r.ms[pair[1]] ?? 0) - (r.ms[pair[0]] ?? 0) * (pair[1] / pair[0]);

/** Which part of the engine a profile location belongs to. */
function stageOf(where: string): string {
  if (where.startsWith('src/extract/readability')) return 'extraction: Readability (our run)';
  if (where.startsWith('src/extract/')) return 'extraction: our steps';
  if (where.startsWith('src/attribution/') || where.startsWith('src/text/')) return 'classification';
  if (where.startsWith('src/report/')) return 'report';
  if (where.startsWith('src/anchor')) return 'anchoring';
  if (where.startsWith('src/')) return `other engine (${where.split(' ')[0]})`;
  return 'outside the engine';
}

/** CPU profile of the whole analysis plus anchoring, `reps` times: ms per innermost src/ function. */
async function profileRuns(doc: Document, reps: number): Promise<Map<string, number>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
  for (let i = 0; i < reps; i++) {
    const report = analyzeDocument(doc, { url: SEED_URL });
    anchorSentences(readPageText(doc.body), report.sentences.map((s) => s.text));
  }
  const { profile } = await session.post('Profiler.stop');
  await session.post('Profiler.disable');
  session.disconnect();

  const srcDir = `${ROOT}/src/`;
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const label = new Map<number, string>();
  const labelOf = (id: number): string => {
    const known = label.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    let file = '';
    try {
      file = node.callFrame.url.startsWith('file:') ? fileURLToPath(node.callFrame.url) : node.callFrame.url;
    } catch {
      file = node.callFrame.url;
    }
    let out: string;
    if (file.startsWith(srcDir)) out = `${relative(ROOT, file)} ${node.callFrame.functionName || '(anonymous)'}`;
    else {
      const up = parent.get(id);
      out = up === undefined ? '(outside src/)' : labelOf(up);
    }
    label.set(id, out);
    return out;
  };
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const where = labelOf(samples[i]);
    // timeDeltas[i] is the time before sample i; charge it to the sample after the gap (V8's convention).
    totals.set(where, (totals.get(where) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  return totals;
}

export function formatScaling(r: ScalingResult): string {
  const header = ['step', ...r.sizes.map((s) => `${s.times}x ms`), ...r.per10x.whole.map((p) => `${p.from}x->${p.to}x`)];
  const rows = STEPS.map((s) => [STEP_NAMES[s], ...r.sizes.map((size) => ms(size.ms[s])), ...r.per10x[s].map((p) => times(p.ratio))]);
  const lines = [
    `seed ${r.seed}; article body repeated: ${r.sizes.map((s) => `${s.times}x = ${(s.bodyChars / 1000).toFixed(0)}k chars, ${s.sentences} sentences (${s.anchored} anchored), fastest of ${s.reps}`).join('; ')}`,
    table(header, rows),
    r.superlinear.length
      ? `  superlinear from ${r.sizes[r.sizes.length - 2]?.times}x to ${r.sizes[r.sizes.length - 1]?.times}x: ${r.superlinear.map((s) => `${STEP_NAMES[s.step]} (${s.ratio.toFixed(1)}x per 10x)`).join(', ')}`
      : '  nothing grows faster than linear (every step <= 15x per 10x where it takes >= 20 ms)',
  ];
  if (r.profile) {
    const [a, b] = r.profile.sizes;
    lines.push(`  CPU profile of whole analysis + anchoring, ms per run, by part (${a}x vs ${b}x; growth ~${b / a} is linear):`);
    lines.push(table(['part', `${a}x`, `${b}x`, 'growth'], r.profile.byStage.map((x) => [x.where, ms(x.ms[a]), ms(x.ms[b]), times(x.growth)])));
    lines.push('  functions with the most time beyond linear growth (innermost src/ function on the stack):');
    lines.push(table(['function', `${a}x`, `${b}x`, 'growth'], r.profile.byFunction.map((x) => [x.where, ms(x.ms[a]), ms(x.ms[b]), times(x.growth)])));
    const top = r.profile.byFunction[0];
    if (top && r.superlinear.length) {
      lines.push(`  => the time beyond linear goes mostly to ${top.where}: ${ms(top.ms[a])} ms at ${a}x, ${ms(top.ms[b])} ms at ${b}x (${times(top.growth)} for ${b / a}x the text)`);
    }
  }
  return lines.join('\n');
}
