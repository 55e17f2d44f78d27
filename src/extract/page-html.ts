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
// A scan, not one replace: a script's text ends only at `</script`, whatever `</style>` it contains (and
// the reverse), and a `<script` inside an HTML comment is no element at all.

// The next comment or opening tag. `(?=[\s/>])`: a custom element such as <script-loader> is not a script.
const NEXT = /<!--[\s\S]*?(?:-->|$)|<(script|style|svg)(?=[\s/>])[^>]*>/gi;
const CLOSING = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi, svg: /<\/svg\s*>/gi };
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;
// `<svg ... />` is complete in itself (HTML honours the self-closing flag on foreign elements).
const SELF_CLOSED = /\/\s*>$/;

type Cut = keyof typeof CLOSING;

/**
 * `html` without the markup the engine never reads: inline scripts (JSON-LD kept) and style sheets
 * go, SVGs are emptied.
 */
export function withoutUnreadMarkup(html: string): string {
  const kept: string[] = [];
  let from = 0;
  NEXT.lastIndex = 0;
  for (let match = NEXT.exec(html); match; match = NEXT.exec(html)) {
    const tag = match[1]?.toLowerCase() as Cut | undefined;
    if (!tag) continue; // a comment: skipped whole
    if (tag === 'svg' && SELF_CLOSED.test(match[0])) continue;
    if (tag === 'script' && JSON_LD.test(match[0])) {
      NEXT.lastIndex = endOf(html, tag, NEXT.lastIndex).end;
      continue;
    }
    const closing = endOf(html, tag, NEXT.lastIndex);
    // An SVG keeps its own tags (`<svg …></svg>`); a script or style sheet goes whole.
    kept.push(html.slice(from, tag === 'svg' ? NEXT.lastIndex : match.index));
    from = tag === 'svg' ? closing.start : closing.end;
    NEXT.lastIndex = closing.end;
  }
  kept.push(html.slice(from));
  return kept.join('');
}

/** Where the element opened just before `from` is closed: its closing tag's start and end (the end of the text if never). */
function endOf(html: string, tag: Cut, from: number): { start: number; end: number } {
  const closing = CLOSING[tag];
  closing.lastIndex = from;
  const found = closing.exec(html);
  return found ? { start: found.index, end: closing.lastIndex } : { start: html.length, end: html.length };
}
