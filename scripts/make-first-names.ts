// npx tsx scripts/make-first-names.ts: writes src/attribution/first-names.json, the first names whose
// gender a maintained lexicon records (compromise 14's MaleName and FemaleName tags), so that "he" and
// "she" point back to a person of their gender (issue 19: "pronouns take gender and number into
// account"). A name both lists hold, or neither, says nothing. Deterministic; re-run when compromise is
// updated. compromise itself stays a development dependency: the engine ships only these words.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
const of = (tag: string) =>
  Object.entries(lexicon)
    .filter(([word, t]) => t === tag && /^[a-z]+$/.test(word))
    .map(([word]) => word)
    .sort();
const male = new Set(of('MaleName'));
const female = new Set(of('FemaleName'));
const only = (a: Set<string>, b: Set<string>) => [...a].filter((w) => !b.has(w));
const out = join(new URL('..', import.meta.url).pathname, 'src/attribution/first-names.json');
writeFileSync(out, JSON.stringify({ source: 'compromise 14 lexicon (MaleName, FemaleName)', male: only(male, female).join(' '), female: only(female, male).join(' ') }) + '\n');
console.log(`${only(male, female).length} male, ${only(female, male).length} female first names -> ${out}`);
