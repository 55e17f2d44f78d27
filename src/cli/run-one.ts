import { analyzeDocument } from '../analyze';
import { extractArticle } from '../extract';
import { blocksToText } from '../extract/blocks';
import { NoArticleError } from '../types';
import { declaredUrl, parseHtml } from './dom';
import { formatReport } from './format';
import { InputError, loadInput } from './input';

export type Command = 'analyze' | 'extract';

/** One input to run: what the user named, and how. */
export interface Task {
  command: Command;
  name: string;
  json: boolean;
  urlOverride?: string;
  /** The bytes already read, for standard input (only the main thread can read it). */
  bytes?: Uint8Array;
}

/** What one input gives: the text to print, or the message to report on standard error. */
export type Outcome = { ok: true; out: string } | { ok: false; error: string };

async function runTask(task: Task): Promise<string> {
  const { command, name, json } = task;
  const input = await loadInput(name, task.urlOverride, task.bytes);
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

/** Runs one input; a bad input is an outcome, not an exception, so the next input still runs. */
export async function runOne(task: Task): Promise<Outcome> {
  try {
    return { ok: true, out: await runTask(task) };
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}
