import type { Block, Genre, GenreReport } from '../types';
import { isLinkOnly } from '../extract/rules/links';
import { looksLikeListing } from '../extract/no-article';
import { blockSentences } from '../text/block-sentences';
import type { PageDeclarations } from '../page/declarations';
import { parseUrl } from '../text/site';

// The kind of article (issue 20): first from what the page declares about itself, then from the shape
// of its text. A declared opinion, analysis, review or live page is that, whatever its shape; a page
// that declares only "article" (og:type, NewsArticle) can still be a digest of several stories or a
// listing of links and scores, which its shape tells.

/** schema.org types that name the kind (https://schema.org/NewsArticle, its subtypes). */
const SCHEMA_GENRES: Record<string, Genre> = {
  OpinionNewsArticle: 'opinion',
  AnalysisNewsArticle: 'analysis',
  ReviewNewsArticle: 'review',
  CriticReview: 'review',
  Review: 'review',
  LiveBlogPosting: 'live',
};

// The words publishers use for the kind, in section names, kickers, title prefixes and address paths.
// Matched as whole labels, not inside other words ("Reviews" yes, "review of the merger" no).
// "Ideas" is the essays-and-argument section of several magazines.
const GENRE_WORDS: [Genre, RegExp][] = [
  ['opinion', /^(opinions?|comment|commentary|commentisfree|columns?|columnists?|editorials?|op-?eds?|letters|letters to the editor|perspectives?|viewpoints?|ideas)$/i],
  ['analysis', /^(analysis|news analysis)$/i],
  ['review', /^(reviews?|critics?)$/i],
  ['live', /^(live|live ?blog|live updates|live coverage|the latest)$/i],
];

