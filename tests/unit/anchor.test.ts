import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { anchorSentences, readPageText } from '../../src/anchor';

function page(html: string): Document {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

describe('readPageText', () => {
  test('collapses white space across text nodes and skips scripts and styles', () => {
    const doc = page('<p>  One\n  <b>two</b>   three </p><script>var x = 1;</script><style>p{}</style><p>four</p>');
    expect(readPageText(doc.body).text).toBe('One two three four');
  });
});

describe('anchorSentences', () => {
  test('each sentence maps to a Range over exactly its words, across inline elements', () => {
    const doc = page('<p>The army <a href="/x">said</a> it   advanced.  <i>Officials   said</i> so.</p>');
    const ranges = anchorSentences(readPageText(doc.body), ['The army said it advanced.', 'Officials said so.']);
    expect(ranges.map((r) => r?.toString().replace(/\s+/g, ' '))).toEqual(['The army said it advanced.', 'Officials said so.']);
  });

  test('searches forward in reading order, so a repeat in later page furniture is not taken', () => {
    const doc = page('<main><p>First claim here.</p><p>Second claim here.</p></main><aside><p>First claim here.</p></aside>');
    const ranges = anchorSentences(readPageText(doc.body), ['First claim here.', 'Second claim here.']);
    expect(ranges[0]?.startContainer.parentElement?.closest('main')).not.toBeNull();
    expect(ranges[1]?.startContainer.parentElement?.closest('main')).not.toBeNull();
  });

  test('a sentence that is not in the page gets null and does not stop the others', () => {
    const doc = page('<p>Alpha one. Beta two.</p>');
    const ranges = anchorSentences(readPageText(doc.body), ['Alpha one.', 'Missing sentence.', 'Beta two.']);
    expect(ranges.map((r) => r?.toString() ?? null)).toEqual(['Alpha one.', null, 'Beta two.']);
  });

  test('works on text split into many nodes, with offsets inside nodes', () => {
    const doc = page('<p>xx <span>Ab</span><span>c d</span>e. yy</p>');
    const [range] = anchorSentences(readPageText(doc.body), ['Abc de.']);
    expect(range?.toString()).toBe('Abc de.');
  });
});
