// A page's HTML carries far more code than text: on the news pages of the benchmark corpus, inline
// scripts and style sheets are up to four fifths of the bytes (yahoo-3: 650 KB of script and 330 KB of
// CSS in 1.3 MB). Readability removes every <script> and <style> before it reads anything, so parsing
// them is wasted work, and in the extension it is the largest part of the engine's time. They are cut
// from the HTML before it is parsed. JSON-LD scripts stay: they hold the page's metadata (headline,
// author, the publisher's policies).
//
// Inline SVG icons are the next largest markup without article text (buzzfeed-1: 75 KB of its 226 KB
// once scripts are cut; path data mostly). Their contents go; the empty <svg> element stays where it
// was, so the page's structure, which Readability scores, is unchanged.
//
// Comments go too. Besides their bytes, they split text: React separates the parts of a sentence
// with `<!-- -->` (nytimes-4: "A version of this article appears in print on <!-- -->, on Page <!-- -->A
// <!-- -->1 …"), and each part would become a sentence of its own.
//
// Runs of whitespace between two tags (indentation: 106 KB of nytimes-4's 208 KB once scripts are cut)
// shrink to one character, a newline if they held one. A whitespace-only text node still separates
// what it separated, and text itself is not touched. Inside <pre> and <textarea>, where whitespace is
// the content, nothing changes.
//
// A scan, not one replace: a script's text ends only at `</script`, whatever `</style>` it contains (and
// the reverse), and a `<script` inside an HTML comment is no element at all.

// The next comment or opening tag. `(?=[\s/>])`: a custom element such as <script-loader> is not a script.
const NEXT = /<!--[\s\S]*?(?:-->|$)|<(script|style|svg|pre|textarea)(?=[\s/>])[^>]*>/gi;
const CLOSING = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
  svg: /<\/svg\s*>/gi,
  pre: /<\/pre\s*>/gi,
  textarea: /<\/textarea\s*>/gi,
};
/** A script's opening tag that marks it as read (JSON-LD): the cut keeps such a script whole. */
export const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;
// `<svg ... />` is complete in itself (HTML honours the self-closing flag on foreign elements).
const SELF_CLOSED = /\/\s*>$/;
// Whitespace between two tags, or between a tag and a cut element.
const WHITESPACE_BETWEEN_TAGS = /(^|>)\s{2,}(?=<|$)/g;

type Special = keyof typeof CLOSING;

function collapsed(markup: string): string {
  return markup.replace(WHITESPACE_BETWEEN_TAGS, (run, tagEnd: string) => tagEnd + (run.includes('\n') ? '\n' : ' '));
}

/**
 * `html` without the markup the engine never reads: inline scripts (JSON-LD kept), style sheets and
 * comments go, SVGs are emptied, and whitespace between tags shrinks to one character.
 */
export function withoutUnreadMarkup(html: string): string {
  const kept: string[] = [];
  let from = 0;
  NEXT.lastIndex = 0;
  for (let match = NEXT.exec(html); match; match = NEXT.exec(html)) {
    const tag = match[1]?.toLowerCase() as Special | undefined;
    if (!tag) {
      kept.push(collapsed(html.slice(from, match.index)));
      from = NEXT.lastIndex;
      continue;
    }
    if (tag === 'svg' && SELF_CLOSED.test(match[0])) continue;
    const closing = endOf(html, tag, NEXT.lastIndex);
    // An unclosed <pre> holds the rest of the page as ordinary markup (the parser does not read it as
    // text, unlike an unclosed script or textarea): the scan goes on inside it.
    if (tag === 'pre' && !closing.found) continue;
    NEXT.lastIndex = closing.end;
    if (tag === 'pre' || tag === 'textarea' || (tag === 'script' && JSON_LD.test(match[0]))) {
      // Kept as written, whitespace and all.
      kept.push(collapsed(html.slice(from, match.index)), html.slice(match.index, closing.end));
      from = closing.end;
    } else if (tag === 'svg') {
      // Its own tags stay (`<svg …></svg>`), its contents go.
      kept.push(collapsed(html.slice(from, match.index + match[0].length)));
      from = closing.start;
    } else {
      kept.push(collapsed(html.slice(from, match.index)));
      from = closing.end;
    }
  }
  kept.push(collapsed(html.slice(from)));
  return kept.join('');
}

/** Where the element opened just before `from` is closed: its closing tag's start and end (the end of the text if never). */
function endOf(html: string, tag: Special, from: number): { start: number; end: number; found: boolean } {
  const closing = CLOSING[tag];
  closing.lastIndex = from;
  const found = closing.exec(html);
  return found ? { start: found.index, end: closing.lastIndex, found: true } : { start: html.length, end: html.length, found: false };
}
