// The labeled corpus (tests/fixtures/corpus): its pages, their sentence units, the labelers' labels,
// the adjudicated gold labels and the frozen development / test split. Shared by the labeling checker,
// the adjudication and `npm run eval`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Label } from '../../src/types';

const ROOT = new URL('../../', import.meta.url).pathname;
export const CORPUS_DIR = join(ROOT, 'tests/fixtures/corpus');
export const LABELS_DIR = join(CORPUS_DIR, 'labels');
const UNIT_DIRS = [join(CORPUS_DIR, 'units'), join(ROOT, 'tests/fixtures/units')];

/** Long articles are labeled up to the end of the paragraph that holds this unit. */
export const UNITS_LABELED_PER_PAGE = 80;

export interface CorpusUnit {
  id: string;
  para: number;
  text: string;
  links: { text: string; href: string }[];
  heading: boolean;
}

export interface CorpusLabel {
  id: string;
  source_type: 'named' | 'anonymous' | 'vague' | 'none';
  source: string | null;
  quote: boolean;
  claim: boolean;
  inherited: boolean;
  label: Label;
  note: string;
}

/** One JSON value per line. */
export const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

export function unitsFile(page: string): string {
  for (const dir of UNIT_DIRS) {
    const file = join(dir, `${page}.jsonl`);
    if (existsSync(file)) return file;
  }
  throw new Error(`no units for ${page}`);
}

export const readCorpusUnits = (page: string): CorpusUnit[] => readJsonl<CorpusUnit>(unitsFile(page));

/** The ids a labeler labels: every unit up to the end of the paragraph of the 80th. */
export function labeledIds(units: CorpusUnit[]): string[] {
  if (units.length <= UNITS_LABELED_PER_PAGE) return units.map((u) => u.id);
  const lastPara = units[UNITS_LABELED_PER_PAGE - 1].para;
  return units.filter((u, i) => i < UNITS_LABELED_PER_PAGE || u.para === lastPara).map((u) => u.id);
}

/** SOURCING.md, "label (the verdict)". */
export function deriveLabel(l: Pick<CorpusLabel, 'source_type' | 'claim'>): Label {
  if (l.source_type === 'anonymous') return 'anonymous';
  if (l.source_type === 'vague') return 'vague';
  if (l.source_type === 'named') return 'named';
  return l.claim ? 'unsourced' : 'neutral';
}

export const readLabels = (file: string): CorpusLabel[] => readJsonl<CorpusLabel>(file);
