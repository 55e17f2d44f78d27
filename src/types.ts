// The shapes shared by the engine, the CLI, the content script and the popup.
// The report's field names are a contract (see DESIGN.md): add fields, never rename or remove them.

/** The one verdict a reader sees for a sentence (SOURCING.md, "label"). */
export type Label = 'named' | 'anonymous' | 'vague' | 'unsourced' | 'neutral';

/** Who a sentence's information is attributed to (SOURCING.md, "source_type"). */
export type SourceType = 'named' | 'anonymous' | 'vague' | 'none';

/** Labels the reader sees highlighted in the page. */
export const FLAGGED_LABELS = ['anonymous', 'vague', 'unsourced'] as const;
export type FlaggedLabel = (typeof FLAGGED_LABELS)[number];

/** A link inside a block of article text; offsets are UTF-16 indices into `Block.text`. */
export interface InlineLink {
  href: string;
  text: string;
  start: number;
  end: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'preformatted';

/** One block of the extracted article (a paragraph, heading, list item...), text normalised. */
export interface Block {
  kind: BlockKind;
  text: string;
  links: InlineLink[];
}

export type BoilerplateKind =
  | 'related'
  | 'share'
  | 'newsletter'
  | 'comments'
  | 'navigation'
  | 'byline'
  | 'caption'
  | 'tags'
  | 'teaser'
  | 'advertisement'
  /** A promotion of the publisher's own app, shop or subscription ("Click here to get the app"). */
  | 'promo'
  /** The headline repeated inside the body. */
  | 'title'
  /** Copyright, licence and reuse notices. */
  | 'legal'
  | 'other';

/** Something removed from Readability's output, and why. */
export interface Boilerplate {
  kind: BoilerplateKind;
  text: string;
}

/** A trust signal the publisher declares in schema.org markup (publishingPrinciples, ...). */
export interface PublisherSignal {
  kind: string;
  href: string;
}

/** The article as the extractor found it. */
export interface Article {
  url: string;
  title: string;
  byline: string;
  siteName: string;
  lang: string;
  blocks: Block[];
  boilerplate: Boilerplate[];
  publisherSignals: PublisherSignal[];
}

/** One sentence with its verdict, in reading order. */
export interface SentenceReport {
  text: string;
  label: Label;
  /** The words that name the source, as written ("one anonymous military strategist"). */
  source?: string;
  sourceType: SourceType;
  /** The sentence holds a direct quotation in quotation marks. */
  quote: boolean;
  /** The sentence asserts something checkable about the world. */
  claim: boolean;
  /** The attribution comes from an earlier sentence (carry-over). */
  inherited: boolean;
  /** Plain words on why the sentence got its label, naming the words that decided it. */
  reason: string;
  /** Index of the block the sentence belongs to. */
  block: number;
  heading: boolean;
  /**
   * The speaker the source refers to, when `source` points back to one named earlier ("he",
   * "the strategist", "Azzouz" → "Lotfi Azzouz"); used to merge mentions in the sources summary.
   */
  speaker?: string;
  /** What the source is: person, organisation, document, role, anonymous, vague, link. */
  sourceKind?: string;
  /** The address of the link that sources the sentence, when a link does. */
  sourceHref?: string;
  /** The sentence is an entry of the article's own list of sources ("Sources:"). */
  listedSource?: boolean;
}

export interface SourceSummary {
  name: string;
  /** 'person' | 'organisation' | 'document' | 'role' | 'anonymous' | 'vague' | 'link' | 'listed' */
  type: string;
  sentences: number;
  /** A source named in the article's own "Sources:" list, with or without a link. */
  listed?: boolean;
  href?: string;
  /** A remark for the reader, e.g. that a listed source has no link to check it by. */
  note?: string;
}

export interface LinkSummary {
  href: string;
  text: string;
  external: boolean;
  /**
   * The link is the site's own furniture (reprints, subscriptions, sharing, author and tag pages), not
   * a source the article cites; such links never count as "links to sources".
   */
  furniture?: boolean;
}

/** The kind of article (issue 20). */
export type Genre = 'news' | 'opinion' | 'analysis' | 'review' | 'live' | 'newsletter' | 'list';

export interface GenreReport {
  genre: Genre;
  /** Whether the page declared it, its structure showed it, or nothing said otherwise. */
  from: 'declared' | 'structure' | 'default';
  /** Plain words on what decided it ("the page files it under “Opinion”"). */
  evidence: string;
}

/** Why part of the page's main text was not analysed. */
export type LeftOutReason = 'other-stories' | 'comments';

/** How much of the page's main text the analysis covered, and why the rest was left out. */
export interface Coverage {
  /** Characters of article text analysed. */
  checkedChars: number;
  /** The page's main text: what was analysed plus what was left out for the reasons below. */
  mainChars: number;
  /** checkedChars / mainChars, from 0 to 1. */
  share: number;
  /** On a page of several stories: which were analysed (1-based, in page order) and how many there are. */
  stories?: { checked: number[]; total: number };
  leftOut: { reason: LeftOutReason; count: number; chars: number }[];
  /** One line for the reader: "Checked: story 1 of 5; the 4 other stories were left out." */
  note: string;
}

/** Where a score stands among the articles of the baseline corpus (src/report/baseline.json). */
export interface Standing {
  /** Percent of the baseline's graded articles with a lower score. */
  betterThan: number;
  /** How many graded articles the baseline holds. */
  of: number;
}

export interface Summary {
  sentences: number;
  claims: number;
  named: number;
  anonymous: number;
  vague: number;
  unsourced: number;
  neutral: number;
  /** anonymous + vague + unsourced: the count on the toolbar badge. */
  flagged: number;
  quotes: number;
  anonymousQuotes: number;
  externalLinks: number;
  score: number;
  grade: string;
  reasons: string[];
  /** Where the score stands among the baseline corpus's articles; absent when there is no grade. */
  standing?: Standing;
}

export interface Report {
  file?: string;
  url: string;
  title: string;
  byline: string;
  siteName: string;
  lang: string;
  /** The extracted article, blank line between blocks. */
  text: string;
  boilerplate: Boilerplate[];
  sentences: SentenceReport[];
  sources: SourceSummary[];
  links: LinkSummary[];
  publisherSignals: PublisherSignal[];
  summary: Summary;
  /** The kind of article: news, opinion, analysis, review, live, newsletter or list. */
  genre: Genre;
  /** What decided the genre. */
  genreReason: string;
  coverage: Coverage;
}

/** Why an analysis produced no report; shown to the reader. */
export type NoReportReason = 'no-article' | 'unsupported-language' | 'too-large';

export class NoArticleError extends Error {
  constructor(
    readonly reason: NoReportReason,
    message: string,
  ) {
    super(message);
    this.name = 'NoArticleError';
  }
}
