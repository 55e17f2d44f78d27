import { describe, expect, test } from 'vitest';
import { matchPhrase } from '../../../src/extract/rules/phrases';
import { hasDateSignal, isAuthorNote, isByline, isDateStamp, isPostMeta } from '../../../src/extract/rules/dateline';
import { isCaptionText } from '../../../src/extract/rules/captions';
import { titleMatcher } from '../../../src/extract/rules/title';
import { isLinkOnly, isShouting, linkDensity } from '../../../src/extract/rules/links';
import { attrWords, matchAttr } from '../../../src/extract/rules/attr-words';
import { matchElement } from '../../../src/extract/rules/elements';
import { stripBlocks, stripElements } from '../../../src/extract/boilerplate';
import { blocks, para, root } from './helpers';

// Each rule with what it removes and, as important, the prose it must keep.

const PROSE = [
  'Share prices fell sharply on Tuesday after the central bank raised rates for the third time this year.',
  'Comments from the minister were published on Monday, and the opposition called them reckless.',
  'Related reports from the region suggest the fighting has spread to two more villages.',
  'Subscribers to the service will see their bills rise from next month, the company said.',
  'On Nov. 19 the Senate voted 52 to 48 to confirm the nominee after a long and bitter debate.',
  'Read more about the rules in the council’s own guide, which runs to 40 pages.',
  'The photo, taken by a neighbour, shows the car moments before the crash.',
];

describe('phrases', () => {
  test.each([
    ['Read More', 'related'],
    ['Related Stories', 'related'],
    ['You may also like', 'related'],
    ["DON'T MISS", 'related'],
    ['More Great WIRED Stories', 'related'],
    ['Similar Articles You Might Enjoy:', 'related'],
    ['Our Top Stories', 'related'],
    ['RECENT ARTICLES', 'related'],
    ['Elsewhere on Example News', 'related'],
    ['Also on Example Post:', 'related'],
    ['From our partners', 'related'],
    ['Recently Published', 'related'],
    ['READ MORE: Hong Kong protests: 800 students under siege in university', 'teaser'],
    ['On HoustonChronicle.com: Car sales plunge nearly 17 percent in August', 'teaser'],
    ['[Read: The plague is back in China]', 'teaser'],
    ['First consoles go on sale in New York on Nov. 18 with a midnight launch event Read more...', 'teaser'],
    ['Will fans give the new tablet a chance? That’s the question we asked… Read More »', 'teaser'],
    ['Also on rt.com Journalists threatened with sedition arrests', 'teaser'],
    ['Sign up for our newsletter', 'newsletter'],
    ['Get the latest updates right in your inbox. Subscribe to our newsletters.', 'newsletter'],
    ['Share this:', 'share'],
    ['Whatsapp Facebook Pint Baixar', 'share'],
    ['Like this story? Share it with a friend!', 'share'],
    ['Leave a comment', 'comments'],
    ['Post Comment (+)', 'comments'],
    ['12 comments', 'comments'],
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['CLICK HERE TO GET THE FOX NEWS APP', 'promo'],
    ['Follow @BGRDeals on Twitter to keep up with the latest deals.', 'promo'],
    ['Skip to content', 'navigation'],
    ['Image 1 of 9', 'navigation'],
    ['Copyright 2019 The Associated Press. All rights reserved.', 'legal'],
    ['Tags: election, Kentucky, governor', 'tags'],
    ['| Tags: Monday Nightmare, Doug Martin, LeSean McCoy', 'tags'],
    ['Posted in: Fantasy |', 'tags'],
    ['Tagged // appetizer, brunch, carrot, noodles, picnic', 'tags'],
    ["This website uses cookies to improve your experience. We'll assume you're ok with this.", 'other'],
    ['paul.takahashi@chron.com', 'other'],
  ])('%s → %s', (text, kind) => {
    expect(matchPhrase(text)).toBe(kind);
  });

  test.each(PROSE)('keeps prose: %s', (text) => {
    expect(matchPhrase(text)).toBeUndefined();
  });
});

