// How often src/text/sentences.ts cuts a paragraph exactly where the sentence units do.
// Usage: tsx scripts/splitter-agreement.ts [-v]
import { splitSentences } from '../src/text/sentences';
import { groupParagraphs, listUnitFiles, readUnits } from './lib/units';

const verbose = process.argv.includes('-v');
let units = 0;
let agreed = 0;
for (const file of listUnitFiles()) {
  for (const p of groupParagraphs(readUnits(file))) {
    const ours = new Set(splitSentences(p.text).map((s) => s.text));
    const theirs = p.units.map((u) => u.text.trim());
    units += theirs.length;
    const ok = theirs.filter((t) => ours.has(t)).length;
    agreed += ok;
    if (verbose && ok < theirs.length) {
      console.log(`--- ${file} p${p.para}`);
      for (const t of theirs) console.log(`  gold: ${t}`);
      for (const t of ours) console.log(`  ours: ${t}`);
    }
  }
}
console.log(`splitter agreement: ${agreed}/${units} units = ${(agreed / units).toFixed(4)}`);