const wordGenre = (label: string): Genre | undefined => GENRE_WORDS.find(([, re]) => re.test(label.trim().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ')) || re.test(label.trim()))?.[0];

/**
 * A buying guide's headline: a "gift guide", "buying guide" or "buyer's guide". Not "The 10 best ...":
 * on the development part that headline heads a page of deals, prices with no verdict (news).
 */
const BUYING_GUIDE = /\b(?:gift|buying|buyer[’']?s)\s+guide\b/i;

/** "Opinion: ...", "Analysis | ...", "The Latest: ...", "MacBook Pro review: ...", "... — review". */
function titleGenre(title: string): Genre | undefined {
  const prefix = /^([\p{L} ]{3,20}?)\s*[:|—–]\s/u.exec(title)?.[1];
  const fromPrefix = prefix ? wordGenre(prefix) : undefined;
  if (fromPrefix) return fromPrefix;
  // "<thing> review: <verdict>" and "<thing> – review" name a review by its last word before the verdict.
  if (/\breview\s*:\s/i.test(title) || /[—–|-]\s*review$/i.test(title)) return 'review';
  // A buying guide judges the things it picks ("Gift guide: what to buy ...").
  if (BUYING_GUIDE.test(title)) return 'review';
  return undefined;
}

function addressGenre(url: string): { genre: Genre; part: string } | undefined {
  // An article analysed without its address has none to parse (parseUrl).
  const path = parseUrl(url)?.pathname;
  if (path === undefined) return undefined;
  const segments = path.split('/').filter(Boolean);
  // Folders name sections ("/opinion/", "/commentisfree/"); the last segment is the story's own slug.
  for (const segment of segments.slice(0, -1)) {
    const genre = wordGenre(segment);
    if (genre) return { genre, part: `/${segment}/` };
  }
  const slug = (segments.at(-1) ?? '').replace(/\.[a-z]+$/i, '');
  if (/-review$/i.test(slug)) return { genre: 'review', part: slug };
  return undefined;
}

/** "Analysis by Ann Lee", "Opinion by ...": a byline that names the kind before the writer. */
function bylineGenre(byline: string): Genre | undefined {
  const prefix = /^([\p{L} ]{3,20}?)\s+by\s/iu.exec(byline)?.[1];
  return prefix ? wordGenre(prefix) : undefined;
}

/** What the page declares, strongest first: a schema.org type, the kicker, the section, the byline, the title, the address. */
export function declaredGenre(d: PageDeclarations): GenreReport | undefined {
  const typed = d.schemaTypes.find((t) => SCHEMA_GENRES[t]);
  if (typed) return { genre: SCHEMA_GENRES[typed], from: 'declared', evidence: `the page declares itself a schema.org ${typed}` };
  const kicker = d.kicker && wordGenre(d.kicker);
  if (kicker) return { genre: kicker, from: 'declared', evidence: `the label above the headline says “${d.kicker}”` };
  for (const section of d.sections) {
    const genre = wordGenre(section);
    if (genre) return { genre, from: 'declared', evidence: `the page files it under “${section}”` };
  }
  const bylined = bylineGenre(d.byline);
  if (bylined) return { genre: bylined, from: 'declared', evidence: `its byline says “${d.byline}”` };
  const titled = titleGenre(d.title);
  if (titled) return { genre: titled, from: 'declared', evidence: 'its headline says so' };
  const address = addressGenre(d.url);
  if (address) return { genre: address.genre, from: 'declared', evidence: `its address (${address.part})` };
  return undefined;
}

// ---- From the shape of the extracted text ----

/** A digest item: a block that opens with a linked headline of its own and goes on with a blurb. */
function isDigestItem(block: Block): boolean {
  const first = block.links[0];
  if (!first || first.start > 3) return false;
  const headline = first.text.trim();
  return headline.split(/\s+/).length >= 4 && block.text.length - first.end >= 40;
}

/**
 * An entry of a listing rather than a sentence of prose: a link on its own, a line of figures ("Palm Bay
 * (1-0): Tolivert 25 points.", "Rockledge 14 11 6 15 — 44", "AirPods Pro $234.99"), a few words.
 */
function isEntry(text: string): boolean {
  const digits = text.replace(/\D+/g, '').length;
  if (digits >= 2) {
    const letters = text.replace(/\P{L}+/gu, '').length;
    if (digits >= 0.12 * (digits + letters)) return true;
  }
  return !/^\s*(?:\S+\s+){4}\S/.test(text);
}

/** The text of a block cut into sentences, or the whole block when it is one link. */
function pieces(block: Block): string[] {
  if (isLinkOnly(block)) return [block.text];
  return blockSentences(block).map((s) => s.text);
}

/** At least this many entries make a listing... */
const MIN_LIST_ENTRIES = 12;
/** ...when they hold this share of the text: a tour-dates appendix under an article does not. */
const LIST_TEXT_SHARE = 0.5;
/** A digest: at least this many linked headlines with a blurb... */
const MIN_DIGEST_ITEMS = 4;
/** ...holding at least this share of the text. */
const DIGEST_TEXT_SHARE = 0.5;

export interface Shape {
  /** Several stories, each with its own headline: how many. */
  stories?: number;
  list: boolean;
  /** Paragraphs in which the writer says "I", "me" or "my" in their own words, of how many. */
  firstPerson?: { paragraphs: number; of: number };
}

// ---- The writer's voice ----

/** A quotation; one left open runs on into the next paragraph, as a long quotation does. */
const QUOTATION = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/g;
/** The writer in the first person singular ("I'm", "I’ve" begin with "I"). */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b/;
/** An interview's question or answer: "Q:", "A.", "Q&A". The answers speak in the interviewee's first person. */
const INTERVIEW_TURN = /^\s*(?:Q|A)\s*[:.)–—-]\s/;
/** At least this share of the paragraphs in the first person singular make the writer's own take... */
const FIRST_PERSON_SHARE = 0.3;
/** ...and at least this many of them: two lines of a news brief do not. */
const MIN_FIRST_PERSON_PARAGRAPHS = 3;

/**
 * How many paragraphs the writer speaks in the first person singular in, quotations left out (the
 * people a report quotes say "I"; its reporter does not). An interview's answers are the interviewee's
 * words set out without quotation marks: a page of "Q:"/"A:" turns counts none.
 */
function firstPersonOf(body: Block[]): { paragraphs: number; of: number } {
  const prose = body.filter((b) => b.kind !== 'preformatted');
  if (prose.filter((b) => INTERVIEW_TURN.test(b.text)).length >= 2) return { paragraphs: 0, of: prose.length };
  return { paragraphs: prose.filter((b) => FIRST_PERSON.test(b.text.replace(QUOTATION, ' '))).length, of: prose.length };
}

/** How the article's text is laid out. It splits every block into sentences: work it out once. */
export function shapeOf(blocks: Block[]): Shape {
  const body = blocks.filter((b) => b.kind !== 'heading');
  const total = body.reduce((n, b) => n + b.text.length, 0) || 1;
  const digest = body.filter(isDigestItem);
  if (digest.length >= MIN_DIGEST_ITEMS && digest.reduce((n, b) => n + b.text.length, 0) >= DIGEST_TEXT_SHARE * total) {
    return { stories: digest.length, list: false };
  }
  // A column of teasers (linked headline, blurb, again): a section front that declares itself an
  // article (og:type) is still a listing of other articles.
  if (looksLikeListing(blocks)) return { list: true };
  let entries = 0;
  let entryChars = 0;
  for (const block of body) {
    for (const piece of pieces(block)) {
      if (!isEntry(piece)) continue;
      entries++;
      entryChars += piece.length;
    }
  }
  return { list: entries >= MIN_LIST_ENTRIES && entryChars >= LIST_TEXT_SHARE * total, firstPerson: firstPersonOf(body) };
}

/**
 * The kind of article. `storiesOnPage` is the number of separate stories the page holds (coverage.ts
 * counts them in the page); more than one makes a newsletter unless the page declares a kind.
 */
export function classifyGenre(declared: GenreReport | undefined, shape: Shape, storiesOnPage = 1): GenreReport {
  if (declared) return declared;
  if (storiesOnPage > 1) return { genre: 'newsletter', from: 'structure', evidence: `the page holds ${storiesOnPage} separate stories, each with its own headline` };
  if (shape.stories) return { genre: 'newsletter', from: 'structure', evidence: `${shape.stories} stories, each under its own linked headline` };
  if (shape.list) return { genre: 'list', from: 'structure', evidence: 'most of its lines are links, scores or short entries, not sentences' };
  const voice = shape.firstPerson;
  if (voice && voice.paragraphs >= MIN_FIRST_PERSON_PARAGRAPHS && voice.paragraphs >= FIRST_PERSON_SHARE * voice.of) {
    return { genre: 'opinion', from: 'structure', evidence: `the writer speaks in the first person (“I”, “my”) in ${voice.paragraphs} of its ${voice.of} paragraphs` };
  }
  return { genre: 'news', from: 'default', evidence: 'nothing on the page says it is opinion, analysis, a review, a live page, a newsletter or a list' };
}
