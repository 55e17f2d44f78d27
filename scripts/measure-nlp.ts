// npm run measure:nlp: what a maintained part-of-speech tagger would buy the claim decision, and what it
// would cost. Issue 19 asks to measure wink-nlp (with wink-eng-lite-web-model) and compromise before
// writing more word lists; this script is that measurement, re-runnable by anyone.
//
// What it buys: the claim model (scripts/lib/claim-training.ts) is trained as `npm run train` trains it,
// with and without each tagger's features added (tags present in the sentence, the first word's tag,
// named-entity types, counts of proper nouns and numbers). Each variant is chosen by cross-validation
// over the development part's sites, then trained on all of it and scored once on the frozen test part,
// in aggregate only (claim F1 and accuracy of the model's decisions). Nothing here writes weights.
//
// What it costs: the size of each tagger bundled for the browser (esbuild, minified, gzipped), its
// load time in a fresh process, and its time to tag the sentences of the corpus beside the time
// Readability takes on the same pages.
//
//   npm run measure:nlp                 everything (a few minutes on two cores)
//   npm run measure:nlp -- --no-cost    only what it buys
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { Readability } from '@mozilla/readability';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { declaredUrl, parseHtml } from '../src/cli/dom';
import { FEATURE_SETS, chooseModel, corpusPages, examplesOf, fit, predict, quality, vocabulary, type Example } from './lib/claim-training';

const ROOT = new URL('..', import.meta.url).pathname;
const { values: opts } = parseArgs({ options: { 'no-cost': { type: 'boolean' } } });

type Tagger = (sentence: string) => Map<string, number>;

const bucket = (n: number) => (n === 0 ? '0' : n <= 2 ? '1-2' : '3+');

/** compromise: every tag of every term (its tags are a hierarchy: Verb > PastTense, Noun > Person). */
const compromiseTagger: Tagger = (sentence) => {
  const f = new Map<string, number>();
  const terms = nlp(sentence).json().flatMap((s: { terms: { tags: string[] }[] }) => s.terms);
  terms.forEach((term: { tags: string[] }, i: number) => {
    for (const tag of term.tags) {
      f.set(`cmp:${tag}`, 1);
      if (i === 0) f.set(`cmp-first:${tag}`, 1);
    }
  });
  const count = (tag: string) => terms.filter((t: { tags: string[] }) => t.tags.includes(tag)).length;
  f.set(`cmp-people:${bucket(count('Person'))}`, 1);
  f.set(`cmp-values:${bucket(count('Value'))}`, 1);
  return f;
};

/** wink-nlp with its English lite model: universal part-of-speech tags, their pairs, entity types. */
function winkTagger(withPairs: boolean): Tagger {
  const wink = winkNLP(winkModel);
  const its = wink.its;
  return (sentence) => {
    const f = new Map<string, number>();
    const doc = wink.readDoc(sentence);
    const tags = doc.tokens().out(its.pos) as string[];
    tags.forEach((tag, i) => {
      f.set(`wink:${tag}`, 1);
      if (i === 0) f.set(`wink-first:${tag}`, 1);
      if (withPairs && i > 0) f.set(`wink-pair:${tags[i - 1]}_${tag}`, 1);
    });
    for (const type of doc.entities().out(its.type) as string[]) f.set(`wink-entity:${type}`, 1);
    f.set(`wink-propn:${bucket(tags.filter((t) => t === 'PROPN').length)}`, 1);
    f.set(`wink-num:${bucket(tags.filter((t) => t === 'NUM').length)}`, 1);
    return f;
  };
}

const VARIANTS: Record<string, Tagger | undefined> = {
  'the model today (no tagger)': undefined,
  '+ compromise 14.20': compromiseTagger,
  '+ wink-nlp 2.4 (tags)': winkTagger(false),
  '+ wink-nlp 2.4 (tags and tag pairs)': winkTagger(true),
};

const withTags = (examples: Example[], tagger: Tagger | undefined): Example[] =>
  tagger ? examples.map((e) => ({ ...e, features: new Map([...e.features, ...tagger(e.text)]) })) : examples;

