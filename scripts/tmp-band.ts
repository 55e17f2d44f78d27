import { FEATURE_SETS, corpusPages, examplesOf, fit, fold, predict, vocabulary } from './lib/claim-training';
const ex = corpusPages('dev').flatMap(examplesOf);
const keep = FEATURE_SETS['rules, place and words'];
const held: { p: number; claim: boolean; score: number; flags: number }[] = [];
for (let k = 0; k < 5; k++) {
  const train = ex.filter((e) => fold(e.page) !== k);
  const m = fit(train, vocabulary(train, keep), 10);
  for (const e of ex.filter((x) => fold(x.page) === k)) held.push({ p: predict(m, e), claim: e.claim, score: (e.features.get('rule:score') ?? 0) * 3, flags: [...e.features.keys()].filter(k => k.startsWith('rule:') && !['rule:score','rule:claim','rule:not-claim'].includes(k)).length });
}
const bands = [[-9, -1], [-1, 0.01], [0.01, 0.6], [0.6, 2.1], [2.1, 3.6], [3.6, 99]];
for (const [lo, hi] of bands) {
  const xs = held.filter((h) => h.score >= lo && h.score < hi);
  const rules = xs.filter((h) => (h.score > 0) === h.claim).length;
  const model = xs.filter((h) => (h.p >= 0.4) === h.claim).length;
  console.log(`score [${lo}, ${hi}): n ${xs.length}, claims ${xs.filter(h=>h.claim).length}, rules right ${rules}, model right ${model}`);
}
