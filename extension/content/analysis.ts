import { MAX_PAGE_CHARS, requireReasonableSize } from '../../src/limits';
import { anchorSentencesSteps, matchTextNodesSteps, readPageTextSteps, spansFromAnchorsSteps, type PageText, type SentenceSpan, type TextAnchors } from '../../src/anchor';
import { NoArticleError, type NoReportReason, type Report } from '../../src/types';
import { sendToBackground } from '../lib/messages';
import { openEngineRequest, requestAnalysis, type EngineRequest, type Pacing, type TextSpan } from '../lib/engine-port';
import type { EngineOutcome } from '../lib/engine';
import type { HighlightedLabel } from '../lib/highlights';
import { BusyMeter, runInSlices, SliceClock, yieldToPage } from './slices';
import { preparePageSteps, type PreparedPage } from './serialize';
import { TextChanges } from './text-changes';

export interface PageAnalysis {
  report: Report;
  /** One entry per report sentence: where it is in the live page, or null if it was not found. */
  spans: (SentenceSpan | null)[];
  /** Static ranges (cheap to hold and paint) grouped by the label they are highlighted under. */
  byLabel: Map<HighlightedLabel, StaticRange[]>;
}

export type AnalysisOutcome = (
  | { status: 'analyzed'; analysis: PageAnalysis }
  | { status: 'no-article'; kind: NoReportReason; reason: string }
  | { status: 'error'; message: string }
) & {
  /** Where the time went, in ms, for the test flavor's timing (see index.ts). */
  phases?: AnalysisPhases;
};

export interface AnalysisPhases {
  /** Reading the page's DOM into HTML, on the page's main thread. */
  serialize: number;
  /**
   * From sending the HTML to the engine until waiting for its answer: the page's text was read for
   * anchoring then, until the engine anchored the sentences itself (2026-12-07, session 16).
   */
  readText: number;
  /** From sending the HTML to the engine's answer. */
  roundTrip: number;
  /** Of the round trip: from sending the HTML to the engine starting on it. */
  toEngine: number;
  /** Of the round trip: the engine's own parse and analysis, in its page. */
  engine: number;
  /** Of the round trip: from the engine's end to the whole answer received. */
  fromEngine: number;
  /** Placing the sentences in the page (or finding them in its text), yields included. */
  anchor: number;
  /** Of the engine's time: finding the sentences in the text root's HTML (session 16 on). */
  engineAnchor?: number;
  /** 1 when the engine's anchors were used, 0 when the page's text was read and searched here. */
  byEngine?: number;
  /** Of all the above: the time Sourcelight's own code kept the page's main thread busy. */
  mainThread: number;
  /**
   * Of mainThread: the caller's work while the engine works (the page watcher's first measure, the
   * overlay's construction, the settings' request). Counted since 2026-12-07; not before.
   */
  alongside: number;
}

/**
 * Asks the engine's page to analyse `html` over the port opened for it. In Chrome that page (an
 * offscreen document) is opened on demand: a port nobody answers means it is not open yet.
 */
async function analyzeElsewhere(request: EngineRequest, html: string, url: string, pacing: Pacing, text?: TextSpan): Promise<EngineOutcome> {
  const first = await request.send(html, url, pacing, text);
  if (first) return first;
  await sendToBackground('sourcelight:engine-start', {});
  const second = await requestAnalysis(html, url, pacing, text);
  if (!second) throw new Error('Sourcelight’s analysis engine did not answer. Try again, or reload the extension.');
  return second;
}

/**
 * Where the report's sentences are in the live page. The engine's anchors are used when the page's
 * text root is still there, its text has not changed since it was sent (`changes`), and its text
 * nodes are the ones the engine read (same count, same lengths, each sentence's ends on the same
 * characters). Otherwise the page's text is read and searched here, as before the engine anchored.
 */
async function findSpans(
  doc: Document,
  prepared: PreparedPage,
  sentences: readonly string[],
  anchors: TextAnchors | undefined,
  pageText: PageText | null,
  changes: TextChanges,
  meter: BusyMeter,
): Promise<{ spans: (SentenceSpan | null)[]; byEngine: boolean }> {
  const root = prepared.textRoot;
  if (anchors && root?.isConnected && !meter.run(() => changes.touched(root))) {
    const nodes = await runInSlices(matchTextNodesSteps(root, anchors.lengths), meter);
    const spans = nodes && (await runInSlices(spansFromAnchorsSteps(nodes, anchors, sentences), meter));
    // Listing the nodes may have taken several slices, with the page's turns between them.
    if (spans && !meter.run(() => changes.touched(root))) return { spans, byEngine: true };
  }
  // (A page that has since moved the text root out of the document is read whole.)
  const textRoot = root?.isConnected ? root : doc.body;
  const text = pageText ?? (textRoot ? await runInSlices(readPageTextSteps(textRoot), meter) : null);
  return { spans: text ? await runInSlices(anchorSentencesSteps(text, sentences), meter) : [], byEngine: false };
}

