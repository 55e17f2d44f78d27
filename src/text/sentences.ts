// Sentence splitting with the platform's own Intl.Segmenter (zero bytes in the content script),
// corrected where it splits after an abbreviation that cannot end a sentence ("Gen. Syrskyi").

import { isSpace } from './spaces';

export interface SentenceSpan {
  text: string;
  /** UTF-16 offsets into the block text. */
  start: number;
  end: number;
}

// Titles and abbreviations that are followed by more of the same sentence.
const NON_FINAL_ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col sgt capt maj adm cmdr gov sen rep rev st jr sr pres supt insp det cpl pvt ' +
    'hon amb atty messrs mme mlle no nos vs v etc inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'fig approx dept est ft mt ave blvd rd'
  ).split(' '),
);

// Abbreviations that usually continue the sentence even though they end with a period: "U.S. troops".
// Read at the end of a piece (dottedInitialsAtEnd): one to three "X." pairs after the piece's start,
// a space, an opening bracket or an opening quotation mark.
const BEFORE_INITIALS = new Set([...' (“"\'‘']);

const segmenterCache = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let seg = segmenterCache.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang || 'en', { granularity: 'sentence' });
    segmenterCache.set(lang, seg);
  }
  return seg;
}

// The checks below are asked at every cut the segmenter makes, of the whole sentence before it. They
// read the piece backwards from its end: a pattern anchored at the end ("\.$") is tried by the regexp
// engine at every position of the sentence, and that made this step cost twice the segmenter itself.

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isCapital = (c: number) => c >= 65 && c <= 90;
const PERIOD = 46;

/**
 * The run of ASCII letters right before a final period ("Gen" of "Gen."), or "" (was /([A-Za-z]+)\.$/),
 * in the text up to `end`.
 */
function wordBeforeFinalPeriod(text: string, end: number): string {
  const period = end - 1;
  if (period < 0 || text.charCodeAt(period) !== PERIOD) return '';
  let start = period;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, period);
}

/**
 * How many "X." pairs (capital and period) end the text up to `end`, when they are one to three after
 * its start or a space, bracket or opening quotation mark ("U.S.", "J."), else 0 (was
 * /(?:^|[\s(“"'‘])(?:[A-Z]\.){1,3}$/; `\s` is whitespace: see isSpace).
 */
function dottedInitialsAtEnd(text: string, end: number): number {
  let at = end;
  let pairs = 0;
  while (at >= 2 && text.charCodeAt(at - 1) === PERIOD && isCapital(text.charCodeAt(at - 2))) {
    pairs++;
    at -= 2;
  }
  if (pairs === 0 || pairs > 3) return 0;
  return at === 0 || BEFORE_INITIALS.has(text[at - 1]) || isSpace(text[at - 1]) ? pairs : 0;
}

