// npm run train: learns the claim model (src/attribution/claim-model.ts) from the DEVELOPMENT part of
// the labeled corpus and writes its weights to src/attribution/claim-model.json. Never reads the test
// part. Deterministic: same labels, same engine, same weights (full-batch training from zero weights,
// no randomness), so the committed weights can be checked by running it again.
//
// Examples: every sentence the engine leaves without a source and for which the rules of claims.ts
// find no evidence either way (the model decides only those), paired
// with the gold sentence it covers, when the editors call that sentence unsourced (a claim) or neutral
// (not one). Sentences whose gold label is an attribution the engine missed teach the claim decision
// nothing and are left out. The regularisation strength is chosen by cross-validation over pages.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_SETS, chooseModel, corpusPages, examplesOf, fit, predict, quality, vocabulary } from './lib/claim-training';

const OUT = join(new URL('..', import.meta.url).pathname, 'src/attribution/claim-model.json');

const pages = corpusPages('dev');
const examples = pages.flatMap(examplesOf);
const claims = examples.filter((e) => e.claim).length;
console.log(`${pages.length} development pages, ${examples.length} examples (${claims} claims, ${examples.length - claims} not)`);

// The rules alone, for comparison: their verdict is the sign of their score.
const rules = examples.map((e) => ({ p: e.features.get('rule:claim') ? 1 : 0, claim: e.claim }));
const baseline = quality(rules, 0.5);
console.log(`rules alone: accuracy ${baseline.accuracy.toFixed(3)}, claim F1 ${baseline.f1.toFixed(3)}`);

const best = chooseModel(examples, (line) => console.log(line));

const vocab = vocabulary(examples, FEATURE_SETS[best.set]);
const model = fit(examples, vocab, best.lambda);
const weights = Object.fromEntries(
  [...model.weights]
    .filter(([, w]) => Math.abs(w) >= 0.005)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, w]) => [k, Math.round(w * 1e4) / 1e4]),
);
writeFileSync(OUT, JSON.stringify({ bias: Math.round(model.bias * 1e4) / 1e4, threshold: best.threshold, weights }, null, 0) + '\n');
console.log(`chose ${best.set}, lambda ${best.lambda}, threshold ${best.threshold} (cross-validated accuracy ${best.accuracy.toFixed(3)}, claim F1 ${best.f1.toFixed(3)}); wrote ${Object.keys(weights).length} weights to ${OUT}`);

// The frozen test part, in aggregate only and after the weights are written: nothing above reads it.
if (process.argv.includes('--test-aggregate')) {
  const test = corpusPages('test').flatMap(examplesOf);
  const byRules = quality(test.map((e) => ({ p: e.features.get('rule:claim') ? 1 : 0, claim: e.claim })), 0.5);
  const byModel = quality(test.map((e) => ({ p: predict(model, e), claim: e.claim })), best.threshold);
  const share = test.filter((e) => e.claim).length / (test.length || 1);
  console.log(`test part, ${test.length} examples (${(share * 100).toFixed(0)}% claims): rules accuracy ${byRules.accuracy.toFixed(3)} F1 ${byRules.f1.toFixed(3)}; model accuracy ${byModel.accuracy.toFixed(3)} F1 ${byModel.f1.toFixed(3)}`);
}
