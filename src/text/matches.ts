// Every match of a global pattern, as `text.matchAll(pattern)` gives them, for the rules that run
// many patterns over every sentence. `matchAll` copies its pattern on each call (the spec's
// species constructor), and for a sentence with no match that copy costs more than the search
// itself: in the agentless rule it was half the rule's time. Here the pattern itself searches,
// from 0, and is left at 0 again. The matches are collected before the caller sees any, so a
// caller that runs the same pattern while reading them cannot disturb the search.

/**
 * The matches of a global (`g`) pattern in `text`, in order; the same arrays `matchAll` yields.
 * `cue`: words every match holds, asked first, so that a sentence without them is not searched by a
 * long pattern at every position. It must be a true necessary condition of the pattern (same flags).
 */
export function matchesOf(pattern: RegExp, text: string, cue?: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  if (cue && !cue.test(text)) {
    if (verifyingCues) verifyCue(pattern, text, cue);
    return [];
  }
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over it, as matchAll does.
    if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = 0;
  return out;
}

/**
 * False when `text` fails `cue`, a cheaper pattern every match of `pattern` also matches (words every
 * match holds): then `pattern` need not be asked. For the rules' non-global patterns, asked of every
 * sentence, that most sentences cannot match. `pattern` itself is only read by the unit tests
 * (verifyCuesForTesting), which search every text the cue turns away. `cue` is not global.
 */
export function mayMatch(pattern: RegExp, text: string, cue: RegExp): boolean {
  if (cue.test(text)) return true;
  if (verifyingCues) verifyCue(pattern, text, cue);
  return false;
}

/**
 * One search that says whether any of several patterns may match a text, for a rule that tries many
 * patterns on every sentence, most sentences matching none: each search reads the whole sentence,
 * and one search of an alternation costs little more than one of its alternatives. The alternation
 * is of each pattern's cue (words every match of it holds) or, without one, of the pattern itself,
 * so a text it turns away is one no pattern matches. It is case-insensitive: a case-sensitive source
 * only matches less, unless it holds a negation (a negative lookaround or class), which then matches
 * less. A source that could mean something else inside it (the `u` flag's code points, other flags,
 * back-references) does not join: its pattern is left to search every text (`always`).
 */
export class AnyOf {
  private readonly union: RegExp | null;
  /** The patterns the union cannot answer for: search them whatever it says. */
  readonly always: ReadonlySet<RegExp>;
  constructor(
    private readonly patterns: RegExp[],
    cues: ReadonlyMap<RegExp, RegExp> = new Map(),
  ) {
    const joined: string[] = [];
    const always = new Set<RegExp>();
    for (const pattern of patterns) {
      const gate = cues.get(pattern) ?? pattern;
      if (canJoin(gate)) joined.push(`(?:${gate.source})`);
      else always.add(pattern);
    }
    this.union = joined.length ? new RegExp(joined.join('|'), 'i') : null;
    this.always = always;
  }

  /** False when none of the patterns, but those `always` searched, can match `text`. */
  mayMatch(text: string): boolean {
    if (!this.union || this.union.test(text)) return true;
    if (verifyingCues) for (const pattern of this.patterns) if (!this.always.has(pattern)) verifyCue(pattern, text, this.union);
    return false;
  }
}

/** True when `gate`'s source, inside a case-insensitive alternation with no other flag, matches at least what it matches alone. */
function canJoin(gate: RegExp): boolean {
  if (gate.unicodeSets || gate.multiline || gate.dotAll) return false;
  // With the u flag, only plain ASCII words and spaces read the same without it; case-insensitive,
  // "s" and "k" would also match "ſ" and the Kelvin sign.
  if (gate.unicode && !(gate.ignoreCase ? /^(?:[a-jl-rt-zA-JL-RT-Z0-9 |():?]|\\s)*$/ : /^(?:[a-zA-Z0-9 |():?]|\\s)*$/).test(gate.source)) return false;
  if (/\\[1-9]|\\k</.test(gate.source)) return false;
  return gate.ignoreCase || !/\(\?<?!|\[\^/.test(gate.source);
}

let verifyingCues = false;

/**
 * For the unit tests (tests/unit/setup/verify-cues.ts): every text a cue turns away is searched by the
 * pattern too, and a match throws. A pattern edited beyond its cue then fails the tests loudly instead
 * of silently finding less.
 */
export function verifyCuesForTesting(on: boolean): void {
  verifyingCues = on;
}

function verifyCue(pattern: RegExp, text: string, cue: RegExp): void {
  pattern.lastIndex = 0;
  const missed = pattern.exec(text);
  pattern.lastIndex = 0;
  if (missed) throw new Error(`the cue ${cue} turned away "${text}", which ${pattern} matches ("${missed[0]}")`);
}

/** The index after the character at `i`: a surrogate pair is one character for a unicode pattern. */
function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
