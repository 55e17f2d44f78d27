// The headline repeated as the first lines of the body: the truth of an article body leaves it out
// (the title is reported separately). Compared loosely: case, punctuation and spacing ignored, and the
// page title may carry the site's name ("Headline | Site", "Headline - Site").

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function titleMatcher(...titles: string[]): (text: string) => boolean {
  const wanted = new Set<string>();
  for (const title of titles) {
    if (!title) continue;
    wanted.add(squash(title));
    // "Headline | Site name" → "Headline"
    const head = title.split(/\s[|–—:-]\s|\s[|»]\s?/)[0];
    if (head.length >= 15) wanted.add(squash(head));
  }
  wanted.delete('');
  return (text: string) => text.length <= 300 && wanted.has(squash(text));
}
