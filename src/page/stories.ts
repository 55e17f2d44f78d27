// The separate stories a page holds: a newsletter or a digest page prints several articles one after
// another, each in its own <article> element (or role="article") with its own headline and paragraphs.
// Readability picks one of them; counting them here lets the report say "story 1 of 5" instead of
// grading the first story as if it were the page. A teaser card (a headline and a line) is not a story:
// a story has at least two paragraphs of prose.

import { collapsedTextLength } from './text-length';

export interface StoryOnPage {
  headline: string;
  /** The start of its first paragraph, whitespace collapsed: how the analysed text is matched to it. */
  opening: string;
  chars: number;
}

/** A paragraph of prose, not a caption or a button. */
const MIN_PARAGRAPH_CHARS = 80;
const MIN_STORY_PARAGRAPHS = 2;
const MIN_STORY_CHARS = 300;
/** The part of a story's first paragraph that identifies it. */
const OPENING_CHARS = 60;

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

function linkedChars(p: Element): number {
  let n = 0;
  for (const a of Array.from(p.querySelectorAll('a'))) n += collapsedTextLength(a);
  return n;
}

function asStory(el: Element): StoryOnPage | undefined {
  const headline = squash(el.querySelector('h1, h2, h3')?.textContent ?? null);
  if (!headline) return undefined;
  // Paragraphs are measured without copying their text (a digest of long stories is megabytes of it);
  // only the first one's opening is read.
  const paragraphs = Array.from(el.querySelectorAll('p'))
    .map((p) => ({ p, chars: collapsedTextLength(p), linked: linkedChars(p) }))
    .filter((p) => p.chars >= MIN_PARAGRAPH_CHARS && p.linked < p.chars / 2);
  const chars = paragraphs.reduce((n, p) => n + p.chars, 0);
  if (paragraphs.length < MIN_STORY_PARAGRAPHS || chars < MIN_STORY_CHARS) return undefined;
  return { headline, opening: squash(paragraphs[0].p.textContent).slice(0, OPENING_CHARS), chars };
}

/** The stories of the page, in page order; one or none on an ordinary article page. */
export function findStories(doc: Document): StoryOnPage[] {
  // A page with fewer than two <article>s holds no separate stories: skip the paragraph reading.
  const candidates = Array.from(doc.querySelectorAll('article, [role="article"]'));
  if (candidates.length < 2) return [];
  const stories = new Map<Element, StoryOnPage>();
  for (const el of candidates) {
    const story = asStory(el);
    if (story) stories.set(el, story);
  }
  // An <article> around the whole page's stories is not one more story: keep the innermost ones.
  return [...stories.entries()].filter(([el]) => ![...stories.keys()].some((other) => other !== el && el.contains(other))).map(([, s]) => s);
}
