import { parseHtml } from '../src/cli/dom';
import { extractArticle } from '../src/extract';
import { analyzeArticle } from '../src/analyze';
import { corpusIds, readCorpusHtml, readTruth } from '../bench/lib/corpus';
const truth = readTruth();
const arts = [];
for (const id of corpusIds()) { try { arts.push(extractArticle(parseHtml(readCorpusHtml(id), truth[id]?.url ?? ''), { url: truth[id]?.url ?? '' })); } catch {} }
const t0 = performance.now();
for (let r = 0; r < 3; r++) for (const a of arts) { try { analyzeArticle(a); } catch {} }
console.log('ms per page', (performance.now() - t0) / 3 / arts.length);
