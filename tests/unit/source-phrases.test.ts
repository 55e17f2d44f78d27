import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src';
import { declaredUrl, parseHtml } from '../../src/cli/dom';
import { summarizeSources } from '../../src/report/sources';
import { corpusPageHtml, corpusPagePart } from '../../scripts/corpus/page-source';

// Issue 19: every source shown to the reader (popup, tooltip, report) is a noun phrase that names
// who speaks: never a clause, a verb phrase, a date or the words of an agentless hedge.

const FIXTURES = join(__dirname, '../fixtures');

function pages(): { name: string; html: () => string }[] {
  const out: { name: string; html: () => string }[] = [];
  for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.html'))) out.push({ name: f, html: () => readFileSync(join(FIXTURES, f), 'utf8') });
  for (const d of readdirSync(join(FIXTURES, 'news')).filter((d) => !d.includes('.'))) {
    out.push({ name: `news/${d}`, html: () => readFileSync(join(FIXTURES, 'news', d, 'source.html'), 'utf8') });
  }
  const gz = join(FIXTURES, 'extraction/html');
  for (const f of readdirSync(gz)) out.push({ name: `extraction/${f.slice(0, 12)}`, html: () => gunzipSync(readFileSync(join(gz, f))).toString('utf8') });
  // The labeled corpus's Dragnet pages of the development part (the test part is read in aggregate only).
  for (const f of readdirSync(join(FIXTURES, 'corpus-dragnet/html'))) {
    const name = `d-${f.replace(/\.html\.gz$/, '')}`;
    if (corpusPagePart(name) === 'dev') out.push({ name, html: () => corpusPageHtml(name) });
  }
  return out;
}

// Lower case only: "Will Moy" is a name and "That report" a demonstrative.
const CLAUSE_WORDS = /\b(?:is|are|was|were|has|have|had|will|would|said|says|told|that|which|because)\b/;
// A link's site: "wired.com", "who.int".
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const DATE_OR_TIME = /^(?:on\s+)?(?:(?:last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|today|yesterday|\d{4})\b/i;
// A street address is a place: "1119 Eighth St.".
const ADDRESS = /^\d+\s+(?:\p{Lu}\p{L}*\s+)+(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Lane|Drive)\b/u;
// A noun phrase opens with a determiner, a modifier or a name; not with a verb, a preposition or a conjunction.
const BAD_OPENING = /^(?:[a-z]+ing|[a-z]+ed|is|are|was|were|as|by|in|on|at|to|of|for|from|with|and|but|or|if|when|while|that|which|who|reportedly|allegedly|apparently)\b/;

/** Why a shown source is not a noun phrase naming who speaks, or null when it is one. */
export function notANounPhrase(source: string): string | null {
  const s = source.trim();
  if (!s) return 'empty';
  if (HOST.test(s) || s === 'this site') return null;
  if (s.split(/\s+/).length > 12) return 'too long to be a name';
  if (DATE_OR_TIME.test(s)) return 'a date or time';
  if (ADDRESS.test(s)) return 'a place';
  // A participle can modify a title before a name: "certified financial planner Eric Roberge".
  const titledName = /^[a-z]+ed(?:\s+[a-z]+){1,3}\s+\p{Lu}\p{L}+\s+\p{Lu}\p{L}+$/u.test(s);
  if (BAD_OPENING.test(s) && !titledName) return 'opens like a clause or a verb phrase';
  if (CLAUSE_WORDS.test(s.replace(/\bthe\s+\w+\s+that\b.*$/i, ''))) return 'holds a verb of its own';
  // "paved the way": a past tense with its object ("a retired general" is an adjective and a noun).
  if (/\b[a-z]+ed\s+(?:the|a|an|his|her|its|their|our)\b/.test(s)) return 'holds a verb and its object';
  // "it most" (from "that which it most fears"): a pronoun takes no modifiers.
  // ("her foundation", "her lawyers": "her" is also a possessive, which takes a noun.)
  if (/^(?:it|he|she|they|we|him|them)\s+\S/i.test(s) && !/^[Hh]e\s+\p{Lu}/u.test(s)) return 'a pronoun with words after it';
  if (!/\p{L}/u.test(s)) return 'no words';
  return null;
}

describe('the sources shown to the reader', () => {
  it('the check itself tells a name from a clause, a date or a hedge', () => {
    for (const good of ['certified financial planner Eric Roberge', 'Tony Radakin', 'one anonymous military strategist', 'the actor', 'nytimes.com', 'Pentagon officials', 'a 2023 RAND report', 'he', 'Will Moy', 'That report', 'wired.com', 'her foundation']) expect(notANounPhrase(good), good).toBeNull();
    for (const bad of ['reportedly', 'is also regarded as', 'suffered several miscarriages', 'described as', 'Monday', 'Last week State Department official David Holmes', '1119 Eighth St.', 'it most', 'the policy change paved the way', 'was said to have been disapproving', 'Next up is Mark Zuckerberg']) expect(notANounPhrase(bad), bad).not.toBeNull();
  });

  it('are noun phrases on every fixture page', { timeout: 600_000 }, () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages()) {
      const html = page.html();
      const url = declaredUrl(html);
      let report;
      try {
        report = analyzeDocument(parseHtml(html, url), { url, disposable: true });
      } catch {
        continue; // no article: nothing is shown
      }
      const shown = [...report.sentences.map((s) => s.source), ...summarizeSources(report.sentences).filter((x) => !x.listed).map((x) => x.name)];
      for (const source of shown) {
        if (source === undefined) continue;
        checked++;
        const why = notANounPhrase(source);
        if (why) problems.push(`${page.name}: “${source}” (${why})`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});
