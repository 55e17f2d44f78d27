import { describe, expect, test } from 'vitest';
import { isFurnitureLink } from '../../../src/report/furniture-links';
import { collectLinks } from '../../../src/report/links';
import type { Block } from '../../../src/types';

const link = (text: string, href: string) => ({ text, href });

describe('links on the site’s own furniture', () => {
  test.each([
    ['Order Reprints', 'https://www.news.example/content/help/reprints'],
    ['Subscribe', 'https://subscribe.news.example/offer'],
    ['Share on Facebook', 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fa'],
    ['Tweet', 'https://twitter.com/intent/tweet?text=x'],
    ['Jane Doe', 'https://news.example/by/jane-doe'],
    ['Jane Doe', 'https://news.example/author/jane-doe/'],
    ['economy', 'https://news.example/tag/economy'],
    ['Climate crisis', 'https://news.example/topics/climate-crisis'],
    ['email the author', 'mailto:jane@news.example'],
    ['Sign up for our newsletter', 'https://news.example/newsletters/'],
  ])('“%s” (%s) is furniture', (text, href) => expect(isFurnitureLink(link(text, href))).toBe(true));

  test.each([
    ['a report by the Congressional Budget Office', 'https://www.cbo.gov/publication/55824'],
    ['said in a statement', 'https://www.justice.gov/usao-wdny/pr/addison-man-pleads-guilty'],
    ['earlier reported', 'https://news.example/2019/11/18/business/trump-trade-war-china.html'],
    ['the study', 'https://www.nature.com/articles/s41586-019-1711-4'],
  ])('“%s” (%s) is a source', (text, href) => expect(isFurnitureLink(link(text, href))).toBe(false));

  test('author and tag pages are furniture on the page’s own site, not on another', () => {
    const page = 'https://www.news.example/2024/05/a-story';
    expect(isFurnitureLink(link('Jane Doe', 'https://news.example/by/jane-doe'), page)).toBe(true);
    expect(isFurnitureLink(link('climate', 'https://edition.news.example/topics/climate'), page)).toBe(true);
    expect(isFurnitureLink(link('ouroboros', 'https://www.britannica.com/topic/Ouroboros'), page)).toBe(false);
    // Sharing and subscribing are furniture wherever they point.
    expect(isFurnitureLink(link('Subscribe', 'https://subscribe.other.example/offer'), page)).toBe(true);
  });

  test('furniture is kept in the report’s links, marked, and not counted as a link to a source', () => {
    const blocks: Block[] = [
      { kind: 'paragraph', text: 'Order Reprints | Today’s Paper | Subscribe', links: [{ href: 'https://www.nytimes.example/reprints', text: 'Order Reprints', start: 0, end: 14 }] },
      { kind: 'paragraph', text: 'The study found it.', links: [{ href: 'https://www.nature.com/articles/x', text: 'The study', start: 0, end: 9 }] },
    ];
    expect(collectLinks(blocks, 'https://www.news.example/a')).toEqual([
      { href: 'https://www.nytimes.example/reprints', text: 'Order Reprints', external: true, furniture: true },
      { href: 'https://www.nature.com/articles/x', text: 'The study', external: true },
    ]);
  });
});
