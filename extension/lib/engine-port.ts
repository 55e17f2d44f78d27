import { browser, type Browser } from 'wxt/browser';
import type { Report } from '../../src/types';
import type { EngineOutcome } from './engine';
import { isOwnSender } from './messages';
import { isRecord } from './guards';

// The content script and the engine's page talk over a port, not a one-shot message, because a long
// article's report is large (7,300 sentences, 3.7 MB of JSON for 1 MB of text) and reading one message
// is one task on the reader's page: the report comes back in parts, each read in a task of its own.
//
//   content script                      engine
//   { type: 'analyze', html, url }  ->
//                                   <-  { part: 'head', outcome, sentences: N }   (report without its sentences)
//                                   <-  { part: 'sentences', items: [...] }       (until N have come)
//
// A report of one part's worth of sentences or fewer (every news page of the benchmark) comes whole
// in its head, with N = 0: while the page is still loading, each message waits for a turn on its
// main thread, and one wait is shorter than two.

export const ENGINE_PORT = 'sourcelight-engine';
/** Sentences per part: a few milliseconds to read. */
const SENTENCES_PER_PART = 400;

type Sentence = Report['sentences'][number];
export type EnginePart =
  | { part: 'head'; outcome: EngineOutcome; sentences: number }
  | { part: 'sentences'; items: Sentence[] };

export interface AnalyzeRequest {
  type: 'analyze';
  html: string;
  url: string;
}


export function parseAnalyzeRequest(message: unknown): AnalyzeRequest | null {
  if (!isRecord(message) || message.type !== 'analyze' || typeof message.html !== 'string' || typeof message.url !== 'string') return null;
  return message as unknown as AnalyzeRequest;
}

/** The parts an outcome is sent in. */
export function* outcomeParts(outcome: EngineOutcome): Generator<EnginePart> {
  if (outcome.status !== 'analyzed') {
    yield { part: 'head', outcome, sentences: 0 };
    return;
  }
  const { sentences } = outcome.report;
  if (sentences.length <= SENTENCES_PER_PART) {
    yield { part: 'head', outcome, sentences: 0 };
    return;
  }
  yield { part: 'head', outcome: { ...outcome, report: { ...outcome.report, sentences: [] } }, sentences: sentences.length };
  for (let i = 0; i < sentences.length; i += SENTENCES_PER_PART) yield { part: 'sentences', items: sentences.slice(i, i + SENTENCES_PER_PART) };
}

/** Puts an outcome back together from its parts. `add` returns the outcome once it is complete. */
export class OutcomeAssembler {
  private head: EngineOutcome | null = null;
  private expected = 0;
  private readonly sentences: Sentence[] = [];

  add(raw: unknown): EngineOutcome | null {
    if (!isRecord(raw)) throw new Error('The analysis engine sent an unreadable answer.');
    if (raw.part === 'head' && isRecord(raw.outcome) && typeof raw.outcome.status === 'string' && Number.isInteger(raw.sentences)) {
      this.head = raw.outcome as unknown as EngineOutcome;
      this.expected = raw.sentences as number;
    } else if (raw.part === 'sentences' && this.head && Array.isArray(raw.items)) {
      for (const item of raw.items as Sentence[]) this.sentences.push(item);
    } else {
      throw new Error('The analysis engine sent an unreadable answer.');
    }
    const head = this.head;
    // Nothing to wait for: the head is the whole outcome, sentences included.
    if (this.expected === 0) return head;
    if (this.sentences.length < this.expected) return null;
    return head.status === 'analyzed' ? { ...head, report: { ...head.report, sentences: this.sentences } } : head;
  }
}

/** What the engine's page is told about its ports: one opened, one closed (see engine-idle.ts). */
export interface PortActivity {
  started(): void;
  ended(): void;
}

/**
 * Answers analysis requests on every engine port that one of our own scripts opens. `analyze` may
 * answer later (its code still loading): the port stays open until it does, and a port closed in the
 * meantime gets nothing.
 */
export function serveOverPorts(analyze: (html: string, url: string) => EngineOutcome | Promise<EngineOutcome>, activity?: PortActivity): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== ENGINE_PORT || !port.sender || !isOwnSender(port.sender)) return;
    // A port counts as a pending analysis from its opening (the content script opens it before it
    // serialises the page) until either side closes it (the content script does once it has the answer).
    activity?.started();
    let open = true;
    const end = () => {
      if (!open) return;
      open = false;
      activity?.ended();
    };
    port.onDisconnect.addListener(end);
    port.onMessage.addListener((raw: unknown) => {
      const request = parseAnalyzeRequest(raw);
      if (!request) {
        port.disconnect();
        return end();
      }
      const answer = (outcome: EngineOutcome) => {
        if (open) for (const part of outcomeParts(outcome)) port.postMessage(part);
      };
      const outcome = analyze(request.html, request.url);
      if (!(outcome instanceof Promise)) return answer(outcome);
      outcome.then(answer, () => {
        // No engine to answer with (its code failed to load): the requester's retry asks again.
        if (open) port.disconnect();
        end();
      });
    });
  });
}

/** A port to the engine, opened before the page's HTML is ready. */
export interface EngineRequest {
  /** Sends one page and resolves to its outcome, or to undefined when no engine listens or it went away. */
  send(html: string, url: string): Promise<EngineOutcome | undefined>;
  /** Closes the port if nothing did yet: for a request that will not be sent after all. */
  cancel(): void;
}

/**
 * Opens a port to the engine's page now and sends the page later: the browser connects the port while
 * the content script serialises the page, instead of after it. In Chrome the engine's page (an
 * offscreen document) is opened on demand: a port nobody answers means it is not open yet.
 */
export function openEngineRequest(): EngineRequest {
  const port = browser.runtime.connect({ name: ENGINE_PORT });
  const assembler = new OutcomeAssembler();
  let closed = false;
  let settle: { resolve(outcome: EngineOutcome | undefined): void; reject(error: unknown): void } | null = null;
  // Our side closes the port once: when the answer is complete or unreadable, or when it is not needed.
  const close = () => {
    if (closed) return;
    closed = true;
    port.disconnect();
  };
  port.onMessage.addListener((part: unknown) => {
    try {
      const outcome = assembler.add(part);
      if (!outcome) return;
      close();
      settle?.resolve(outcome);
    } catch (error) {
      close();
      settle?.reject(error);
    }
  });
  // Settles nothing if the outcome came first; otherwise: nobody there, or the engine's page closed.
  port.onDisconnect.addListener(() => {
    closed = true;
    settle?.resolve(undefined);
  });
  return {
    send(html, url) {
      if (closed) return Promise.resolve(undefined);
      return new Promise((resolve, reject) => {
        settle = { resolve, reject };
        port.postMessage({ type: 'analyze', html, url } satisfies AnalyzeRequest);
      });
    },
    cancel: close,
  };
}

/** Sends one page to the engine over a port of its own. */
export function requestAnalysis(html: string, url: string): Promise<EngineOutcome | undefined> {
  return openEngineRequest().send(html, url);
}