/** The ranges of the sentences found, grouped by label. */
function groupByLabel(report: Report, spans: (SentenceSpan | null)[], meter: BusyMeter): PageAnalysis {
  const byLabel = meter.run(() => {
    const ranges = new Map<HighlightedLabel, StaticRange[]>();
    report.sentences.forEach((sentence, i) => {
      const span = spans[i];
      if (!span || sentence.label === 'neutral') return;
      const list = ranges.get(sentence.label) ?? [];
      list.push(new StaticRange(span));
      ranges.set(sentence.label, list);
    });
    return ranges;
  });
  return { report, spans, byLabel };
}

/**
 * Analyses the live page: its HTML goes to the engine's page (extraction and classification never run
 * on the reader's main thread). While the engine works, the page's text is read here in short slices;
 * the sentences that come back are then anchored in it.
 */
export async function analyzePage(doc: Document, whileEngineWorks: () => void = () => undefined): Promise<AnalysisOutcome> {
  let request: EngineRequest | undefined;
  let changes: TextChanges | undefined;
  try {
    const meter = new BusyMeter();
    const t0 = performance.now();
    // Connecting takes a trip through the browser: it happens while the page is serialised.
    request = meter.run(openEngineRequest);
    // From here on, a change to the page's text means the engine's anchors may not fit the page.
    const textChanges = (changes = meter.run(() => new TextChanges(doc)));
    // While the page is still loading, the task that injected this script may hold the page's own
    // work (its load event): the page gets a turn first, so that the two do not make one long task.
    // Once it has loaded (the reader's click, a single-page site's next article) there is nothing to
    // wait for, and a yield would wait for the next rendering frame: 9 ms median in the click runs.
    if (doc.readyState !== 'complete') await yieldToPage();
    // Then tasks of their own only when the work is long: the page is serialised a piece at a time
    // (serialize.ts), in slices; on most pages that is one slice, sent in the same task. The markup the
    // engine never reads is cut in the engine's page (lib/engine.ts), off this thread.
    const prepared = await runInSlices(preparePageSteps(doc), meter);
    // A page's text is never longer than its HTML: only a page whose HTML is past the limit needs its
    // text counted (reading the whole body's textContent costs as much as serialising the article).
    if (prepared.serializedChars > MAX_PAGE_CHARS) meter.run(() => requireReasonableSize(doc));
    const html = prepared.html;
    const t1 = performance.now();
    const clock = new SliceClock();
    const opened = request;
    // A long page goes in parts (lib/engine-port.ts), the page getting its turn between them. The work
    // done while the engine works waits for the last part: the engine cannot start before.
    let allPosted: () => void = () => undefined;
    const posted = new Promise<void>((resolve) => (allPosted = resolve));
    const pacing: Pacing = { run: (work) => meter.run(work), breathe: () => clock.breathe(), posted: () => allPosted() };
    const answer = meter.run(() => analyzeElsewhere(opened, html, doc.location?.href ?? '', pacing, prepared.textSpan ?? undefined));
    // Awaited below; until then a failure must not surface as an unhandled rejection in the console.
    // A request that ends before any posting ended (it cannot today) must not leave this waiting.
    answer.then(allPosted, allPosted);
    await posted;
    // The caller's work while the engine works is Sourcelight's main-thread time too.
    const alongsideFrom = meter.ms;
    meter.run(whileEngineWorks);
    const alongside = meter.ms - alongsideFrom;
    await clock.breathe();
    // The report's sentences all come from the text root (the focus): the engine finds them in its
    // HTML. Only a page sent without the text root's place in its HTML has its text read here, while
    // the engine works.
    const textRoot = prepared.textRoot?.isConnected ? prepared.textRoot : doc.body;
    const pageText = !prepared.textSpan && textRoot ? await runInSlices(readPageTextSteps(textRoot), meter) : null;
    const t2 = performance.now();
    const { engineMs, engineStartedAt, anchorMs, ...outcome } = await answer;
    const t3 = performance.now();
    const toEngine = engineStartedAt - (performance.timeOrigin + t1);
    const phases: AnalysisPhases = { serialize: t1 - t0, readText: t2 - t1, roundTrip: t3 - t1, toEngine, engine: engineMs, fromEngine: t3 - t1 - toEngine - engineMs, anchor: 0, mainThread: 0, alongside };
    if (anchorMs !== undefined) phases.engineAnchor = anchorMs;
    if (outcome.status !== 'analyzed') return { ...outcome, phases: { ...phases, mainThread: meter.ms } };
    const { report } = outcome;
    const sentences = report.sentences.map((s) => s.text);
    const { spans, byEngine } = await findSpans(doc, prepared, sentences, outcome.anchors, pageText, textChanges, meter);
    const analysis = groupByLabel(report, spans, meter);
    phases.anchor = performance.now() - t3;
    phases.byEngine = byEngine ? 1 : 0;
    phases.mainThread = meter.ms;
    return { status: 'analyzed', analysis, phases };
  } catch (error) {
    // Serialising may have failed after the port was opened: it is closed, not left to the page's unload.
    request?.cancel();
    if (error instanceof NoArticleError) return { status: 'no-article', kind: error.reason, reason: error.message };
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  } finally {
    changes?.stop();
  }
}
