import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HTML_PART_CHARS, OutcomeAssembler, openEngineRequest, outcomeParts, parseAnalyzeRequest, parseHtmlPart, requestMessages, type Pacing } from '../../../extension/lib/engine-port';
import type { EngineOutcome } from '../../../extension/lib/engine';
import type { Report } from '../../../src/types';
import { fakePort } from './fake-port';

function outcomeWith(sentenceCount: number): EngineOutcome {
  const sentences = Array.from({ length: sentenceCount }, (_, i) => ({ text: `Sentence ${i}.`, label: i % 2 ? 'anonymous' : 'neutral' }));
  return { status: 'analyzed', engineMs: 12, engineStartedAt: 0, report: { title: 'T', text: 'whole text', sentences } as unknown as Report };
}

function assemble(outcome: EngineOutcome): { parts: number; result: EngineOutcome | null } {
  const assembler = new OutcomeAssembler();
  let parts = 0;
  let result: EngineOutcome | null = null;
  for (const part of outcomeParts(outcome)) {
    expect(result).toBeNull(); // nothing arrives after the outcome is complete
    parts++;
    // Through JSON, as the browser carries it.
    result = assembler.add(JSON.parse(JSON.stringify(part)));
  }
  return { parts, result };
}

describe('the engine port protocol', () => {
  test('a long report comes in a head and parts of sentences, and is put back together exactly', () => {
    const outcome = outcomeWith(1000);
    const { parts, result } = assemble(outcome);
    expect(parts).toBe(1 + 3);
    expect(result).toEqual(outcome);
  });

  test('a report of up to one part’s worth of sentences comes whole in one message', () => {
    expect(assemble(outcomeWith(400))).toEqual({ parts: 1, result: outcomeWith(400) });
    expect(assemble(outcomeWith(401)).parts).toBe(1 + 2);
  });

  test('a report with no sentences and a no-article outcome are complete with the head alone', () => {
    expect(assemble(outcomeWith(0))).toEqual({ parts: 1, result: outcomeWith(0) });
    const none: EngineOutcome = { status: 'no-article', kind: 'no-article', reason: 'No article found.', engineMs: 3, engineStartedAt: 0 };
    expect(assemble(none)).toEqual({ parts: 1, result: none });
  });

  test('garbage or sentences before the head are refused', () => {
    expect(() => new OutcomeAssembler().add('hello')).toThrow(/unreadable/);
    expect(() => new OutcomeAssembler().add({ part: 'sentences', items: [] })).toThrow(/unreadable/);
  });

  test('a page of up to one part’s worth of HTML goes in one request', () => {
    const html = 'x'.repeat(HTML_PART_CHARS);
    expect([...requestMessages(html, 'https://a.example/')]).toEqual([{ type: 'analyze', html, url: 'https://a.example/' }]);
  });

  test('a longer page goes in parts, then the request with the rest; joined, they are the page', () => {
    // An emoji (a surrogate pair) where the first part would end.
    const html = `${'x'.repeat(HTML_PART_CHARS - 1)}😀${'y'.repeat(2 * HTML_PART_CHARS)}`;
    const messages = [...requestMessages(html, 'https://a.example/')].map((m) => JSON.parse(JSON.stringify(m)));
    expect(messages.length).toBe(4);
    expect(messages[0].html).toHaveLength(HTML_PART_CHARS - 1);
    expect(messages.slice(0, -1).every((m) => parseHtmlPart(m) && m.html.length <= HTML_PART_CHARS)).toBe(true);
    expect(parseAnalyzeRequest(messages.at(-1))).not.toBeNull();
    expect(messages.map((m) => m.html).join('')).toBe(html);
    // No part ends in half a character.
    expect(messages.every((m) => !/[\ud800-\udbff]$/.test(m.html))).toBe(true);
  });

  test('the request says where the text root’s HTML is, for the engine to anchor the sentences in it', () => {
    const html = 'x'.repeat(3 * HTML_PART_CHARS);
    const messages = [...requestMessages(html, 'https://a.example/', [10, 2 * HTML_PART_CHARS])].map((m) => JSON.parse(JSON.stringify(m)));
    expect(messages.slice(0, -1).every((m) => !('text' in m))).toBe(true);
    expect(parseAnalyzeRequest(messages.at(-1))?.text).toEqual([10, 2 * HTML_PART_CHARS]);
    // A span that is not two ordered offsets is dropped, not the request: the page then anchors by itself.
    for (const text of [[5, 2], [-1, 3], [1.5, 3], [1], 'x', [1, 2, 3]]) {
      const request = parseAnalyzeRequest({ type: 'analyze', html: '<p>x</p>', url: 'https://a.example/', text });
      expect(request).not.toBeNull();
      expect(request!.text).toBeUndefined();
    }
  });

  test('only a well-formed analysis request is accepted', () => {
    expect(parseAnalyzeRequest({ type: 'analyze', html: '<p>x</p>', url: 'https://a.example/' })).not.toBeNull();
    expect(parseAnalyzeRequest({ type: 'analyze', html: 42, url: '' })).toBeNull();
    expect(parseAnalyzeRequest({ type: 'other', html: '', url: '' })).toBeNull();
  });
});