const devPages = corpusPages('dev');
const testPages = corpusPages('test');
const dev = devPages.flatMap(examplesOf);
const test = testPages.flatMap(examplesOf);
console.log(`claim decisions: ${dev.length} development examples, ${test.length} test examples (the sentences the model decides)\n`);
console.log('WHAT IT BUYS (claim F1 / accuracy of the model\'s decisions)');
console.log('  variant                                  dev, cross-validated   test part (aggregate)');
for (const [name, tagger] of Object.entries(VARIANTS)) {
  const devTagged = withTags(dev, tagger);
  const testTagged = withTags(test, tagger);
  const chosen = chooseModel(devTagged);
  const model = fit(devTagged, vocabulary(devTagged, FEATURE_SETS[chosen.set]), chosen.lambda);
  const q = quality(testTagged.map((e) => ({ p: predict(model, e), claim: e.claim })), chosen.threshold);
  console.log(
    `  ${name.padEnd(40)} ${chosen.f1.toFixed(3)} / ${chosen.accuracy.toFixed(3)}          ${q.f1.toFixed(3)} / ${q.accuracy.toFixed(3)}`,
  );
}

if (!opts['no-cost']) {
  console.log('\nWHAT IT COSTS');
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-nlp-'));
  const entries: Record<string, string> = {
    compromise: `import nlp from 'compromise'; export const tag = (s) => nlp(s).json();`,
    'wink-nlp + wink-eng-lite-web-model': `import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model';
      const wink = winkNLP(model); export const tag = (s) => wink.readDoc(s).tokens().out(wink.its.pos);`,
  };
  for (const [name, source] of Object.entries(entries)) {
    const entry = join(dir, `${name.replace(/\W+/g, '-')}.mjs`);
    writeFileSync(entry, source);
    const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, nodePaths: [join(ROOT, 'node_modules')], logLevel: 'silent' });
    const bytes = out.outputFiles[0].contents;
    const bundled = join(dir, `${name.replace(/\W+/g, '-')}.bundle.mjs`);
    writeFileSync(bundled, bytes);
    // Load time in a fresh process: import the bundle and tag one sentence (the model is built lazily).
    const loads = [0, 1, 2].map(() =>
      Number(
        execFileSync(process.execPath, [
          '--input-type=module',
          '-e',
          `const t0 = performance.now(); const m = await import(${JSON.stringify(bundled)}); m.tag('Officials said on Tuesday.'); console.log(performance.now() - t0);`,
        ]).toString(),
      ),
    ).sort((a, b) => a - b);
    console.log(`  ${name}: ${(bytes.length / 1024).toFixed(0)} KB minified, ${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzipped; load and first sentence ${loads[1].toFixed(0)} ms (median of 3, fresh process)`);
  }
  const engine = await build({ entryPoints: [join(ROOT, 'src/index.ts')], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  console.log(`  for scale, the engine itself (src/index.ts, Readability included): ${(engine.outputFiles[0].contents.length / 1024).toFixed(0)} KB minified, ${(gzipSync(engine.outputFiles[0].contents).length / 1024).toFixed(0)} KB gzipped`);

  // Tagging every sentence of the pages (what the engine would have to do) against Readability there.
  const pages = [...devPages, ...testPages];
  const sentencesOf = new Map<string, string[]>();
  for (const e of [...dev, ...test]) sentencesOf.set(e.page, [...(sentencesOf.get(e.page) ?? []), e.text]);
  let readabilityMs = 0;
  for (const page of pages) {
    const doc = parseHtml(page.html, declaredUrl(page.html));
    const t0 = performance.now();
    new Readability(doc).parse();
    readabilityMs += performance.now() - t0;
  }
  const all = [...sentencesOf.values()].flat();
  for (const [name, tagger] of Object.entries(VARIANTS)) {
    if (!tagger) continue;
    const t0 = performance.now();
    for (const s of all) tagger(s);
    const ms = performance.now() - t0;
    console.log(`  ${name}: ${(ms / all.length).toFixed(2)} ms a sentence; the model's ${all.length} sentences take ${(ms / readabilityMs).toFixed(2)}x Readability's time on the same ${pages.length} pages (${readabilityMs.toFixed(0)} ms)`);
  }
}
