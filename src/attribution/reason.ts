// The plain words a reader sees on why a sentence got its label, naming the words that decided it.

import type { Label } from '../types';

export interface Decision {
  label: Label;
  source?: string;
  cue?: string;
  how: 'speaker' | 'agentless' | 'vouching' | 'link' | 'inherited' | 'claim' | 'none' | 'heading' | 'furniture' | 'code' | 'sources-list';
  /** For an inherited attribution: where it came from. */
  from?: string;
  /** For a claim or a non-claim: the evidence. */
  evidence?: string;
  /** For a pronoun or a second mention: the speaker it refers to. */
  refersTo?: string;
}

const KIND: Record<'named' | 'anonymous' | 'vague', string> = {
  named: 'a source the reader can identify',
  anonymous: 'a source the article does not name',
  vague: 'no identifiable source',
};

export function explain(d: Decision): string {
  const refers = d.refersTo && d.source && d.refersTo !== d.source ? ` (${d.refersTo})` : '';
  switch (d.how) {
    case 'heading':
      return 'A heading.';
    case 'furniture':
      return 'Page furniture (a caption, teaser, credit or link line), not an article sentence.';
    case 'code':
      return 'Code or other preformatted text, not an article sentence.';
    case 'sources-list':
      return 'An entry in the article’s own list of sources.';
    case 'speaker':
      return `Attributed to “${d.source}”${refers} (${d.cue}): ${KIND[d.label as 'named']}.`;
    case 'agentless':
      return `“${d.cue}” hides who says so: ${KIND.vague}.`;
    case 'vouching':
      return `“${d.cue}”: the outlet vouches for itself without naming a source.`;
    case 'link':
      return `The link on “${d.cue}” points to the claim’s source.`;
    case 'inherited':
      // Self-vouching is its own cue: "… | TMZ has learned."
      if (d.source === undefined) return `The outlet vouches for it ${d.from} (“${d.cue}”) without naming a source.`;
      return `Continues what “${d.source}”${refers} said ${d.from}: ${KIND[d.label as 'named']}.`;
    case 'claim':
      return `A checkable claim (${d.evidence}) with no source in the sentence.`;
    default:
      return `The writer’s own words with nothing checkable to source (${d.evidence ?? 'no claim'}).`;
  }
}
