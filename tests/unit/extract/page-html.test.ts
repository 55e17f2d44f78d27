import { describe, expect, test } from 'vitest';
import { withoutUnreadMarkup } from '../../../src/extract/page-html';

describe('withoutUnreadMarkup (scripts, style sheets, comments, SVG contents, indentation)', () => {
  test('cuts inline scripts and style sheets whole, whatever they contain', () => {
    const html = '<p>a</p><script>if (x < y) document.write("</style><p>no</p>")</script><p>b</p><style>p::after { content: "</script>" }</style><p>c</p>';
    expect(withoutUnreadMarkup(html)).toBe('<p>a</p><p>b</p><p>c</p>');
  });

  test('keeps JSON-LD scripts, which hold the page’s metadata', () => {
    const ld = '<script type="application/ld+json">{"headline":"H","author":{"name":"Jane Doe"}}</script>';
    expect(withoutUnreadMarkup(`<head>${ld}<script>track()</script></head>`)).toBe(`<head>${ld}</head>`);
  });

  test('a <script> inside a comment is no element (the comment goes whole), and a custom element named like one stays', () => {
    const html = '<!-- <script> --><p>kept</p><script-loader>text</script-loader>';
    expect(withoutUnreadMarkup(html)).toBe('<p>kept</p><script-loader>text</script-loader>');
  });

  test('comments go, so the text they separated is one text again', () => {
    const html = '<div>A version of this article appears in print on <!-- -->, on Page <!-- -->A<!-- -->1.</div>';
    expect(withoutUnreadMarkup(html)).toBe('<div>A version of this article appears in print on , on Page A1.</div>');
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

  test('whitespace between tags shrinks to one character, a newline if it held one', () => {
    const html = '<ul>\n    <li>a</li>\n    <li><b>b</b>   <i>c</i></li>\n</ul>';
    expect(withoutUnreadMarkup(html)).toBe('<ul>\n<li>a</li>\n<li><b>b</b> <i>c</i></li>\n</ul>');
  });

  test('whitespace around a cut element shrinks too; whitespace inside text is untouched', () => {
    const html = '<p>one   two</p>\n   <script>x()</script>\n   <p>three</p>';
    expect(withoutUnreadMarkup(html)).toBe('<p>one   two</p>\n\n<p>three</p>');
  });

  test('<pre>, <textarea> and JSON-LD keep their whitespace', () => {
    const pre = '<pre><code>if (a) {\n    <b>b</b>()\n}</code>   <i>x</i></pre>';
    const textarea = '<textarea>  <p>   </textarea>';
    const ld = '<script type="application/ld+json">{\n  "a": "<b>  </b>"\n}</script>';
    expect(withoutUnreadMarkup(`<div>\n  ${pre}\n  ${textarea}${ld}</div>`)).toBe(`<div>\n${pre}\n${textarea}${ld}</div>`);
  });

  test('an unclosed <pre> does not keep the rest of the page as written: its scripts are still cut', () => {
    expect(withoutUnreadMarkup('<pre>code\n  <b>x</b>   <i>y</i><script>track()</script><p>after</p>')).toBe('<pre>code\n  <b>x</b> <i>y</i><p>after</p>');
  });
});
