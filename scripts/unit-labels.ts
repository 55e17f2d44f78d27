// npx tsx scripts/unit-labels.ts [out.json]: the label and reason of every sentence unit in
// tests/fixtures/units/ (labeled or not), classified as `npm run eval` classifies units. Run it at
// two commits and compare the files to review what a classifier change moves, on pages nobody has
// labeled as well as on those that are. Keys: "<page>#<index> <sentence>".
import { writeFileSync } from 'node:fs';
import { classifyUnits, listUnitFiles } from './lib/units';

const labels: Record<string, { label: string; reason: string }> = {};
for (const file of listUnitFiles()) {
  const page = file.replace(/\.jsonl$/, '');
  const sentences = classifyUnits(file);
  sentences.forEach((s, i) => {
    labels[`${page}#${i} ${s.text}`] = { label: s.label, reason: s.reason };
  });
}
const json = JSON.stringify(labels, null, 1);
if (process.argv[2]) writeFileSync(process.argv[2], json);
else console.log(json);
