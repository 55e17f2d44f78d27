import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { anchorSentences, anchorsInHtml, matchTextNodesSteps, readPageText, spansFromAnchors, spanToRange, type SentenceSpan, type TextAnchors } from '../../src/anchor';
import { isSpaceCode } from '../../src/text/normalize';

const text = (span: SentenceSpan | null) => (span ? spanToRange(span).toString() : null);

function page(html: string): Document {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

describe('readPageText', () => {
  test('collapses white space across text nodes and skips scripts and styles', () => {
    const doc = page('<p>  One\n  <b>two</b>   three </p><script>var x = 1;</script><style>p{}</style><p>four</p>');
    expect(readPageText(doc.body).text).toBe('One two three four');
  });

  test('skips the whole subtree of a skipped element, however deep, and goes on after it', () => {
    const doc = page('<p>Alpha <button><span>Share <b>this</b></span></button> beta</p>\n<div><select><option>One</option></select></div> <svg><style>p{}</style><text>gamma</text></svg> <p>delta</p>');
    expect(readPageText(doc.body).text).toBe('Alpha beta gamma delta');
  });
});

describe('readPageText on random text', () => {
  // A small deterministic generator, so that a failure can be replayed.
  function random(seed: number) {
    return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  }
  const PIECES = ['word', 'Two', ' ', '  ', '\n', '\t ', '\u00a0', 'é', '.', ' x ', '\u2009'];

  test('the text is the page text collapsed, and every character maps back to its own character', () => {
    const next = random(7);
    for (let round = 0; round < 50; round++) {
      const doc = page('');
      const body = doc.body;
      for (let n = 0; n < 30; n++) {
        let value = '';
        for (let k = Math.floor(next() * 6); k >= 0; k--) value += PIECES[Math.floor(next() * PIECES.length)];
        const parent = next() < 0.3 ? body.appendChild(doc.createElement(next() < 0.5 ? 'span' : 'p')) : body;
        parent.appendChild(doc.createTextNode(value));
      }
      const result = readPageText(body);
      expect(result.text).toBe(body.textContent!.replace(/\s+/g, ' ').replace(/^ /, ''));
      // Every word, found in order, maps back to exactly its own characters in the page.
      const words = result.text.split(' ').filter(Boolean);
      expect(anchorSentences(result, words).map(text)).toEqual(words);
      // And the whole text maps back to the whole page text.
      const [whole] = anchorSentences(result, [result.text.trim()]);
      if (whole) expect(text(whole)!.replace(/\s+/g, ' ')).toBe(result.text.trim());
    }
  });
});

describe('anchorSentences', () => {
  test('each sentence maps to a Range over exactly its words, across inline elements', () => {
    const doc = page('<p>The army <a href="/x">said</a> it   advanced.  <i>Officials   said</i> so.</p>');
    const ranges = anchorSentences(readPageText(doc.body), ['The army said it advanced.', 'Officials said so.']);
    expect(ranges.map((r) => text(r)?.replace(/\s+/g, ' '))).toEqual(['The army said it advanced.', 'Officials said so.']);
  });

  test('searches forward in reading order, so a repeat in later page furniture is not taken', () => {
    const doc = page('<main><p>First claim here.</p><p>Second claim here.</p></main><aside><p>First claim here.</p></aside>');
    const ranges = anchorSentences(readPageText(doc.body), ['First claim here.', 'Second claim here.']);
    expect(ranges[0]?.startContainer.parentElement?.closest('main')).toBeTruthy();
    expect(ranges[1]?.startContainer.parentElement?.closest('main')).toBeTruthy();
  });

  test('spans come out in document order: a sentence found only before the previous one gets null', () => {
    // The content script relies on this order for its hit test's binary search, without sorting.
    const doc = page('<p>Alpha one.</p> <p>Beta two.</p> <p>Gamma three.</p>');
    const spans = anchorSentences(readPageText(doc.body), ['Beta two.', 'Alpha one.', 'Gamma three.']);
    expect(spans.map(text)).toEqual(['Beta two.', null, 'Gamma three.']);
  });

  test('soft hyphens are not page text, as they are not article text: a sentence still maps across them', () => {
    const doc = page('<p>The Bundes\u00adregierung an\u00ad<b>nounced</b> it.</p>');
    const pageText = readPageText(doc.body);
    expect(pageText.text).toBe('The Bundesregierung announced it.');
    expect(anchorSentences(pageText, ['The Bundesregierung announced it.']).map((s) => text(s)?.replace(/\u00ad/g, ''))).toEqual(['The Bundesregierung announced it.']);
  });

  test('a sentence that is not in the page gets null and does not stop the others', () => {
    const doc = page('<p>Alpha one. Beta two.</p>');
    const ranges = anchorSentences(readPageText(doc.body), ['Alpha one.', 'Missing sentence.', 'Beta two.']);
    expect(ranges.map(text)).toEqual(['Alpha one.', null, 'Beta two.']);
  });

  test('works on text split into many nodes, with offsets inside nodes', () => {
    const doc = page('<p>xx <span>Ab</span><span>c d</span>e. yy</p>');
    const [range] = anchorSentences(readPageText(doc.body), ['Abc de.']);
    expect(text(range)).toBe('Abc de.');
  });
});

// The engine's page anchors the sentences in its own parse of the text root's HTML; the content script
// places them on its live text nodes after checking that they are the nodes the engine read.
describe('anchors found in the HTML and placed on the live page', () => {
  function drainSteps<T>(steps: Generator<void, T>): T {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }
  const engineDoc = new JSDOM('').window.document;
  /** The engine's side on `root`'s outer HTML (in another document), then the page's side on `root`. */
  function placed(root: Element, sentences: string[]): { anchors: TextAnchors; spans: (SentenceSpan | null)[] | null } {
    const anchors = anchorsInHtml(engineDoc, root.outerHTML, sentences);
    const nodes = drainSteps(matchTextNodesSteps(root, anchors.lengths));
    return { anchors, spans: nodes && spansFromAnchors(nodes, anchors, sentences) };
  }

  test('the same spans as reading and searching the live page, on random pages', () => {
    const next = (() => {
      let seed = 11;
      return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    })();
    const PIECES = ['word', 'Two', ' ', '  ', '\n', '\t ', '\u00a0', 'é', '.', ' x ', '\u2009', '\u00ad', '&', '<'];
    for (let round = 0; round < 25; round++) {
      const doc = page('');
      const root = doc.body.appendChild(doc.createElement('article'));
      for (let n = 0; n < 30; n++) {
        let value = '';
        for (let k = Math.floor(next() * 6); k >= 0; k--) value += PIECES[Math.floor(next() * PIECES.length)];
        const kind = next();
        const parent = kind < 0.3 ? root.appendChild(doc.createElement(next() < 0.5 ? 'span' : 'p')) : kind < 0.35 ? root.appendChild(doc.createElement('button')) : root;
        // Never two text nodes side by side: HTML cannot hold them (that case is the next test's).
        if (parent.lastChild?.nodeType === 3) parent.appendChild(doc.createElement('b'));
        parent.appendChild(doc.createTextNode(value));
      }
      const text = readPageText(root);
      const words = text.text.split(' ').filter(Boolean);
      const sentences = [...words.filter((_, i) => i % 3 === 0), 'not in the page'];
      const { spans } = placed(root, sentences);
      expect(spans).not.toBeNull();
      expect(spans!.map((span) => span && spanToRange(span).toString())).toEqual(anchorSentences(text, sentences).map((span) => span && spanToRange(span).toString()));
      // The very same nodes and offsets.
      const same = (a: SentenceSpan | null, b: SentenceSpan | null) =>
        a === b || (!!a && !!b && a.startContainer === b.startContainer && a.endContainer === b.endContainer && a.startOffset === b.startOffset && a.endOffset === b.endOffset);
      const expected = anchorSentences(text, sentences);
      expect(spans!.every((span, i) => same(span, expected[i]))).toBe(true);
      expect(spans!.filter(Boolean).length).toBe(sentences.length - 1);
    }
  });

  test('a sentence across inline elements, entities and a comment: the live nodes and offsets', () => {
    const doc = page('<article><p>The army <a href="/x">said</a> it <!-- -->advanced &amp; held.</p><script>var a = "<p>x</p>";</script><p>Officials   said so.</p></article>');
    const root = doc.querySelector('article')!;
    const { spans } = placed(root, ['The army said it advanced & held.', 'Officials said so.']);
    expect(spans!.map((span) => span && spanToRange(span).toString())).toEqual(['The army said it advanced & held.', 'Officials   said so.']);
    expect(spans![0]!.startContainer).toBe(root.querySelector('p')!.firstChild);
  });

  test('live text nodes that HTML cannot hold (two side by side) are not the engine’s: no spans', () => {
    const doc = page('<article><p>The army said it advanced.</p></article>');
    const root = doc.querySelector('article')!;
    const anchors = anchorsInHtml(engineDoc, root.outerHTML, ['The army said it advanced.']);
    (root.querySelector('p')!.firstChild as Text).splitText(9);
    expect(drainSteps(matchTextNodesSteps(root, anchors.lengths))).toBeNull();
  });

  test('a text node of another length, one more or one less: no spans', () => {
    const doc = page('<article><p>One.</p><p>Two.</p></article>');
    const root = doc.querySelector('article')!;
    const { anchors } = placed(root, ['One.', 'Two.']);
    (root.lastChild!.firstChild as Text).data = 'Three.';
    expect(drainSteps(matchTextNodesSteps(root, anchors.lengths))).toBeNull();
    (root.lastChild!.firstChild as Text).data = 'Two.';
    expect(drainSteps(matchTextNodesSteps(root, anchors.lengths))).not.toBeNull();
    root.append(doc.createElement('p'));
    (root.lastChild as Element).append('Four.');
    expect(drainSteps(matchTextNodesSteps(root, anchors.lengths))).toBeNull();
  });

  test('a sentence whose first or last character is not where the anchors say: no spans', () => {
    const doc = page('<article><p>One said so.</p><p>Two said so.</p></article>');
    const root = doc.querySelector('article')!;
    const { anchors } = placed(root, ['One said so.', 'Two said so.']);
    // Same lengths, other text: the lengths cannot tell.
    (root.lastChild!.firstChild as Text).data = 'Ten said so!';
    const nodes = drainSteps(matchTextNodesSteps(root, anchors.lengths))!;
    expect(nodes).not.toBeNull();
    expect(spansFromAnchors(nodes, anchors, ['One said so.', 'Two said so.'])).toBeNull();
  });

  test('text inside <noscript> is skipped whether it was parsed as text or as elements', () => {
    // jsdom parses without scripting: <noscript>'s contents are elements here, as in the engine's page.
    const doc = page('<article><noscript><p>Enable JavaScript.</p></noscript><p>The army said it advanced.</p></article>');
    const root = doc.querySelector('article')!;
    expect(readPageText(root).text).toBe('The army said it advanced.');
    const live = root.querySelector('noscript')!;
    live.replaceChildren(doc.createTextNode('<p>Enable JavaScript.</p>'));
    expect(placed(root, ['The army said it advanced.']).spans!.map((span) => span && spanToRange(span).toString())).toEqual(['The army said it advanced.']);
  });
});

describe('anchoring cost', () => {
  test('spans are plain data: anchoring creates no live Range', () => {
    const doc = page('<p>One. Two. Three.</p>');
    let created = 0;
    const original = doc.createRange.bind(doc);
    doc.createRange = () => {
      created++;
      return original();
    };
    anchorSentences(readPageText(doc.body), ['One.', 'Two.', 'Three.']);
    expect(created).toBe(0);
  });
});

describe('isSpaceCode', () => {
  test('matches exactly the characters of JS \\s, which extraction collapses', () => {
    const mismatches: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) mismatches.push(c);
    expect(mismatches).toEqual([]);
  });
});
