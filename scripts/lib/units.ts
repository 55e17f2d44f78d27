// Reads the sentence units files (tests/fixtures/units/*.jsonl): the reference sentences of every
// labeled and held-out article, grouped back into paragraphs with their links.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { classifyBlocks } from '../../src/attribution';
import type { Block, InlineLink, SentenceReport } from '../../src/types';

export interface Unit {
  id: string;
  para: number;
  text: string;
  links: { text: string; href: string }[];
  heading: boolean;
}

export interface UnitParagraph {
  para: number;
  heading: boolean;
  units: Unit[];
  /** The paragraph's sentences joined by one space, as the extractor would produce them. */
  text: string;
}

export const UNITS_DIR = new URL('../../tests/fixtures/units/', import.meta.url).pathname;

export function listUnitFiles(dir = UNITS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
}

export function readUnits(file: string, dir = UNITS_DIR): Unit[] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Unit);
}

export function groupParagraphs(units: Unit[]): UnitParagraph[] {
  const paras: UnitParagraph[] = [];
  for (const unit of units) {
    const last = paras[paras.length - 1];
    if (last && last.para === unit.para) last.units.push(unit);
    else paras.push({ para: unit.para, heading: unit.heading, units: [unit], text: '' });
  }
  for (const p of paras) p.text = p.units.map((u) => u.text).join(' ');
  return paras;
}

/** The units' paragraphs as engine blocks, each link located at its first occurrence after the last. */
export function paragraphsToBlocks(paras: UnitParagraph[]): Block[] {
  return paras.map((p) => {
    const links: InlineLink[] = [];
    let from = 0;
    for (const link of p.units.flatMap((u) => u.links)) {
      let start = p.text.indexOf(link.text, from);
      if (start < 0) start = p.text.indexOf(link.text);
      if (start < 0) continue;
      links.push({ href: link.href, text: link.text, start, end: start + link.text.length });
      from = start + link.text.length;
    }
    return { kind: p.heading ? 'heading' : 'paragraph', text: p.text, links };
  });
}

/** One units file classified as the engine classifies an English article's blocks. */
export function classifyUnits(file: string): SentenceReport[] {
  return classifyBlocks(paragraphsToBlocks(groupParagraphs(readUnits(file))), { lang: 'en' });
}
