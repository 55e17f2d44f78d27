import { describe, expect, test } from 'vitest';
import { blocks } from './helpers';

// How an article element becomes blocks of text: white space collapsed to one space and trimmed,
// soft hyphens dropped, link offsets exact in the collapsed text. (The text is built from runs
// between spaces since 2026-12-07, not a character at a time: these pin down that nothing changed.)
describe('elementToBlocks', () => {
  test('white space collapses across text nodes and inline elements, and is trimmed', () => {
    expect(blocks('<p>  One\n\t two <b> three </b>\u00a0\u2028four  </p>').map((b) => b.text)).toEqual(['One two three four']);
  });

  test('soft hyphens go, inside words and beside spaces, without doubling or losing a space', () => {
    expect(blocks('<p>Bundes\u00adregierung \u00ad said \u00ad\u00ad</p><p>\u00ad lead</p>').map((b) => b.text)).toEqual(['Bundesregierung said', 'lead']);
  });

  test('a link keeps its exact offsets and text in the collapsed block', () => {
    const [block] = blocks('<p>Read  <a href="/x">  the\u00ad  report </a> here, <a href="/y">and</a>this.</p>');
    expect(block.text).toBe('Read the report here, andthis.');
    expect(block.links.map((l) => ({ href: l.href, text: l.text, span: block.text.slice(l.start, l.end) }))).toEqual([
      { href: 'https://news.example/x', text: 'the report', span: 'the report' },
      { href: 'https://news.example/y', text: 'and', span: 'and' },
    ]);
  });

  test('a link of spaces only is no link; characters beyond the basic plane stay whole', () => {
    const [block] = blocks('<p>A <a href="/z">  </a> smile \u{1F600} here</p>');
    expect(block.text).toBe('A smile \u{1F600} here');
    expect(block.links).toEqual([]);
  });

  test('block elements start new blocks; empty ones make none', () => {
    expect(blocks('<div>First<p>Second</p> third<br>fourth<p> </p></div>').map((b) => b.text)).toEqual(['First', 'Second', 'third', 'fourth']);
  });
});
