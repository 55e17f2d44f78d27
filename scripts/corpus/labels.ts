// npx tsx scripts/corpus/labels.ts check <labeler> [page ...]: turns a labeler's plain-text labels
// (tests/fixtures/corpus/labels/<labeler>/<page>.txt, one line per unit, written by hand) into the
// JSON lines of LABELING.md step 2 (<page>.jsonl beside it), deriving `label` from the other fields by
// SOURCING.md's rule, and says what is missing, extra or malformed. A line reads
//   p3s1 | anonymous | a WeWork spokesperson | quote | claim | - | note
// fields: id | source_type (named anonymous vague none) | source or - | quote or - | claim or - |
// inherited or - | a note (optional; "boilerplate" for furniture).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveLabel, labeledIds, readCorpusUnits, LABELS_DIR, type CorpusLabel } from './corpus';

const SOURCE_TYPES = new Set(['named', 'anonymous', 'vague', 'none']);

function parseLine(line: string, page: string, lineNo: number): CorpusLabel | string {
  const f = line.split('|').map((x) => x.trim());
  if (f.length < 6) return `${page}:${lineNo}: needs 6 or 7 fields separated by |`;
  const [id, sourceType, source, quote, claim, inherited, ...note] = f;
  if (!/^p\d+s\d+$/.test(id)) return `${page}:${lineNo}: bad id "${id}"`;
  if (!SOURCE_TYPES.has(sourceType)) return `${page}:${lineNo}: source_type "${sourceType}" is not named/anonymous/vague/none`;
  const flag = (v: string, word: string) => {
    if (v === word) return true;
    if (v === '-' || v === '') return false;
    throw new Error(`${page}:${lineNo}: "${v}" must be "${word}" or "-"`);
  };
  try {
    const label: CorpusLabel = {
      id,
      source_type: sourceType as CorpusLabel['source_type'],
      source: source && source !== '-' ? source : null,
      quote: flag(quote, 'quote'),
      claim: flag(claim, 'claim'),
      inherited: flag(inherited, 'inherited'),
      label: 'neutral',
      note: note.join('|'),
    };
    if (label.source_type !== 'none' && !label.source && !label.inherited)
      return `${page}:${lineNo}: a ${sourceType} source needs its words (or "inherited")`;
    label.label = deriveLabel(label);
    return label;
  } catch (e) {
    return (e as Error).message;
  }
}

function check(labeler: string, only: string[]): number {
  const dir = join(LABELS_DIR, labeler);
  if (!existsSync(dir)) throw new Error(`no folder ${dir}`);
  let problems = 0;
  let done = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt') && (!only.length || only.includes(f.replace(/\.txt$/, '')))).sort()) {
    const page = file.replace(/\.txt$/, '');
    const want = labeledIds(readCorpusUnits(page));
    const lines = readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    const labels: CorpusLabel[] = [];
    lines.forEach((l, i) => {
      const r = parseLine(l, page, i + 1);
      if (typeof r === 'string') {
        console.log(r);
        problems++;
      } else labels.push(r);
    });
    const got = labels.map((l) => l.id);
    const missing = want.filter((id) => !got.includes(id));
    const extra = got.filter((id) => !want.includes(id));
    const doubled = got.filter((id, i) => got.indexOf(id) !== i);
    for (const [what, ids] of [['missing', missing], ['not to label', extra], ['twice', doubled]] as const)
      if (ids.length) {
        console.log(`${page}: ${what}: ${ids.join(' ')}`);
        problems++;
      }
    if (!missing.length && !extra.length && !doubled.length) {
      const order = new Map(want.map((id, i) => [id, i]));
      labels.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      writeFileSync(join(dir, `${page}.jsonl`), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
      done++;
    }
  }
  console.log(`${labeler}: ${done} pages complete, ${problems} problems`);
  return problems;
}

const [cmd, labeler, ...only] = process.argv.slice(2);
if (cmd !== 'check' || !labeler) {
  console.error('usage: npx tsx scripts/corpus/labels.ts check <labeler>');
  process.exit(2);
}
process.exit(check(labeler, only) ? 1 : 0);