describe('bylines and dates', () => {
  test.each([
    'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM',
    'PUBLISHED: 10:48, Tue, Nov 19, 2019',
    'Published 4:00 am CST, Wednesday, November 20, 2019',
    '18 NOV 2019',
    'By Justine Coleman - 11/18/19 11:04 PM EST',
    'sexta-feira, 22 de outubro de 2010 às 20:13',
  ])('stamp: %s', (text) => {
    expect(isDateStamp(text)).toBe(true);
  });

  test.each(['By Paul Takahashi', 'By Stefan Becket, Kathryn Watson, Grace Segers', 'Tom Krisher, AP Auto Writer'])('byline: %s', (text) => {
    expect(isByline(text)).toBe(true);
  });

  test.each([
    'Phil Helsel is a reporter for NBC News.',
    'Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com.',
    'Associated Press writers Alan Fram and Zeke Miller contributed to this report.',
  ])('author note: %s', (text) => {
    expect(isAuthorNote(text)).toBe(true);
  });

  test.each([
    PROSE[4],
    '— Rep. Ilhan Omar (@Ilhan) November 19, 2019',
    'By the time the police arrived, the crowd had gone home.',
    'Experts say the vote on May 5 could decide the future of the coalition and of the prime minister.',
  ])('keeps: %s', (text) => {
    expect(isDateStamp(text) || isByline(text) || isAuthorNote(text)).toBe(false);
  });

  test.each([
    'This entry was posted on Monday, November 5th, 2012 at 11:18 am and is filed under News and Reviews. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.',
    'This was written by K.G. Schneider. Posted on Friday, August 17, 2012, at 11:58 pm. Filed under Uncategorized. Bookmark the permalink.',
    '05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento veiculo',
  ])("a blog engine's note on the post: %s", (text) => {
    expect(isPostMeta(text)).toBe(true);
    expect(stripBlocks([para(PROSE[0]), para(text)], { titles: [] }).blocks.map((b) => b.text)).toEqual([PROSE[0]]);
  });

  test.each([
    'Omar asked for compassion in a letter posted on Twitter on Tuesday, saying a severe sentence would not help.',
    'Posted by admin in Auto Blog on Aug 9th, 2012 | no responses',
    'The ruling was filed in federal court on Monday, and the company said it would appeal.',
  ])('one cue is not a note on the post: %s', (text) => {
    expect(isPostMeta(text)).toBe(false);
  });

  test('a run of dated lines is a schedule, kept', () => {
    const schedule = ['June 17 -- Bridgestone Arena, Nashville, TN', 'June 26 -- PPL Center, Allentown, PA', 'July 2 -- Mohegan Sun Arena, Uncasville, CT'];
    expect(schedule.every(hasDateSignal)).toBe(true);
    const { blocks: kept } = stripBlocks(schedule.map((t) => para(t)), { titles: [] });
    expect(kept.map((b) => b.text)).toEqual(schedule);
  });
});

describe('captions and credits', () => {
  test.each([
    'China has warned they will cease control of Hong Kong (Image: GETTY )',
    'The latest case of bubonic plague was reported after a hunter ate a rabbitCredit: Getty - Contributor',
    '(Image credit: Blue Origin)',
    'Photo: Damian Dovarganes, AP',
    'Alex Wong | Getty Images',
    'Vicente Aguiar loads garage door trims into his pickup truck. (AP Photo/Alan Diaz, File)',
    'House Intelligence Committee chairman Adam Schiff speaks to reporters. (Joshua Roberts/Reuters)',
    "New Horizons took this image of the icy moon Europa rising above Jupiter's cloud tops. (Source: NASA)",
  ])('caption: %s', (text) => {
    expect(isCaptionText(text)).toBe(true);
  });

  test.each([
    PROSE[6],
    'The agency said the image was taken by a drone over the harbour, according to Reuters.',
    // A citation of the article's own source, not a picture's credit.
    '“This is not a Starbucks issue. This is a macro problem of weak consumer confidence.” (Source: Wall Street Journal, July 31, 2012.)',
    'In July, this proof of little job creation remained near 30-year lows: 63.7%. (Source: Bureau of Labor Statistics.)',
  ])('keeps: %s', (text) => {
    expect(isCaptionText(text)).toBe(false);
  });
});

