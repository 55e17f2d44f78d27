// npx tsx scripts/review-agreement.ts [--list]: how many of the reviews' disagreements the classifier
// now settles the reviewer's way (tests/fixtures/review, see its README). Each entry is one sentence
// a reviewer labelled differently from the classifier at the time:
//   units-review.jsonl  sentences of the unlabelled units, classified as `npm run eval` classifies units;
//   pages-review.jsonl  sentences of extraction-corpus pages, through the whole pipeline (the CLI's).
// Not a score against gold: a review lists disagreements only, so it shows what a change settles, not
// what it breaks (compare `scripts/unit-labels.ts` output before and after for that).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyzeDocument } from '../src/analyze';
import { parseHtml } from '../src/cli/dom';
import { classifyUnits } from './lib/units';

interface ReviewEntry {
  page: string;
  /** For pages-review: the page's HTML, from the repository root. */
  file?: string;
  text: string;
  before: string;
  reviewer: string;
  confidence: string;
  why: string;
}

const ROOT = new URL('../', import.meta.url);
const read = (name: string): ReviewEntry[] =>
  readFileSync(new URL(`tests/fixtures/review/${name}`, ROOT), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ReviewEntry);

/** Sentence text → label, for one page as the review's pipeline reads it. */
function labelsOf(entry: ReviewEntry): Map<string, string> {
  if (!entry.file) return new Map(classifyUnits(`${entry.page}.jsonl`).map((s) => [s.text, s.label]));
  const raw = readFileSync(new URL(entry.file, ROOT));
  const html = entry.file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const report = analyzeDocument(parseHtml(html, 'https://example.org/'), { url: 'https://example.org/' });
  return new Map(report.sentences.map((s) => [s.text, s.label]));
}

const cache = new Map<string, Map<string, string>>();
for (const review of ['units-review.jsonl', 'pages-review.jsonl']) {
  const tally = new Map<string, { agreed: number; total: number }>();
  const unsettled: string[] = [];
  let missing = 0;
  for (const e of read(review)) {
    if (!cache.has(e.page)) cache.set(e.page, labelsOf(e));
    const now = cache.get(e.page)!.get(e.text);
    if (now === undefined) {
      missing++;
      continue;
    }
    const row = tally.get(e.confidence) ?? { agreed: 0, total: 0 };
    row.total++;
    if (now === e.reviewer) row.agreed++;
    else unsettled.push(`  [${e.page}] ${e.before} → reviewer ${e.reviewer}, now ${now} (${e.confidence}): ${e.text.slice(0, 110)}`);
    tally.set(e.confidence, row);
  }
  const all = [...tally.values()].reduce((a, r) => ({ agreed: a.agreed + r.agreed, total: a.total + r.total }), { agreed: 0, total: 0 });
  console.log(`${review}: settled the reviewer's way ${all.agreed} of ${all.total}${missing ? ` (${missing} sentences no longer split the same way, not counted)` : ''}`);
  for (const [confidence, r] of [...tally].sort()) console.log(`  ${confidence.padEnd(12)} ${r.agreed} of ${r.total}`);
  if (process.argv.includes('--list')) for (const line of unsettled) console.log(line);
}
