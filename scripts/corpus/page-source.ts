// Where each page of the labeled corpus comes from, and which part of the split it is in. Three
// sources: the extraction benchmark's pages (z-<id12>, tests/fixtures/extraction), the pages chosen
// from the Dragnet data for labeling (d-<id>, tests/fixtures/corpus-dragnet) and the news pages
// (their folder's name, tests/fixtures/news, development only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { TextDecoder } from '@exodus/bytes/encoding.js';
import { sniffEncoding } from '../../src/cli/decode';
import { CORPUS_DIR } from './corpus';

const FIXTURES = join(new URL('../../', import.meta.url).pathname, 'tests/fixtures');

type Truth = Record<string, { url: string }>;
const truthOf = (dir: string): Truth => JSON.parse(readFileSync(join(FIXTURES, dir, 'ground-truth.json'), 'utf8')) as Truth;

let extractionIds: Map<string, string> | null = null;

/** The page's saved HTML as text. */
export function corpusPageHtml(name: string): string {
  if (name.startsWith('z-')) {
    extractionIds ??= new Map(Object.keys(truthOf('extraction')).map((id) => [`z-${id.slice(0, 12)}`, id]));
    const id = extractionIds.get(name);
    if (!id) throw new Error(`no extraction page for ${name}`);
    // Read as UTF-8, as the corpus has been scored since it was made (every such page is UTF-8).
    return gunzipSync(readFileSync(join(FIXTURES, 'extraction/html', `${id}.html.gz`))).toString('utf8');
  }
  if (name.startsWith('d-')) {
    // The Dragnet pages declare their own encodings: decoded as the command line decodes them.
    const bytes = gunzipSync(readFileSync(join(FIXTURES, 'corpus-dragnet/html', `${name.slice(2)}.html.gz`)));
    return new TextDecoder(sniffEncoding(bytes)).decode(bytes);
  }
  return readFileSync(join(FIXTURES, 'news', name, 'source.html'), 'utf8');
}

let split: Record<string, { part: 'test' | 'dev' }> | null = null;

/** The frozen split (tests/fixtures/corpus/split.json); the news pages are development pages. */
export function corpusPagePart(name: string): 'test' | 'dev' {
  split ??= JSON.parse(readFileSync(join(CORPUS_DIR, 'split.json'), 'utf8')) as Record<string, { part: 'test' | 'dev' }>;
  return split[name]?.part ?? 'dev';
}
