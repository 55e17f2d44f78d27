import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { runReadability } from '../../../src/extract/readability';

const PROSE = 'The council voted on Tuesday to close the bridge for repairs. '.repeat(12);

describe('Readability runs on an inert clone of a live page', () => {
  test('handlers and loading elements are gone from what Readability sees, and the live page keeps them', () => {
    const doc = new JSDOM(`<html><head><link rel="preload" href="/x.css" onload="this.rel='stylesheet'"></head><body>
      <article><p onclick="track()">${PROSE}</p><img src="a.jpg" onerror="steal()"><iframe src="/ad"></iframe><p>${PROSE}</p></article></body></html>`).window.document;
    const result = runReadability(doc, 'live')!;
    const html = result.content.outerHTML;
    expect(html).not.toMatch(/\son(click|error|load)=/);
    expect(html).not.toContain('<iframe');
    expect(result.content.textContent).toContain('The council voted on Tuesday');
    expect(doc.querySelector('link')?.getAttribute('onload')).toBe("this.rel='stylesheet'");
    expect(doc.querySelector('p')?.getAttribute('onclick')).toBe('track()');
    expect(doc.querySelector('iframe')).not.toBeNull();
  });
});
