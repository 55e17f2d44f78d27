// Sentence splitting with the platform's own Intl.Segmenter (zero bytes in the content script),
// corrected where it splits after an abbreviation that cannot end a sentence ("Gen. Syrskyi").

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
const DOTTED_INITIALS = /(?:^|[\s(“"'‘])(?:[A-Z]\.){1,3}$/;

const segmenterCache = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let seg = segmenterCache.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang || 'en', { granularity: 'sentence' });
    segmenterCache.set(lang, seg);
  }
  return seg;
}

/** True when the piece ends with an abbreviation after which a sentence cannot end. */
function endsWithNonFinalAbbreviation(piece: string, next: string): boolean {
  const trimmed = piece.trimEnd();
  const word = /([A-Za-z]+)\.$/.exec(trimmed)?.[1];
  if (word && NON_FINAL_ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "J. K. Rowling", "U.S. Army": single capitals with periods, followed by a capitalised word.
  if (DOTTED_INITIALS.test(trimmed) && /^[A-Z]/.test(next)) {
    const initials = /((?:[A-Z]\.){1,3})$/.exec(trimmed)?.[1] ?? '';
    // "the U.S. The next day..." is a real end; keep the split when the next word is a common opener.
    return initials.length <= 2 || !/^(The|A|An|But|And|In|On|It|He|She|They|We|This|That)\b/.test(next);
  }
  return false;
}

// A quotation that ends in "?" or "!" and runs on in lower case is inside the sentence:
// 'as if to say "You think you got me?" before his smile returned'.
const QUOTED_QUESTION_END = /[?!]['"’”]\s+$/;
const LOWERCASE_START = /^\p{Ll}/u;
// A sentence cannot begin with closing punctuation ("”", ")", "]", "}"): it is the tail of the last one.
const CLOSING_START = /^[\s'"’”)\]}»]+(?:\s|$)|^[)\]}]/;

/** True when the segmenter's cut before `next` is wrong and `next` continues `piece`. */
function continuesSentence(piece: string, next: string): boolean {
  if (endsWithNonFinalAbbreviation(piece, next)) return true;
  // "in 2023.CreditJeon": a cut with no space after it is inside a run of text (captions, URLs).
  if (!/\s$/.test(piece)) return true;
  if (CLOSING_START.test(next)) return true;
  // A lone social handle after a bio line ("...Business section. @NelsonSchwartz") is no sentence.
  if (/^@\w+\s*$/.test(next)) return true;
  return QUOTED_QUESTION_END.test(piece) && LOWERCASE_START.test(next);
}

/** Splits one block of normalised text into sentences. */
export function splitSentences(text: string, lang = 'en'): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let current: SentenceSpan | null = null;
  for (const { segment, index } of segmenter(lang).segment(text)) {
    if (current && continuesSentence(current.text, segment)) {
      current.text += segment;
      current.end = index + segment.length;
      continue;
    }
    if (current) spans.push(current);
    current = { text: segment, start: index, end: index + segment.length };
  }
  if (current) spans.push(current);
  return spans
    .map((s) => {
      const lead = s.text.length - s.text.trimStart().length;
      const body = s.text.trim();
      return { text: body, start: s.start + lead, end: s.start + lead + body.length };
    })
    .filter((s) => s.text.length > 0);
}
