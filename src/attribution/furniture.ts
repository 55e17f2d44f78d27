import type { Block } from '../types';
import { letterUnits } from '../text/letters';

// Lines of page furniture that reach the article text but are not the article's sentences: teasers
// to other stories, credits, and the article's own list of sources. They are labeled neutral.
//
//   "Related: Chicago is America's most segregated city"   "[Read: Why Tunisia ...]"
//   "Read more:"   "Heba Habib contributed to this report."   "(Reuters)"
//   "Sources:" followed by the titles of the sources used

const TEASER = /^(?:\[?\s*(?:related|read(?: more)?|see also|more|watch|listen|also read|recommended|latest|explore)\b.*:|\[read\b|\[.*\]$|\(?(?:reuters|ap|afp)\)?$)/i;
// "contributed to this report" is a credit wherever it stands; "reporting by", "edited by", "first
// published", "powered by" and "copyright" only where a credit line starts ("(Reporting by ...;
// editing by ...)"): inside a sentence they are the story's words ("... trade secrets and copyright
// infringement", "a novel first published in 1960").
const CREDIT = /\b(?:contributed (?:to )?(?:this|reporting)|additional reporting by|all rights reserved)\b|©|(?:^|[(;]\s*)(?:reporting by|edited by|editing by|first published|powered by|copyright)\b|^(?:photo|image|video|credit|getty|source|map|graphic|chart|watch|listen|gallery)s?\s*:|^credit\b|getty images$|\((?:reuters|ap|afp|getty images|epa)\)\s*$/i;
const SOURCES_HEADING = /^(?:sources?|references|further reading|bibliography|citations)\s*:?\s*$/i;

// "(Thomas Coex/AFP/Getty Images)": a photo credit in brackets.
const PHOTO_CREDIT = /^\([^()]*(?:AFP|Getty|Reuters|AP Photo|EPA|Images|Photo|Shutterstock)[^()]*\)$/i;
// "Steven Mufson covers the White House.": the author's biography.
const AUTHOR_BIO = /^(?:\p{Lu}[\p{L}.'-]+\s+){1,3}(?:covers|writes about|reports on|is an? (?:staff |senior |national |foreign |chief )*(?:reporter|correspondent|writer|columnist|editor|contributor))\b/u;
// At the article's end a name followed by a career is the author's biography too ("Nelson D.
// Schwartz has covered economics since 2012.", "Jane Doe is the author of ..."); in the body the
// same words are a claim about someone in the story.
const CLOSING_BIO = /^(?:\p{Lu}[\p{L}.'-]+\s+){1,3}(?:has (?:covered|written about|reported on|been (?:a|an|the) (?:\w+ ){0,3}(?:reporter|correspondent|writer|columnist|editor))|writes (?:for|about|on)|is (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:reporter|correspondent|writer|columnist|editor|contributor|journalist|bureau chief|author of))\b/u;
// The publisher's own notes on the article, at the start of a line: where it first ran, its print
// edition ("The photo originally appeared on Instagram" is a claim, not a note).
const PUBLICATION_NOTE = /^(?:this (?:article|story|piece|post|column|essay|report) (?:was |has been )?(?:originally |first )?(?:appeared|appears|published|republished|ran) (?:on|in|at|with|by)\b|a version of this (?:article|story|piece) (?:appears|appeared|was published)\b|(?:re)?published with (?:kind )?permission\b)/i;
// Calls to action addressed to the reader, at the start of a sentence: "Sign up for our
// newsletter", "Follow us on Twitter", "Check it out here". "Follow the money" is no promotion.
const PROMO = /^(?:sign up\b|subscribe (?:to|now|here|today)\b|follow (?:us|him|her|them|@\w+)\b|follow (?:[\p{L}][\p{L}&.-]*\s+){1,4}on (?:facebook|twitter|instagram|x|tiktok|youtube|linkedin)\b|like us on\b|join us on\b|click here\b|download (?:our|the) (?:\w+ )?app\b|get (?:our|the) (?:\w+ ){0,3}newsletter\b|check (?:it|them|this) out\b|(?:read|watch|listen to) (?:it|more) here\b)/iu;

// A caption's credit as its own sentence ("Source: Supplied", "(Jane Roe/AFP/Getty Images)") and the
// publisher's disclaimers ("The views expressed ... do not necessarily reflect", "adapted from").
const SENTENCE_CREDIT = /^(?:source|photo|picture|image|credit)s?\s*:\s*\S.{0,60}$|\b(?:do|does) not necessarily reflect\b|^this (?:article|story) (?:has been|was) adapted from\b/i;

// A caption that says where its picture is: "Clockwise from top: ...", "Above, the skull of ...",
// "Left: ...", "Cover image: ...". Captions are not labeled (SOURCING.md: headings, captions and bylines).
const CAPTION_LOCATOR = /^(?:clockwise from (?:the )?(?:top|bottom|left|right)(?:\s+(?:left|right))?\s*[:,]|(?:above|below|left|right|top|bottom|inset|pictured|main image|cover image|top image|featured image|file photo|in the photo|in this photo)\s*:|(?:above|below|left|right|inset)(?!\s*,\s*(?:all|though|however))\s*,\s+(?:the|a|an|\p{Lu}))/iu;

/** True for one sentence of a paragraph that is a credit, caption or disclaimer, not an article sentence. */
export function isFurnitureSentence(text: string): boolean {
  const t = text.trim();
  return SENTENCE_CREDIT.test(t) || PHOTO_CREDIT.test(t) || PROMO.test(t) || PUBLICATION_NOTE.test(t) || CAPTION_LOCATOR.test(t);
}

/**
 * True for a teaser, caption-like credit, promotion or similar line that carries no article
 * sentence. `closing`: the block is among the article's last, where an author's biography sits.
 */
export function isFurniture(text: string, closing = false): boolean {
  const t = text.trim();
  return TEASER.test(t) || CREDIT.test(t) || PHOTO_CREDIT.test(t) || AUTHOR_BIO.test(t) || PUBLICATION_NOTE.test(t) || PROMO.test(t) || (closing && CLOSING_BIO.test(t));
}

/** A block that is all link: a teaser to another story ("Read the full transcript of his interview"). */
export function isLinkLine(block: Block): boolean {
  const letters = letterUnits;
  const linked = block.links.reduce((n, l) => n + letters(l.text), 0);
  return block.links.length > 0 && linked >= 0.8 * letters(block.text);
}

/**
 * A short line with no sentence punctuation at its end is a headline, a teaser or a label ("The
 * presidential body swerve", "Kenya trip"), not a sentence of the story. Only used when no
 * "X said:" list is running.
 */
export function isTitleLine(text: string): boolean {
  const t = text.trim();
  return t.length < 100 && !/[.!?:;"”’)\]]$/.test(t);
}

/** True for the heading of an article's own list of sources ("Sources:"). */
export function isSourcesHeading(text: string): boolean {
  return SOURCES_HEADING.test(text.trim());
}
