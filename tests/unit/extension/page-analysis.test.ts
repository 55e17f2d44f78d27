import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePage, type PageAnalysis } from '../../../extension/content/analysis';
import { outcomeParts } from '../../../extension/lib/engine-port';
import { analyzeHtml } from '../../../extension/lib/engine';
import { spanToRange, type SentenceSpan } from '../../../src/anchor';

// A hostile or broken page can make serialising it throw (an element whose outerHTML getter throws).
// The content script opened its port to the engine before serialising: it must close it again and
// report an error, not leave the port open until the page unloads.
beforeEach(() => fakeBrowser.reset());

test('when serialising the page throws, the port opened for it is closed and the outcome is an error', async () => {
  const disconnect = vi.fn();
  const listeners = { addListener: () => undefined };
  (fakeBrowser.runtime as unknown as { connect: () => unknown }).connect = () => ({ disconnect, postMessage: vi.fn(), onMessage: listeners, onDisconnect: listeners });
  document.body.innerHTML = '<article><p>Some text.</p></article>';
  Object.defineProperty(document.body, 'outerHTML', {
    configurable: true,
    get: () => {
      throw new Error('this page does not want to be read');
    },
  });
  const outcome = await analyzePage(document);
  expect(outcome).toMatchObject({ status: 'error', message: 'this page does not want to be read' });
  expect(disconnect).toHaveBeenCalledTimes(1);
});

// Work that can wait for the engine (the content script's settings read) starts once the page's HTML
// has been posted, not before: on the reader's click it was on the critical path.
test('the work handed to analyzePage runs after the page has been sent to the engine, once', async () => {
  const posted: unknown[] = [];
  const order: string[] = [];
  let deliver: (message: unknown) => void = () => undefined;
  const listeners = { addListener: () => undefined };
  (fakeBrowser.runtime as unknown as { connect: () => unknown }).connect = () => ({
    disconnect: vi.fn(),
    postMessage: (message: unknown) => {
      posted.push(message);
      order.push('sent');
    },
    onMessage: { addListener: (listener: (message: unknown) => void) => (deliver = listener) },
    onDisconnect: listeners,
  });
  const page = new DOMParser().parseFromString('<article><p>The council voted on Tuesday to close the bridge, officials said.</p></article>', 'text/html');
  const outcome = analyzePage(page, () => order.push('while the engine works'));
  await vi.waitFor(() => expect(posted).toHaveLength(1));
  for (const part of outcomeParts({ status: 'no-article', kind: 'no-article', reason: 'No article found.', engineMs: 1, engineStartedAt: 0 })) deliver(part);
  expect((await outcome).status).toBe('no-article');
  expect(order).toEqual(['sent', 'while the engine works']);
});

// The engine's page anchors the sentences in the HTML it was sent (src/anchor.ts); the content script
// uses its anchors only when its text root's text is still the text that was sent. Here the engine
// runs in this process, behind a fake port, so that the page can be changed between send and answer.
describe('anchoring: the engine’s positions, or the page’s own read when they may not fit', () => {
  const FIXTURE = readFileSync(join(import.meta.dirname, '../../fixtures/kursk-summary.html'), 'utf8');

  /** Analyses `page` with the engine in this process; `meanwhile` runs after the page was sent, before the answer. */
  async function analyzeWithLocalEngine(page: Document, meanwhile: () => void = () => undefined) {
    const parts: string[] = [];
    let deliver: (message: unknown) => void = () => undefined;
    const listeners = { addListener: () => undefined };
    (fakeBrowser.runtime as unknown as { connect: () => unknown }).connect = () => ({
      disconnect: vi.fn(),
      postMessage: (message: { type: string; html: string; url: string; text?: [number, number] }) => {
        if (message.type === 'html') return void parts.push(message.html);
        const outcome = analyzeHtml(parts.join('') + message.html, 'https://news.example/a', message.text);
        setTimeout(() => {
          meanwhile();
          for (const part of outcomeParts(outcome)) deliver(part);
        }, 0);
      },
      onMessage: { addListener: (listener: (message: unknown) => void) => (deliver = listener) },
      onDisconnect: listeners,
    });
    const outcome = await analyzePage(page);
    if (outcome.status !== 'analyzed') throw new Error(`not analysed: ${outcome.status}`);
    return outcome;
  }

  const collapsed = (span: SentenceSpan) => spanToRange(span).toString().replace(/\s+/g, ' ');
  /** Each anchored sentence's text in the page, which must be the sentence. */
  function anchoredTexts(analysis: PageAnalysis): string[] {
    return analysis.spans.flatMap((span, i) => {
      if (!span) return [];
      expect(collapsed(span)).toBe(analysis.report.sentences[i].text);
      return [analysis.report.sentences[i].text];
    });
  }

  test('a page as it was sent: the engine’s anchors are used, and they are the page’s own', async () => {
    const page = new DOMParser().parseFromString(FIXTURE, 'text/html');
    const outcome = await analyzeWithLocalEngine(page);
    expect(outcome.phases?.byEngine).toBe(1);
    const texts = anchoredTexts(outcome.analysis);
    expect(texts.length).toBe(outcome.analysis.report.sentences.length);
    expect(outcome.analysis.byLabel.size).toBeGreaterThan(0);
  }, 60_000);

  test('a live DOM that HTML cannot hold (a text node split in two): the page’s own read, the same sentences', async () => {
    const page = new DOMParser().parseFromString(FIXTURE, 'text/html');
    const reference = anchoredTexts((await analyzeWithLocalEngine(page)).analysis);
    const split = new DOMParser().parseFromString(FIXTURE, 'text/html');
    const paragraph = [...split.querySelectorAll('article p')].find((p) => (p.firstChild?.textContent ?? '').length > 40)!;
    (paragraph.firstChild as Text).splitText(20);
    const outcome = await analyzeWithLocalEngine(split);
    expect(outcome.phases?.byEngine).toBe(0);
    expect(anchoredTexts(outcome.analysis)).toEqual(reference);
  }, 60_000);

  test('a page whose text changes between send and answer, every length kept: the page’s own read', async () => {
    const page = new DOMParser().parseFromString(FIXTURE, 'text/html');
    const paragraph = [...page.querySelectorAll('article p')].find((p) => /^\w+ [a-y]/.test(p.firstChild?.textContent ?? ''))!;
    const node = paragraph.firstChild as Text;
    const before = node.data;
    // The second word's first letter changed: the same length, the same first and last characters.
    const swapped = before.replace(/^(\w+ )([a-y])/, (_, first: string, letter: string) => first + String.fromCharCode(letter.charCodeAt(0) + 1));
    expect(swapped).not.toBe(before);
    expect(swapped.length).toBe(before.length);
    const outcome = await analyzeWithLocalEngine(page, () => (node.data = swapped));
    expect(outcome.phases?.byEngine).toBe(0);
    // Every sentence anchored is where its words are now; the changed one is not found.
    const texts = anchoredTexts(outcome.analysis);
    expect(texts.length).toBe(outcome.analysis.report.sentences.length - 1);
  }, 60_000);
});