/** True when the piece ends with an abbreviation after which a sentence cannot end. */
function endsWithNonFinalAbbreviation(piece: string, next: string): boolean {
  // The piece without its final whitespace, read in place (trimEnd would copy the sentence at every cut).
  let end = piece.length;
  while (end > 0 && isSpace(piece[end - 1])) end--;
  const word = wordBeforeFinalPeriod(piece, end);
  if (word && NON_FINAL_ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "J. K. Rowling", "U.S. Army": single capitals with periods, followed by a capitalised word.
  const initials = dottedInitialsAtEnd(piece, end);
  if (initials > 0 && /^[A-Z]/.test(next)) {
    // "the U.S. The next day..." is a real end; keep the split when the next word is a common opener.
    return initials === 1 || !/^(The|A|An|But|And|In|On|It|He|She|They|We|This|That)\b/.test(next);
  }
  return false;
}

// A quotation that ends in "?" or "!" and runs on in lower case is inside the sentence:
// 'as if to say "You think you got me?" before his smile returned'. Asked of the piece's end only.
const QUOTED_QUESTION_END = /[?!]['"’”]\s+$/;
const LOWERCASE_START = /^\p{Ll}/u;
// A sentence cannot begin with closing punctuation ("”", ")", "]", "}"): it is the tail of the last one.
const CLOSING_START = /^[\s'"’”)\]}»]+(?:\s|$)|^[)\]}]/;

/** True when the segmenter's cut before `next` is wrong and `next` continues `piece`. */
function continuesSentence(piece: string, next: string): boolean {
  if (endsWithNonFinalAbbreviation(piece, next)) return true;
  // "in 2023.CreditJeon": a cut with no space after it is inside a run of text (captions, URLs).
  if (!(piece.length > 0 && isSpace(piece[piece.length - 1]))) return true;
  if (CLOSING_START.test(next)) return true;
  // A lone social handle after a bio line ("...Business section. @NelsonSchwartz") is no sentence.
  if (/^@\w+\s*$/.test(next)) return true;
  return LOWERCASE_START.test(next) && quotedQuestionAtEnd(piece);
}

/** QUOTED_QUESTION_END.test(piece), looking at the piece's last characters only (see above). */
function quotedQuestionAtEnd(piece: string): boolean {
  let start = piece.length;
  while (start > 0 && isSpace(piece[start - 1])) start--;
  // The mark and the quotation mark before the run of whitespace: the only places a match can start.
  return QUOTED_QUESTION_END.test(piece.slice(Math.max(0, start - 2)));
}

/**
 * Joins ICU's segments of one block into sentences: a segment that continues the sentence before it
 * (continuesSentence) is added to it, and each sentence is trimmed. Fed one block's segments in order,
 * with their offsets in the block; never across blocks.
 *
 * A sentence's text is cut from the block's text (a slice shares the block's characters), not built from
 * the segments: those are copies, which a long article's report would otherwise keep to the end.
 */
class BlockSentences {
  private readonly spans: { start: number; end: number }[] = [];
  private current: { start: number; end: number } | null = null;

  constructor(private readonly text: string) {}

  add(segment: string, index: number): void {
    const current = this.current;
    if (current && continuesSentence(this.text.slice(current.start, current.end), segment)) {
      current.end = index + segment.length;
      return;
    }
    if (current) this.spans.push(current);
    this.current = { start: index, end: index + segment.length };
  }

  finish(): SentenceSpan[] {
    if (this.current) this.spans.push(this.current);
    const out: SentenceSpan[] = [];
    for (const s of this.spans) {
      const piece = this.text.slice(s.start, s.end);
      const body = piece.trim();
      if (body.length === 0) continue;
      // Where the trimmed text starts: only whitespace comes before it, so its first occurrence.
      const lead = piece.indexOf(body);
      out.push({ text: body, start: s.start + lead, end: s.start + lead + body.length });
    }
    return out;
  }
}

/** Splits one block of normalised text into sentences. */
export function splitSentences(text: string, lang = 'en'): SentenceSpan[] {
  const sentences = new BlockSentences(text);
  for (const { segment, index } of segmenter(lang).segment(text)) sentences.add(segment, index);
  return sentences.finish();
}

// Between two blocks split together: a paragraph separator, after which ICU always ends a sentence
// (UAX #29, rule SB4) and which no look-ahead of its rules crosses, so no cut inside a block depends on
// the blocks around it. A block may hold the character itself: blocks are told apart by their lengths.
const BLOCK_SEPARATOR = '\u2029';

/**
 * `texts.map((text) => splitSentences(text, lang))` with one call to the segmenter. Each call of
 * `segment()` makes its own copy of ICU's break iterator and of the text, which only a major garbage
 * collection frees, and a long article's analysis runs none: split block by block, the 1 MB article's
 * 3,224 calls held 15-19 MB more than one call over all its blocks (`npm run bench:memory-steps`).
 */
export function splitSentencesOfTexts(texts: readonly string[], lang = 'en'): SentenceSpan[][] {
  const out: SentenceSpan[][] = [];
  if (texts.length === 0) return out;
  const last = texts.length - 1;
  // The block being read: its text is joined[blockStart, blockEnd), its separator at blockEnd.
  let block = 0;
  let blockStart = 0;
  let blockEnd = texts[0].length;
  let sentences = new BlockSentences(texts[0]);
  const nextBlock = () => {
    out.push(sentences.finish());
    block++;
    sentences = new BlockSentences(texts[block] ?? '');
    blockStart = blockEnd + BLOCK_SEPARATOR.length;
    blockEnd = blockStart + (texts[block]?.length ?? 0);
  };
  for (const { segment, index } of segmenter(lang).segment(texts.join(BLOCK_SEPARATOR))) {
    // Each block's part of the segment: normally the whole segment, less the separator after a
    // block's last sentence.
    const segmentEnd = index + segment.length;
    let at = index;
    while (at < segmentEnd) {
      while (block < last && at >= blockEnd + BLOCK_SEPARATOR.length) nextBlock();
      if (at >= blockEnd) {
        at = blockEnd + BLOCK_SEPARATOR.length;
        continue;
      }
      const end = Math.min(segmentEnd, blockEnd);
      sentences.add(at === index && end === segmentEnd ? segment : segment.slice(at - index, end - index), at - blockStart);
      at = end;
    }
  }
  while (out.length < texts.length) nextBlock();
  return out;
}
