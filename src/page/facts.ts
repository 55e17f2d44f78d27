import { readDeclarations, NOTHING_DECLARED, type PageDeclarations } from './declarations';
import { findStories, type StoryOnPage } from './stories';
import { countPlaceholders, findFurniture, MIN_PLACEHOLDERS, NO_FURNITURE, type Furniture } from './not-loaded';

/** What the report needs from the page itself, read before the extractor changes the document. */
export interface PageFacts {
  declarations: PageDeclarations;
  stories: StoryOnPage[];
  placeholders: number;
  /** Read only when needed (a page of placeholders), and only before extraction changes the page. */
  furniture: Furniture;
}

export function readPageFacts(doc: Document, url: string): PageFacts {
  const placeholders = countPlaceholders(doc);
  return { declarations: readDeclarations(doc, url), stories: findStories(doc), placeholders, furniture: placeholders >= MIN_PLACEHOLDERS ? findFurniture(doc) : NO_FURNITURE };
}

/** An article handed over without its page (analyzeArticle on blocks built by hand). */
export const NO_PAGE_FACTS: PageFacts = { declarations: NOTHING_DECLARED, stories: [], placeholders: 0, furniture: NO_FURNITURE };
