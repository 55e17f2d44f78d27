import { describe, expect, test } from 'vitest';
import { elementToBlocks } from '../../../src/extract/blocks';
import { isNear, pageParagraphs, withMissedParagraphs } from '../../../src/extract/missed';
import { page } from './helpers';

const prose = (n: number) => `Paragraph ${n} of the story says what the council decided on Tuesday and why it matters to the town.`;
const P = (n: number) => `<p>${prose(n)}</p>`;

/** The page's paragraphs, and Readability's output simulated as the blocks of the elements it kept. */
function setUp(html: string, keptSelector: string) {
  const doc = page(`<body>${html}</body>`);
  const paragraphs = pageParagraphs(doc.body, doc.URL);
  const readability = Array.from(doc.querySelectorAll(keptSelector)).flatMap((el) => elementToBlocks(el));
  return { paragraphs, readability, texts: () => withMissedParagraphs(readability, paragraphs).map((b) => b.text) };
}

describe('withMissedParagraphs: prose Readability left out between paragraphs it kept', () => {
  test('a paragraph after an embedded video, in a box of its own, is put back in its place', () => {
    const { texts } = setUp(
      `<div class="story"><div class="text">${P(1)}${P(2)}</div><div class="embed"><div class="video-note">${P(3)}</div></div><div class="text">${P(4)}</div></div>`,
      '.text',
    );
    expect(texts()).toEqual([prose(1), prose(2), prose(3), prose(4)]);
  });

  test('an embedded post between kept paragraphs comes back whole, its signature line included', () => {
    const post =
      '<blockquote class="post"><p>Yes this is real and the state spent half a million dollars on it: <a href="https://t.co/x">https://t.co/x</a></p>' +
      '— A. Writer (@awriter) <a href="https://social.example/awriter/1">November 18, 2019</a></blockquote>';
    const { texts } = setUp(`<div class="story"><div class="text">${P(1)}${P(2)}</div><div class="embed">${post}</div><div class="text">${P(3)}</div></div>`, '.text');
    expect(texts()).toEqual([
      prose(1),
      prose(2),
      'Yes this is real and the state spent half a million dollars on it: https://t.co/x',
      '— A. Writer (@awriter) November 18, 2019',
      prose(3),
    ]);
  });

  test('a quotation Readability kept in part is not put back a second time', () => {
    const quote = `<blockquote><p>${prose(7)}</p><p class="wp-caption-text">A picture inside the quote</p></blockquote>`;
    const { texts } = setUp(`<div class="story"><div class="text">${P(1)}</div><div class="q">${quote}</div><div class="text">${P(3)}</div></div>`, '.text, .q p:first-child');
    expect(texts()).toEqual([prose(1), prose(7), prose(3)]);
  });

  test('nothing after the last kept paragraph is taken back (comments, author boxes, teasers live there)', () => {
    const { texts } = setUp(`<div class="story"><div class="text">${P(1)}${P(2)}</div><div class="box">${P(3)}</div></div>`, '.text');
    expect(texts()).toEqual([prose(1), prose(2)]);
  });

  test('nothing before the first kept paragraph either (a standfirst)', () => {
    const { texts } = setUp(`<div class="story"><div class="dek">${P(0)}</div><div class="text">${P(1)}${P(2)}</div></div>`, '.text');
    expect(texts()).toEqual([prose(1), prose(2)]);
  });

  test('a paragraph in furniture (a figure, a "related" box) or in an <article> of its own stays out', () => {
    const { texts } = setUp(
      `<div class="story"><div class="text">${P(1)}</div><figure>${P(2)}</figure><div class="related-box">${P(3)}</div>` +
        `<article class="card"><div>${P(4)}</div></article><div class="text">${P(5)}</div></div>`,
      '.text',
    );
    expect(texts()).toEqual([prose(1), prose(5)]);
  });

  test('short lines, lines that end no sentence and paragraphs of links are not prose', () => {
    const { texts } = setUp(
      `<div class="story"><div class="text">${P(1)}</div><div><p>Watch the video</p></div>` +
        `<div><p>Read more about the council meeting and the vote on the bridge in our live coverage today</p></div>` +
        `<div><p><a href="/a">${prose(2)}</a></p></div><div class="text">${P(3)}</div></div>`,
      '.text',
    );
    expect(texts()).toEqual([prose(1), prose(3)]);
  });

  test('a paragraph far from the kept ones in the page (no close shared container) stays out', () => {
    const deep = (inner: string) => `<div><div><div><div>${inner}</div></div></div></div>`;
    const { texts } = setUp(`<div class="text">${P(1)}</div>${deep(P(2))}<div class="text">${P(3)}</div>`, '.text');
    expect(texts()).toEqual([prose(1), prose(3)]);
  });

  test('when Readability kept nothing of the page’s paragraphs, its output is returned as it is', () => {
    const { readability, paragraphs } = setUp(`<div class="text"><div>Only a line.</div></div>${P(1)}`, '.text');
    expect(withMissedParagraphs(readability, paragraphs)).toBe(readability);
  });
});

describe('isNear', () => {
  test('siblings and cousins are near; an <article> boundary in between is not crossed', () => {
    const doc = page(`<body><main><div><p id="a">${prose(1)}</p></div><div><div><p id="b">${prose(2)}</p></div></div><article><div><p id="c">${prose(3)}</p></div></article></main></body>`);
    const [a, b, c] = pageParagraphs(doc.body, doc.URL);
    expect(isNear(b, a)).toBe(true);
    expect(isNear(c, a)).toBe(false);
  });
});

describe('withMissedParagraphs: order and anchors', () => {
  test('a paragraph taken back after a kept subheading goes after it, not before', () => {
    const { texts } = setUp(
      `<div class="story"><div class="text">${P(1)}<h2>The vote</h2></div><div class="embed"><div class="note">${P(2)}</div></div><div class="text">${P(3)}</div></div>`,
      '.text',
    );
    expect(texts()).toEqual([prose(1), 'The vote', prose(2), prose(3)]);
  });

  test('a kept headline or list of links is no anchor: a standfirst after the headline stays out', () => {
    const { texts } = setUp(`<div class="story"><div class="head"><h1>Council closes bridge</h1><p class="dek">${prose(0)}</p></div><div class="text">${P(1)}${P(2)}</div></div>`, '.head h1, .text');
    expect(texts()).toEqual(['Council closes bridge', prose(1), prose(2)]);
  });

  test('prose list items between kept paragraphs are taken back like paragraphs', () => {
    const { texts } = setUp(`<div class="story"><div class="text">${P(1)}</div><div class="box"><ul><li>${prose(2)}</li><li>${prose(3)}</li></ul></div><div class="text">${P(4)}</div></div>`, '.text');
    expect(texts()).toEqual([prose(1), prose(2), prose(3), prose(4)]);
  });
});
