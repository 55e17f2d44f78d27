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
//   { type: 'html', html }          ->    (a part of the page's HTML, for a long page; none or more)
//   { type: 'analyze', html, url,   ->    (the rest of the HTML: the whole page is the parts joined;
//     text }                              text: where the text root's HTML is in it, for anchoring)
//                                   <-  { part: 'head', outcome, sentences: N }   (report without its sentences)
//                                   <-  { part: 'sentences', items: [...] }       (until N have come)
//
// A report of one part's worth of sentences or fewer (every news page of the benchmark) comes whole
// in its head, with N = 0: while the page is still loading, each message waits for a turn on its
// main thread, and one wait is shorter than two.
//
// The page's HTML goes in parts for the same reason, the other way: posting a message copies it in the
// sender's task, and posting the 1 MB article at once held the reader's main thread for 48-68 ms
// (a loaded machine, 2026-12-07). A page of up to one part's worth of HTML (about half the news pages
// of the benchmark once reduced to their article's region) goes in one message.

export const ENGINE_PORT = 'sourcelight-engine';
/** Sentences per part: a few milliseconds to read. */
const SENTENCES_PER_PART = 400;

type Sentence = Report['sentences'][number];
export type EnginePart =
  | { part: 'head'; outcome: EngineOutcome; sentences: number }
  | { part: 'sentences'; items: Sentence[] };

/** Characters of HTML per message: a few milliseconds to post. */
export const HTML_PART_CHARS = 65_536;

export interface AnalyzeRequest {
  type: 'analyze';
  html: string;
  url: string;
  /** Where the text root's outer HTML is in the whole page's HTML, `[start, end)` (see lib/engine.ts). */
  text?: TextSpan;
}

export type TextSpan = [start: number, end: number];

/** A part of a page's HTML, sent ahead of the request that ends it. */
export interface HtmlPart {
  type: 'html';
  html: string;
}

/**
 * The messages one page is sent in: parts of HTML_PART_CHARS (never cutting a surrogate pair, which
 * the browser's messaging would not carry as half a character), then the request with the rest.
 */
export function* requestMessages(html: string, url: string, text?: TextSpan): Generator<HtmlPart | AnalyzeRequest> {
  let from = 0;
  while (html.length - from > HTML_PART_CHARS) {
    let to = from + HTML_PART_CHARS;
    const last = html.charCodeAt(to - 1);
    if (last >= 0xd800 && last <= 0xdbff) to--;
    yield { type: 'html', html: html.slice(from, to) };
    from = to;
  }
  yield { type: 'analyze', html: html.slice(from), url, ...(text ? { text } : {}) };
}

export function parseHtmlPart(message: unknown): HtmlPart | null {
  return isRecord(message) && message.type === 'html' && typeof message.html === 'string' ? (message as unknown as HtmlPart) : null;
}

export function parseAnalyzeRequest(message: unknown): AnalyzeRequest | null {
  if (!isRecord(message) || message.type !== 'analyze' || typeof message.html !== 'string' || typeof message.url !== 'string') return null;
  const { text } = message;
  // A malformed span is dropped, not the request: the content script then anchors by itself.
  const span = Array.isArray(text) && text.length === 2 && text.every((n) => Number.isInteger(n) && n >= 0) && text[0] <= text[1] ? (text as TextSpan) : undefined;
  return { type: 'analyze', html: message.html, url: message.url, ...(span ? { text: span } : {}) };
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
export function serveOverPorts(analyze: (html: string, url: string, text?: TextSpan) => EngineOutcome | Promise<EngineOutcome>, activity?: PortActivity): void {
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
    // The page's HTML so far, for a page sent in parts.
    const parts: string[] = [];
    port.onMessage.addListener((raw: unknown) => {
      const part = parseHtmlPart(raw);
      if (part) return void parts.push(part.html);
      const request = parseAnalyzeRequest(raw);
      if (!request) {
        port.disconnect();
        return end();
      }
      const html = parts.length ? parts.join('') + request.html : request.html;
      parts.length = 0;
      const answer = (outcome: EngineOutcome) => {
        if (open) for (const part of outcomeParts(outcome)) port.postMessage(part);
      };
      const outcome = analyze(html, request.url, request.text);
      if (!(outcome instanceof Promise)) return answer(outcome);
      outcome.then(answer, () => {
        // No engine to answer with (its code failed to load): the requester's retry asks again.
        if (open) port.disconnect();
        end();
      });
    });
  });
}

/**
 * How a long page's parts are posted: each in `run` (the content script counts its main-thread time
 * there), with `breathe` between two (the page gets a turn once a slice of work is used up); `posted`
 * is called once the last one is, or once posting stopped (the port closed, or posting failed).
 */
export interface Pacing {
  run(work: () => void): void;
  breathe(): Promise<void>;
  posted?(): void;
}

const UNPACED: Pacing = { run: (work) => work(), breathe: () => Promise.resolve() };

/** A port to the engine, opened before the page's HTML is ready. */
export interface EngineRequest {
  /**
   * Sends one page and resolves to its outcome, or to undefined when no engine listens or it went away.
   * The first part is posted before this returns.
   */
  send(html: string, url: string, pacing?: Pacing, text?: TextSpan): Promise<EngineOutcome | undefined>;
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
    send(html, url, pacing = UNPACED, text) {
      if (closed) {
        pacing.posted?.();
        return Promise.resolve(undefined);
      }
      const answered = new Promise<EngineOutcome | undefined>((resolve, reject) => (settle = { resolve, reject }));
      const post = async () => {
        try {
          for (const message of requestMessages(html, url, text)) {
            // The engine's page went away meanwhile: the port's closing has settled the request already.
            if (closed) return;
            pacing.run(() => port.postMessage(message));
            if (message.type === 'html') await pacing.breathe();
          }
        } finally {
          pacing.posted?.();
        }
      };
      post().catch((error: unknown) => settle?.reject(error));
      return answered;
    },
    cancel: close,
  };
}

/** Sends one page to the engine over a port of its own. */
export function requestAnalysis(html: string, url: string, pacing?: Pacing, text?: TextSpan): Promise<EngineOutcome | undefined> {
  return openEngineRequest().send(html, url, pacing, text);
}
