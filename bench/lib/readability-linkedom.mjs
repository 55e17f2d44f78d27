// The baseline of the "cli" section: one Node process running Mozilla Readability on linkedom over
// the files given, each read, gunzipped and parsed in turn, one JSON line (title, text length) per file.
// Plain JavaScript, as the CLI now is: both are timed from process start to exit.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

for (const file of process.argv.slice(2)) {
  let bytes = readFileSync(file);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  const { document } = parseHTML(bytes.toString('utf8'));
  const article = new Readability(document).parse();
  process.stdout.write(`${JSON.stringify({ file, title: article?.title ?? null, chars: article?.textContent?.length ?? 0 })}\n`);
}