describe('title', () => {
  const isTitle = titleMatcher('Russia pushes Ukrainian forces back in Kursk | The Asia Business Wire');
  test('the headline repeated in the body, whatever the case and site suffix', () => {
    expect(isTitle('Russia pushes Ukrainian forces back in Kursk')).toBe(true);
    expect(isTitle('RUSSIA PUSHES UKRAINIAN FORCES BACK IN KURSK')).toBe(true);
  });
  test('keeps a paragraph that merely mentions it', () => {
    expect(isTitle('Russia pushes Ukrainian forces back in Kursk, officials said on Friday.')).toBe(false);
  });
});

describe('links', () => {
  test('link density and link-only blocks', () => {
    const [teaser, prose] = blocks('<p><a href="/x">Fans really want The Doobie Brothers in the Rock Hall</a></p><p>The band said, in <a href="/s">a statement</a>, that it would tour.</p>');
    expect(linkDensity(teaser)).toBe(1);
    expect(isLinkOnly(teaser)).toBe(true);
    expect(isLinkOnly(prose)).toBe(false);
  });
  test('shouting', () => {
    expect(isShouting('SEAN SPICER ELIMINATED FROM DANCING WITH THE STARS')).toBe(true);
    expect(isShouting('NASA and the ESA said so.')).toBe(false);
  });
  test('a run of link-only paragraphs goes, one linked sentence in prose stays', () => {
    const input = blocks(
      '<p>First paragraph of the story, long enough to be prose and ending with a stop.</p>' +
        '<p><a href="/a">Who will make the Rock Hall in 2020?</a></p><p><a href="/b">Dave Matthews Band takes over the fan vote</a></p>' +
        '<p>The story goes on after them, as stories do, for another sentence.</p>' +
        '<p><a href="/c">The full report is on the council website.</a></p><p>And the story goes on after it, as stories do.</p>',
    );
    const { blocks: kept, removed } = stripBlocks(input, { titles: [] });
    expect(removed.map((r) => r.kind)).toEqual(['related', 'related']);
    expect(kept.map((b) => b.text)).toContain('The full report is on the council website.');
  });
});

describe('related section', () => {
  test('a "Related stories" heading takes its list with it, and stops at prose', () => {
    const input = blocks(
      '<p>The article body, with a sentence or two of real prose in it.</p><h3>Related stories</h3>' +
        '<ul><li><a href="/1">First related headline</a></li><li><a href="/2">Second related headline</a></li></ul>' +
        '<p>Thunder: Host the Lakers on Friday.</p>',
    );
    const { blocks: kept } = stripBlocks(input, { titles: [] });
    expect(kept.map((b) => b.text)).toEqual(['The article body, with a sentence or two of real prose in it.', 'Thunder: Host the Lakers on Friday.']);
  });
});

describe('a related-stories section', () => {
  test('its teasers go, a linked headline and the blurb under it; the next plain heading ends it', () => {
    const html =
      '<p>The article body, with a sentence or two of real prose in it.</p>' +
      '<h3>Elsewhere on Example News</h3>' +
      '<h4><a href="/a">Access all areas</a></h4><ul><li>Could technology bring affordable care to those who need it?</li></ul>' +
      '<h4><a href="/b">Life in a fast-growing city</a></h4><p>A reporter spends a week in the city and meets the people who run it.</p>' +
      '<h3>What happens next</h3><p>The council will vote on the plan in March, the mayor said.</p>';
    const { blocks: kept } = stripBlocks(blocks(html), { titles: [] });
    expect(kept.map((b) => b.text)).toEqual([
      'The article body, with a sentence or two of real prose in it.',
      'What happens next',
      'The council will vote on the plan in March, the mayor said.',
    ]);
  });
});

