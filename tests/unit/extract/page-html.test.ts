import { describe, expect, test } from 'vitest';
import { withoutUnreadMarkup } from '../../../src/extract/page-html';

describe('withoutUnreadMarkup (scripts, style sheets, SVG contents)', () => {
  test('cuts inline scripts and style sheets whole, whatever they contain', () => {
    const html = '<p>a</p><script>if (x < y) document.write("</style><p>no</p>")</script><p>b</p><style>p::after { content: "</script>" }</style><p>c</p>';
    expect(withoutUnreadMarkup(html)).toBe('<p>a</p><p>b</p><p>c</p>');
  });

  test('keeps JSON-LD scripts, which hold the page’s metadata', () => {
    const ld = '<script type="application/ld+json">{"headline":"H","author":{"name":"Jane Doe"}}</script>';
    expect(withoutUnreadMarkup(`<head>${ld}<script>track()</script></head>`)).toBe(`<head>${ld}</head>`);
  });

  test('a <script> inside a comment is no element, and a custom element named like one stays', () => {
    const html = '<!-- <script> --><p>kept</p><script-loader>text</script-loader>';
    expect(withoutUnreadMarkup(html)).toBe(html);
  });

  test('an unclosed script runs to the end of the page, as the HTML parser reads it', () => {
    expect(withoutUnreadMarkup('<p>a</p><script>var s = "')).toBe('<p>a</p>');
  });

  test('an SVG is emptied but stays in place; a self-closed one is left alone', () => {
    const html = '<p>a</p><svg class="icon" viewBox="0 0 24 24"><title>Share</title><path d="M0 0h24v24H0z"/></svg><p>b</p><svg/><p>c</p>';
    expect(withoutUnreadMarkup(html)).toBe('<p>a</p><svg class="icon" viewBox="0 0 24 24"></svg><p>b</p><svg/><p>c</p>');
  });

  test('the text of the page is untouched', () => {
    const html = '<article><h1>Title &amp; more</h1><p>He said: "x &lt; y" <a href="/a?b=1&c=2">link</a>.</p></article>';
    expect(withoutUnreadMarkup(html)).toBe(html);
  });
});
