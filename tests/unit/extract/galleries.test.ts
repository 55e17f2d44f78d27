import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/extract';
import { blocksToText } from '../../../src/extract/blocks';
import { isGallery, removeGalleries } from '../../../src/extract/galleries';
import { page } from './helpers';

const STORY = [
  'The sprinter did not let anyone spoil his party on Thursday night in the stadium.',
  'His training partner gave it his best shot, but finished second by a tenth of a second.',
  'It is the first time a man has won the event at two games in a row, officials said.',
  'He had told reporters all week that the race would be different, and it was.',
].map((s) => `<p>${s} ${s}</p>`);
// Twenty pictures, each with a caption in a <p>: more paragraph text than the story beside it.
const CAPTIONS = Array.from(
  { length: 20 },
  (_, i) => `<li><img src="/p${i}.jpg" alt=""><p>Picture ${i}: the sprinter crosses the finish line ahead of the field during the final, in the stadium on Thursday. (Photo agency)</p></li>`,
).join('');
const PAGE = `<body><div id="content"><h1>Sprinter wins again</h1><div class="story-body"><div class="photo-slideshow-wrapper"><ul class="photo-slideshow">${CAPTIONS}</ul></div>${STORY.join('')}</div></div></body>`;

describe('photo galleries are out of Readability’s way', () => {
  test('a story beside a gallery of captioned pictures comes out as the story, not the captions', () => {
    const text = blocksToText(extractArticle(page(PAGE)).blocks);
    expect(text).toContain('did not let anyone spoil his party');
    expect(text).toContain('He had told reporters all week');
    expect(text).not.toContain('Picture 3:');
  });

  test('also in a cloned document (the extraction works on a copy of the page)', () => {
    const copy = page(PAGE).cloneNode(true) as Document;
    expect(removeGalleries(copy)).toBe(1);
    expect(copy.querySelector('ul')).toBeNull();
    expect(copy.body.textContent).toContain('did not let anyone spoil his party');
  });

  test('a gallery is named by its class or id words; an article, main, or an element with the headline never is', () => {
    const doc = page(
      '<body><div id="image-carousel"></div><div class="slider-track"></div><div class="gallery_main"><h1>Photos of the week</h1></div>' +
        '<article class="gallery-story"></article><main class="gallery"></main><div class="gallerybutton"></div><div class="sliders-and-knobs"></div></body>',
    );
    const named = Array.from(doc.body.children).filter(isGallery).map((el) => el.id || el.className);
    expect(named).toEqual(['image-carousel', 'slider-track']);
  });
});