describe('a request over the engine port', () => {
  let port: ReturnType<typeof fakePort>;
  beforeEach(() => {
    fakeBrowser.reset();
    port = fakePort();
    (fakeBrowser.runtime as unknown as { connect: () => unknown }).connect = () => port;
  });

  test('a request that is never sent is closed by cancel(), once', async () => {
    const request = openEngineRequest();
    request.cancel();
    request.cancel();
    expect(port.disconnect).toHaveBeenCalledTimes(1);
    expect(await request.send('<p>x</p>', 'https://example.org/')).toBeUndefined();
    expect(port.posted).toEqual([]);
  });

  test('after the outcome has come, cancel() has nothing left to close', async () => {
    const request = openEngineRequest();
    const outcome = request.send('<p>x</p>', 'https://example.org/');
    expect(port.posted).toEqual([{ type: 'analyze', html: '<p>x</p>', url: 'https://example.org/' }]);
    for (const part of outcomeParts(outcomeWith(3))) port.deliver(JSON.parse(JSON.stringify(part)));
    expect((await outcome)?.status).toBe('analyzed');
    request.cancel();
    expect(port.disconnect).toHaveBeenCalledTimes(1);
  });

  test('a long page is posted in parts with the page’s turn between them, then the request; posting ends once', async () => {
    const request = openEngineRequest();
    const log: string[] = [];
    const pacing: Pacing = {
      run: (work) => {
        log.push('run');
        work();
      },
      breathe: async () => void log.push('breathe'),
      posted: () => log.push('posted'),
    };
    const html = 'y'.repeat(2 * HTML_PART_CHARS + 1);
    const outcome = request.send(html, 'https://example.org/', pacing);
    // The first part goes before send returns; the others after the page's turns.
    expect(port.posted).toHaveLength(1);
    await vi.waitFor(() => expect(log).toContain('posted'));
    expect(log).toEqual(['run', 'breathe', 'run', 'breathe', 'run', 'posted']);
    expect(port.posted.map((m) => (m as { type: string }).type)).toEqual(['html', 'html', 'analyze']);
    expect(port.posted.map((m) => (m as { html: string }).html).join('')).toBe(html);
    for (const part of outcomeParts(outcomeWith(3))) port.deliver(JSON.parse(JSON.stringify(part)));
    expect((await outcome)?.status).toBe('analyzed');
  });

  test('when the engine’s page goes away between two parts, posting stops and the request settles as unanswered', async () => {
    const request = openEngineRequest();
    let turn: () => void = () => undefined;
    const posted = vi.fn();
    const pacing: Pacing = { run: (work) => work(), breathe: () => new Promise((resolve) => (turn = resolve)), posted };
    const outcome = request.send('z'.repeat(3 * HTML_PART_CHARS), 'https://example.org/', pacing);
    expect(port.posted).toHaveLength(1);
    port.closeFromOtherSide();
    turn();
    expect(await outcome).toBeUndefined();
    await vi.waitFor(() => expect(posted).toHaveBeenCalledTimes(1));
    expect(port.posted).toHaveLength(1);
  });
});