describe('teasers', () => {
  test("a heading over a blurb that ends in 'Read more...' is the teaser's headline", () => {
    const input = [para(PROSE[0]), para('Console launch party at midnight', 'heading'), para('First consoles go on sale on Nov. 18 with a midnight event Read more...'), para('What comes next', 'heading'), para(PROSE[3])];
    expect(stripBlocks(input, { titles: [] }).blocks.map((b) => b.text)).toEqual([PROSE[0], 'What comes next', PROSE[3]]);
  });
});

describe('a tags label alone on its line', () => {
  test('goes with the list of tags under it', () => {
    const input = [para(PROSE[0]), para('Tags'), para('harbour rowing, rowing league 2026, harbour basin, old town quay, castle hill lake, north fields'), para(PROSE[3])];
    expect(stripBlocks(input, { titles: [] }).blocks.map((b) => b.text)).toEqual([PROSE[0], PROSE[3]]);
  });
});

describe('class and id words', () => {
  test('split into words', () => {
    const el = root('<div class="relatedArticles td-post-next-prev" id="share_bar"></div>').firstElementChild!;
    expect(attrWords(el)).toBe('related articles td post next prev share bar');
  });
  test.each([
    ['<div class="comments-area"></div>', 'comments'],
    ['<div class="share-bar"></div>', 'share'],
    ['<div class="newsletter-signup"></div>', 'newsletter'],
    ['<div class="jp-relatedposts"></div>', 'related'],
    ['<div class="post-navigation"></div>', 'related'],
    ['<div class="entry-tags"></div>', 'tags'],
    ['<p class="byline"></p>', 'byline'],
    ['<p class="wp-caption-text"></p>', 'caption'],
    ['<div class="ad-slot"></div>', 'advertisement'],
    ['<div class="breadcrumbs"></div>', 'navigation'],
    ['<div class="social-links"></div>', 'share'],
    // words run together: an author box
    ['<div id="authorinfo"></div>', 'byline'],
    ['<div class="authorbox"></div>', 'byline'],
    ['<div id="aboutauthor"></div>', 'byline'],
  ])('%s → %s', (html, kind) => {
    expect(matchAttr(root(html).firstElementChild!)).toBe(kind);
  });
  test.each([
    '<div class="shared-content"></div>',
    '<div class="article-body"></div>',
    '<div class="advice-column"></div>',
    '<div class="headline"></div>',
    // a post from a social network quoted in the story, not a share bar
    '<div class="social-media-embed"></div>',
    '<div class="authority-statement"></div>',
  ])('no furniture word: %s', (html) => {
    expect(matchAttr(root(html).firstElementChild!)).toBeUndefined();
  });
});

describe('elements', () => {
  test.each([
    ['<figure><img src="x.jpg"><figcaption>A caption</figcaption></figure>', 'caption'],
    ['<nav><a href="/">Home</a></nav>', 'navigation'],
    ['<header><h1>Title</h1></header>', 'byline'],
    ['<aside>Related</aside>', 'related'],
    ['<form><textarea></textarea></form>', 'comments'],
    ['<form><input type="email"></form>', 'newsletter'],
  ])('%s → %s', (html, kind) => {
    expect(matchElement(root(html).firstElementChild!)).toBe(kind);
  });

  test('removes furniture but never a wrapper holding most of the article', () => {
    const prose = '<p>A long paragraph of the article that goes on and on, telling the story in detail.</p>'.repeat(6);
    const r = root(`<div class="entry-content entry-content-read-more">${prose}<div class="share-bar">Share this: Facebook Twitter</div></div>`);
    const removed = stripElements(r);
    expect(removed).toEqual([{ kind: 'share', text: 'Share this: Facebook Twitter' }]);
    expect(r.textContent).toContain('A long paragraph');
  });
});
