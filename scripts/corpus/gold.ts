// npx tsx scripts/corpus/gold.ts: the corpus's gold labels (LABELING.md steps 3-4). For every page that
// both labelers finished, a sentence is gold where they agree on the verdict; where they disagree, the
// third reading in tests/fixtures/corpus/adjudication/<page>.txt decides ("id | label | source | note").
// Writes tests/fixtures/corpus/gold/<page>.jsonl and tests/fixtures/corpus/disagreements/<page>.txt (the
// sentences an adjudicator has to read, with both labels), and prints the labelers' agreement.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Label } from '../../src/types';
import { CORPUS_DIR, LABELS_DIR, readCorpusUnits, readLabels, type CorpusLabel } from './corpus';
import { cohensKappa } from '../lib/score';

export interface GoldLabel {
  id: string;
  text: string;
  label: Label;
  source: string | null;
  /** Both labelers gave this verdict; otherwise the adjudicator did. */
  agreed: boolean;
  a: Label;
  b: Label;
  note?: string;
}

const LABELS = new Set<Label>(['named', 'anonymous', 'vague', 'unsourced', 'neutral']);

function readAdjudication(page: string): Map<string, { label: Label; source: string | null; note: string }> {
  const file = join(CORPUS_DIR, 'adjudication', `${page}.txt`);
  const out = new Map<string, { label: Label; source: string | null; note: string }>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, label, source, ...note] = line.split('|').map((x) => x.trim());
    if (!LABELS.has(label as Label)) throw new Error(`${page}: adjudicated label "${label}" for ${id}`);
    out.set(id, { label: label as Label, source: source && source !== '-' ? source : null, note: note.join('|') });
  }
  return out;
}

const finished = (who: string) =>
  new Set(readdirSync(join(LABELS_DIR, who)).filter((f) => f.endsWith('.jsonl')).map((f) => f.replace(/\.jsonl$/, '')));

const a = finished('a');
const b = finished('b');
const pages = [...a].filter((p) => b.has(p)).sort();
mkdirSync(join(CORPUS_DIR, 'gold'), { recursive: true });
mkdirSync(join(CORPUS_DIR, 'disagreements'), { recursive: true });
let agreed = 0;
let decided = 0;
let open = 0;
const pairs: [Label, Label][] = [];
for (const page of pages) {
  const units = new Map(readCorpusUnits(page).map((u) => [u.id, u]));
  const la = readLabels(join(LABELS_DIR, 'a', `${page}.jsonl`));
  const lb = new Map(readLabels(join(LABELS_DIR, 'b', `${page}.jsonl`)).map((l) => [l.id, l]));
  const adjudicated = readAdjudication(page);
  const gold: GoldLabel[] = [];
  const toRead: string[] = [];
  for (const x of la) {
    const y = lb.get(x.id) as CorpusLabel;
    const text = units.get(x.id)!.text;
    pairs.push([x.label, y.label]);
    if (x.label === y.label) {
      agreed++;
      gold.push({ id: x.id, text, label: x.label, source: x.source ?? y.source, agreed: true, a: x.label, b: y.label });
      continue;
    }
    const verdict = adjudicated.get(x.id);
    if (verdict) {
      decided++;
      gold.push({ id: x.id, text, label: verdict.label, source: verdict.source, agreed: false, a: x.label, b: y.label, note: verdict.note });
    } else open++;
    toRead.push(`${x.id} | a: ${x.label} (${x.source ?? '-'}; ${x.note || ''}) | b: ${y.label} (${y.source ?? '-'}; ${y.note || ''}) | ${text}`);
  }
  writeFileSync(join(CORPUS_DIR, 'gold', `${page}.jsonl`), gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
  const disagreementFile = join(CORPUS_DIR, 'disagreements', `${page}.txt`);
  if (toRead.length) writeFileSync(disagreementFile, toRead.join('\n') + '\n');
}
console.log(
  `${pages.length} pages labeled twice; ${agreed + decided + open} sentences: ${agreed} agreed, ${decided} adjudicated, ${open} still to adjudicate`,
);
console.log(`labelers' agreement: kappa ${cohensKappa(pairs).toFixed(3)}, raw ${(agreed / (pairs.length || 1)).toFixed(3)}`);
