import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/extract';
import { NoArticleError } from '../../../src/types';
import { declaresArticle, looksLikeListing } from '../../../src/extract/no-article';
import { blocks, fixture, page } from './helpers';

function outcome(file: string, url = 'https://daily.example/page'): string {
  try {
    extractArticle(page(fixture(`no-article/${file}`), url), { url });
    return 'article';
  } catch (error) {
    if (error instanceof NoArticleError) return error.reason;
    throw error;
  }
}

describe('pages with no article give no-article', () => {
  test.each(['home-page.html', 'search-results.html', 'login.html', 'empty.html', 'not-found.html'])('%s', (file) => {
    expect(outcome(file)).toBe('no-article');
  });

  test('a search address with a list of results', () => {
    expect(outcome('search-results.html', 'https://daily.example/search?q=harbour')).toBe('no-article');
  });

  test('an empty document', () => {
    expect(() => extractArticle(page('<html><body></body></html>'))).toThrow(NoArticleError);
  });
});

describe('real articles, short ones included, are articles', () => {
  test.each(['short-article.html', 'brief-undeclared.html', 'three-sentence-post.html', 'results-table.html', 'open-letter.html', 'schedule-list.html'])('%s', (file) => {
    expect(outcome(file)).toBe('article');
  });

  test('a story told in <br>-separated text under a comment section written in <p>s', () => {
    // The comments hold most of the page's paragraph text; the focus must not take them for the article.
    expect(outcome('story-text-with-comments.html')).toBe('article');
    const article = extractArticle(page(fixture('no-article/story-text-with-comments.html'), 'https://daily.example/page'), { url: 'https://daily.example/page' });
    expect(article.blocks[0].text).toMatch(/^The quay road was closed on Tuesday morning/);
    expect(article.blocks.some((b) => /Reader \d|ferry will run on Saturday/.test(b.text))).toBe(false);
  });

  test('a short article on a site whose sign-in box is hidden until asked for', () => {
    // A login page shows its password field; this one is in a modal the header's "Log in" opens.
    expect(outcome('short-article-hidden-login.html')).toBe('article');
  });

  test("a short article on a site whose menu holds a sign-in form (a drop-down its style sheet hides)", () => {
    // The password field is in the navigation bar, on every page of the site; the page's content is the article.
    expect(outcome('short-article-menu-login.html')).toBe('article');
  });

  test.each(['kursk-pushback.html', 'kursk-mobilization.html', 'kursk-summary.html'])('seed %s', (file) => {
    expect(() => extractArticle(page(fixture(file)))).not.toThrow();
  });
});

describe('signals', () => {
  test('og:type article and schema.org types declare an article', () => {
    expect(declaresArticle(page('<head><meta property="og:type" content="article"></head>'))).toBe(true);
    expect(declaresArticle(page('<script type="application/ld+json">{"@type":"NewsArticle"}</script>'))).toBe(true);
    expect(declaresArticle(page('<script type="application/ld+json">{"@graph":[{"@type":"BlogPosting"}]}</script>'))).toBe(true);
    expect(declaresArticle(page('<head><meta property="og:type" content="website"></head>'))).toBe(false);
  });

  test('headline links with blurbs and no run of paragraphs is a listing', () => {
    const teaser = (i: number) =>
      `<h2><a href="/s${i}">Story number ${i} has a headline here</a></h2><p>A short blurb about story ${i} that sums it up.</p>`;
    expect(looksLikeListing(blocks([1, 2, 3, 4].map(teaser).join('')))).toBe(true);
  });

  test('an article with a related rail after it is not a listing', () => {
    const prose = '<p>A paragraph of the article that runs on for a while, as prose does, with a full stop.</p>'.repeat(4);
    const rail = '<ul>' + [1, 2, 3, 4, 5, 6].map((i) => `<li><a href="/r${i}">Related story ${i}</a></li>`).join('') + '</ul>';
    expect(looksLikeListing(blocks(prose + rail))).toBe(false);
  });
});
