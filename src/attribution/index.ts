import type { Block, SentenceReport } from '../types';
import { splitSentences } from '../text/sentences';

export interface ClassifyOptions {
  lang?: string;
}

// First, deliberately simple classifier so the pipeline runs end to end. It is replaced by the
// rule modules of issue 4; keep this signature.
const SPEECH = /\b(said|says|told|added|according to|noted|warned|wrote|announced|confirmed|stated)\b/i;
const ANONYMOUS = /\b(anonymous|officials?|a source|sources close|people familiar|person familiar|condition of anonymity|a senior|an? [A-Z][a-z]+ (officer|official|soldier))\b/;
const VAGUE = /\b(experts?|analysts?|reports?|sources suggest|reportedly|is believed|are believed|is thought|are thought|is seen as|are seen as|is perceived|is expected|critics|some say|many believe)\b/i;
const CLAIM = /\b(\d|has|have|had|was|were|is|are|will)\b/i;

export function classifyBlocks(blocks: Block[], options: ClassifyOptions = {}): SentenceReport[] {
  const out: SentenceReport[] = [];
  blocks.forEach((block, index) => {
    for (const span of splitSentences(block.text, options.lang)) {
      const text = span.text;
      const heading = block.kind === 'heading';
      const quote = /["“”]/.test(text);
      let label: SentenceReport['label'] = 'neutral';
      let reason = 'The writer’s own words, with nothing checkable to source.';
      if (heading) reason = 'A heading.';
      else if (ANONYMOUS.test(text) && (SPEECH.test(text) || quote)) {
        label = 'anonymous';
        reason = 'Attributed to an unnamed source.';
      } else if (VAGUE.test(text)) {
        label = 'vague';
        reason = 'Attributed to an unidentifiable source.';
      } else if (SPEECH.test(text)) {
        label = 'named';
        reason = 'Attributed to a source.';
      } else if (CLAIM.test(text)) {
        label = 'unsourced';
        reason = 'A checkable claim with no source.';
      }
      const sourceType = label === 'unsourced' || label === 'neutral' ? 'none' : label;
      out.push({ text, label, sourceType, quote, claim: label !== 'neutral', inherited: false, reason, block: index, heading });
    }
  });
  return out;
}
