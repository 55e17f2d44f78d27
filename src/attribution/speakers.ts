// Who has spoken so far, so that "he said", "the strategist added", "Azzouz said" and "its key
// findings" take the type of the source they point back to (SOURCING.md: "A pronoun takes the type
// of the person it refers to").

import type { SourceInfo } from './source-phrase';

export interface Speaker {
  /** The fullest form of the name seen ("Tony Radakin", "one anonymous military strategist"). */
  name: string;
  info: SourceInfo;
}

const TITLE = /^(?:mr|mrs|ms|dr|prof|gen|president|prime|minister|sen|rep|gov|the|a|an|one)\.?$/i;

/** The capitalised words of a name, titles dropped: "Mr Obama" → ["Obama"]. */
function nameWords(name: string): string[] {
  return (name.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []).filter((w) => !TITLE.test(w)).map((w) => w.replace(/['’]s$/, ''));
}

export class SpeakerMemory {
  private readonly speakers: Speaker[] = [];

  remember(name: string, info: SourceInfo): Speaker {
    const known = this.findByName(name);
    if (known) {
      this.speakers.push(known);
      return known;
    }
    const speaker = { name, info };
    this.speakers.push(speaker);
    return speaker;
  }

  /** An earlier speaker this phrase names again: "Azzouz" for "Lotfi Azzouz", "the strategist". */
  findByName(phrase: string, head?: string): Speaker | null {
    const words = nameWords(phrase);
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const s = this.speakers[i];
      if (words.length > 0 && words.every((w) => nameWords(s.name).includes(w))) return s;
    }
    if (head && /^the\b/i.test(phrase.trim()) && words.length === 0) {
      for (let i = this.speakers.length - 1; i >= 0; i--) {
        const s = this.speakers[i];
        if (s.info.head === head || new RegExp(`\\b${head}`, 'i').test(s.name)) return s;
      }
    }
    return null;
  }

  /** The speaker a pronoun points back to: he/she a person, it/its a document or organisation. */
  resolvePronoun(pronoun: string): Speaker | null {
    const p = pronoun.toLowerCase();
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const { info } = this.speakers[i];
      if (p === 'it' || p === 'its') {
        if (info.kind === 'document' || info.kind === 'organisation') return this.speakers[i];
      } else if (p === 'they' || p === 'their' || p === 'them') {
        if (info.plural || info.kind === 'organisation') return this.speakers[i];
      } else if (!info.plural && (info.kind === 'person' || info.kind === 'role' || info.kind === 'anonymous')) {
        return this.speakers[i];
      }
    }
    return null;
  }
}
