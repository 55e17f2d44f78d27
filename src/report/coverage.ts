import type { Boilerplate, Coverage } from '../types';
import type { StoryOnPage } from '../page/stories';

// What the analysis covered of the page's main text (issue 20): the article text it analysed, against
// that text plus what it left out on purpose: the other stories of a page of several, and the reader
// comments the extractor set aside. Navigation, ads and other furniture are not main text.

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * `stories` are the separate stories found in the page (page/stories.ts); `digestStories` the number of
 * stories a digest prints inside its one article (all analysed), when it is one.
 */
export function measureCoverage(text: string, boilerplate: Boilerplate[], stories: StoryOnPage[], digestStories?: number): Coverage {
  const analysed = squash(text);
  const checkedChars = analysed.length;
  const leftOut: Coverage['leftOut'] = [];
  let storyReport: Coverage['stories'];
  if (stories.length > 1) {
    const checked = stories.map((s, i) => (analysed.includes(s.opening) ? i + 1 : 0)).filter(Boolean);
    const missed = stories.filter((s, i) => !checked.includes(i + 1));
    storyReport = { checked, total: stories.length };
    if (missed.length) leftOut.push({ reason: 'other-stories', count: missed.length, chars: missed.reduce((n, s) => n + s.chars, 0) });
  } else if (digestStories && digestStories > 1) {
    storyReport = { checked: Array.from({ length: digestStories }, (_, i) => i + 1), total: digestStories };
  }
  const comments = boilerplate.filter((b) => b.kind === 'comments');
  if (comments.length) leftOut.push({ reason: 'comments', count: comments.length, chars: comments.reduce((n, b) => n + squash(b.text).length, 0) });
  const mainChars = checkedChars + leftOut.reduce((n, l) => n + l.chars, 0);
  const share = mainChars ? Math.round((1000 * checkedChars) / mainChars) / 1000 : 0;
  return { checkedChars, mainChars, share, ...(storyReport ? { stories: storyReport } : {}), leftOut, note: coverageNote(storyReport, leftOut) };
}

function coverageNote(stories: Coverage['stories'], leftOut: Coverage['leftOut']): string {
  const parts: string[] = [];
  if (stories && stories.checked.length === stories.total) parts.push(`Checked: all ${stories.total} stories on the page.`);
  else if (stories && stories.checked.length) {
    const which = stories.checked.length === 1 ? `story ${stories.checked[0]} of ${stories.total}` : `stories ${stories.checked.join(', ')} of ${stories.total}`;
    parts.push(`Checked: ${which}; the ${plural(stories.total - stories.checked.length, 'other story', 'other stories')} on the page ${stories.total - stories.checked.length === 1 ? 'was' : 'were'} left out.`);
  } else if (stories) parts.push(`Checked: the main text; the page's ${stories.total} separate stories were left out.`);
  else parts.push('Checked: the whole article.');
  const comments = leftOut.find((l) => l.reason === 'comments');
  if (comments) parts.push(`Reader comments were left out.`);
  return parts.join(' ');
}
