import { parseArgs } from 'node:util';
import { analyzeDocument } from '../analyze';
import { extractArticle } from '../extract';
import { blocksToText } from '../extract/blocks';
import { NoArticleError } from '../types';
import { declaredUrl, parseHtml } from './dom';
import { formatReport } from './format';
import { InputError, loadInput } from './input';

const USAGE = `Usage:
  sourcelight analyze [--json] [--url URL] FILE|URL|- ...   how well each page is sourced
  sourcelight extract [--json] [--url URL] FILE|URL|- ...   the article text of each page

FILE may be .html or .html.gz; "-" reads standard input. With several inputs and --json,
one JSON object per line (JSON Lines), each with "file".`;

type Command = 'analyze' | 'extract';

/** Runs one input and returns what to print; throws InputError/NoArticleError for a bad input. */
async function runOne(command: Command, name: string, json: boolean, urlOverride?: string): Promise<string> {
  const input = await loadInput(name, urlOverride);
  const url = input.url || declaredUrl(input.html);
  const doc = parseHtml(input.html, url);
  // The document is parsed for this one run: Readability may work on it without a copy.
  if (command === 'analyze') {
    const report = analyzeDocument(doc, { url, disposable: true });
    return json ? JSON.stringify({ file: name, ...report }) : formatReport(report);
  }
  const article = extractArticle(doc, { url, disposable: true });
  const text = blocksToText(article.blocks);
  if (!json) return text;
  const { title, byline, siteName, lang, boilerplate } = article;
  return JSON.stringify({ file: name, url: article.url, title, byline, siteName, lang, text, boilerplate });
}

function describe(error: unknown): string {
  if (error instanceof InputError || error instanceof NoArticleError) return error.message;
  return `internal error: ${(error as Error)?.stack ?? String(error)}`;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`sourcelight: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const [command, ...inputs] = parsed.positionals;
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ((command !== 'analyze' && command !== 'extract') || inputs.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const json = parsed.values.json ?? false;
  let failures = 0;
  for (const [i, name] of inputs.entries()) {
    try {
      const out = await runOne(command, name, json, parsed.values.url);
      if (!json && inputs.length > 1) process.stdout.write(`${i ? '\n' : ''}==> ${name} <==\n`);
      process.stdout.write(`${out}\n`);
    } catch (error) {
      failures++;
      process.stderr.write(`sourcelight: ${name}: ${describe(error)}\n`);
    }
  }
  return failures ? 1 : 0;
}
