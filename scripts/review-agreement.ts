// npx tsx scripts/review-agreement.ts [--list]: how many of the review's disagreements the classifier
// now settles the reviewer's way (tests/fixtures/review/units-review.jsonl, see its README). Each
// entry is one sentence of the unlabelled units a reviewer labelled differently from the classifier
// at the time; the sentence is classified as `npm run eval` classifies units. Not a score against
// gold: the review lists disagreements only, so it shows what a change settles, not what it breaks
// (compare `scripts/unit-labels.ts` output before and after for that).
import { readFileSync } from 'node:fs';
import { classifyUnits } from './lib/units';

interface ReviewEntry {
  page: string;
  text: string;
  before: string;
  reviewer: string;
  confidence: string;
  why: string;
}

const file = new URL('../tests/fixtures/review/units-review.jsonl', import.meta.url);
const entries = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as ReviewEntry);

const labelsByPage = new Map<string, Map<string, string>>();
function labelOf(page: string, text: string): string | undefined {
  if (!labelsByPage.has(page)) labelsByPage.set(page, new Map(classifyUnits(`${page}.jsonl`).map((s) => [s.text, s.label])));
  return labelsByPage.get(page)!.get(text);
}

const tally = new Map<string, { agreed: number; total: number }>();
const unsettled: string[] = [];
let missing = 0;
for (const e of entries) {
  const now = labelOf(e.page, e.text);
  if (now === undefined) {
    missing++;
    continue;
  }
  const row = tally.get(e.confidence) ?? { agreed: 0, total: 0 };
  row.total++;
  if (now === e.reviewer) row.agreed++;
  else unsettled.push(`[${e.page}] ${e.before} → reviewer ${e.reviewer}, now ${now} (${e.confidence}): ${e.text.slice(0, 110)}`);
  tally.set(e.confidence, row);
}
const all = [...tally.values()].reduce((a, r) => ({ agreed: a.agreed + r.agreed, total: a.total + r.total }), { agreed: 0, total: 0 });
console.log(`review disagreements settled the reviewer's way: ${all.agreed} of ${all.total}${missing ? ` (${missing} sentences no longer split the same way, not counted)` : ''}`);
for (const [confidence, r] of [...tally].sort()) console.log(`  ${confidence.padEnd(12)} ${r.agreed} of ${r.total}`);
if (process.argv.includes('--list')) for (const line of unsettled) console.log(line);
