// The sentences of one block, split once per analysis. Classification (attribution/index.ts) and the
// article's shape (report/genre.ts) both split every block; the segmenter is the costliest single
// step of that split, so the second asks for what the first found.
//
// The memo hangs on the block object itself (a WeakMap): it lives as long as that article's blocks
// and never outlasts them, so a page analysed again from a fresh extraction is split again. It is
// checked against the block's text, in case a block is changed after it was split.
//
// An article's blocks are split all together, before classification asks for any of them
// (splitBlocks): one call to the segmenter instead of one per block, which holds far less memory until
// the next major garbage collection (sentences.ts, splitSentencesOfTexts). The sentences are the same.
//
// English of any region shares one entry: ICU splits sentences by the same rules for "en", "en-US"
// and "en-GB" (its English data adds only exceptions that Intl.Segmenter does not use); a unit test
// (sentences.test.ts) holds the engine to that. The page's declared language, which classification
// passes, and the shape's default "en" then meet.

import { splitSentences, splitSentencesOfTexts, type SentenceSpan } from './sentences';

interface Split {
  /** The locale rules it was split by (ruleKey). */
  key: string;
  text: string;
  spans: SentenceSpan[];
}

// One split per block: classification and the shape ask with the same rules for English, the case
// that matters; a block asked with other rules is split again and the newer split kept.
const SPLITS = new WeakMap<object, Split>();

const RULE_KEYS = new Map<string, string>();

/** Same locale rules for sentences: every well-formed English tag is "en"; any other tag is itself. */
function ruleKey(lang: string): string {
  let key = RULE_KEYS.get(lang);
  if (key === undefined) {
    const tag = lang || 'en';
    key = /^en(?:-[a-z0-9]{1,8})*$/i.test(tag) && Intl.Segmenter.supportedLocalesOf(tag).length ? 'en' : tag;
    RULE_KEYS.set(lang, key);
  }
  return key;
}

/** `splitSentences(block.text, lang)`, shared by every caller in the same analysis. Read-only: do not change the spans. */
export function blockSentences(block: { text: string }, lang = 'en'): SentenceSpan[] {
  const key = ruleKey(lang);
  const known = SPLITS.get(block);
  if (known && known.key === key && known.text === block.text) return known.spans;
  const spans = splitSentences(block.text, lang);
  SPLITS.set(block, { key, text: block.text, spans });
  return spans;
}

/**
 * Splits every block of an article not split yet with these rules in one call to the segmenter, and
 * keeps each block's split for `blockSentences`. Call it before asking for the blocks one by one.
 */
export function splitBlocks(blocks: readonly { text: string }[], lang = 'en'): void {
  const key = ruleKey(lang);
  const todo = blocks.filter((block) => {
    const known = SPLITS.get(block);
    return !(known && known.key === key && known.text === block.text);
  });
  if (todo.length === 0) return;
  const split = splitSentencesOfTexts(
    todo.map((block) => block.text),
    lang,
  );
  todo.forEach((block, i) => SPLITS.set(block, { key, text: block.text, spans: split[i] }));
}
