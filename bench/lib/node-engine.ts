// Section "node": the engine in Node on the 181 pages of the extraction benchmark. Each page is parsed
// once with the command line's DOM (linkedom, src/cli/dom.ts); on that same DOM, Readability alone, our extraction and the whole analysis are timed
// one after the other in an order that rotates from page to page (so a noisy moment or a garbage
// collection hits each of them alike), then the classification alone on the extracted article.
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../src/cli/dom';
import { extractArticle } from '../../src/extract';
import { analyzeArticle, analyzeDocument } from '../../src/analyze';
import { NoArticleError, type Article } from '../../src/types';
import { corpusIds, readCorpusHtml, readTruth } from './corpus';
import { dist, median, ratio, timed, type Dist } from './stats';
import { budget, ms, table, times, type Budget } from './report';

export interface NodeEngineOptions {
  /** Pages whose runs are repeated once untimed before being timed (JIT warm-up). */
  warmup: number;
  /** Only the first N pages (for a quick look; the report says so). */
  limit?: number;
  log: (line: string) => void;
}

export interface NodePage {
  id: string;
  parseMs: number;
  readabilityMs: number;
  extractionMs: number;
  wholeMs: number;
  /** null when there was no article to classify. */
  classificationMs: number | null;
  sentences: number;
  noArticle?: string;
}

export interface NodeEngineResult {
  pages: number;
  noArticle: number;
  warmupPages: number;
  ms: { parse: Dist; readability: Dist; extraction: Dist; whole: Dist; classification: Dist };
  /** Ratios of the medians (and of the 95th percentiles), each to Readability alone. */
  ratios: {
    extraction: { median: number | null; p95: number | null; medianOfPageRatios: number };
    whole: { median: number | null; p95: number | null; medianOfPageRatios: number };
    classification: { median: number | null; p95: number | null; medianOfPageRatios: number };
  };
  budgets: Budget[];
  perPage: NodePage[];
}

function readabilityAlone(doc: Document): void {
  new Readability(doc.cloneNode(true) as Document).parse();
}

function extraction(doc: Document, url: string): Article | NoArticleError {
  try {
    return extractArticle(doc, { url });
  } catch (error) {
    if (error instanceof NoArticleError) return error;
    throw error;
  }
}

function whole(doc: Document, url: string): void {
  try {
    analyzeDocument(doc, { url });
  } catch (error) {
    if (!(error instanceof NoArticleError)) throw error;
  }
}

export function runNodeEngine(options: NodeEngineOptions): NodeEngineResult {
  const truth = readTruth();
  let ids = corpusIds();
  if (options.limit) ids = ids.slice(0, options.limit);
  const perPage: NodePage[] = [];

  for (const [i, id] of ids.entries()) {
    const url = truth[id]?.url ?? '';
    const [doc, parseMs] = timed(() => parseHtml(readCorpusHtml(id), url));
    if (i < options.warmup) {
      readabilityAlone(doc);
      const a = extraction(doc, url);
      whole(doc, url);
      try {
        if (!(a instanceof NoArticleError)) analyzeArticle(a);
      } catch (error) {
        if (!(error instanceof NoArticleError)) throw error;
      }
    }
    let article: Article | NoArticleError = new NoArticleError('no-article', 'not run');
    const runs: Record<'r' | 'e' | 'w', number> = { r: 0, e: 0, w: 0 };
    const jobs: Record<'r' | 'e' | 'w', () => void> = {
      r: () => void (runs.r = timed(() => readabilityAlone(doc))[1]),
      e: () => void ([article, runs.e] = timed(() => extraction(doc, url))),
      w: () => void (runs.w = timed(() => whole(doc, url))[1]),
    };
    const order = (['rew', 'ewr', 'wre'] as const)[i % 3];
    for (const key of order) jobs[key as 'r' | 'e' | 'w']();
    let classificationMs: number | null = null;
    let sentences = 0;
    const found = article as Article | NoArticleError;
    let refused: NoArticleError | null = found instanceof NoArticleError ? found : null;
    if (!refused) {
      // analyzeArticle itself may refuse an article (not in English, say): no classification then.
      const [report, t] = timed(() => {
        try {
          return analyzeArticle(found as Article);
        } catch (error) {
          if (error instanceof NoArticleError) return error;
          throw error;
        }
      });
      if (report instanceof NoArticleError) refused = report;
      else {
        classificationMs = t;
        sentences = report.sentences.length;
      }
    }
    perPage.push({
      id,
      parseMs,
      readabilityMs: runs.r,
      extractionMs: runs.e,
      wholeMs: runs.w,
      classificationMs,
      sentences,
      ...(refused ? { noArticle: refused.message } : {}),
    });
    // jsdom keeps a window per document until it is closed; linkedom (the CLI's DOM) has nothing to close.
    (doc.defaultView as unknown as { close?(): void } | null)?.close?.();
    if ((i + 1) % 20 === 0 || i + 1 === ids.length) options.log(`  node: ${i + 1}/${ids.length} pages`);
  }

  const col = (f: (p: NodePage) => number | null) => perPage.map(f).filter((x): x is number => x !== null);
  const d = {
    parse: dist(col((p) => p.parseMs)),
    readability: dist(col((p) => p.readabilityMs)),
    extraction: dist(col((p) => p.extractionMs)),
    whole: dist(col((p) => p.wholeMs)),
    // Pages with an article only; its Readability baseline below is taken over the same pages.
    classification: dist(col((p) => p.classificationMs)),
  };
  const withArticle = perPage.filter((p) => p.classificationMs !== null);
  const readabilityOnArticles = dist(withArticle.map((p) => p.readabilityMs));
  const pageRatio = (rs: NodePage[], f: (p: NodePage) => number) => median(rs.map((p) => f(p) / p.readabilityMs));
  const ratios = {
    extraction: { median: ratio(d.extraction.median, d.readability.median), p95: ratio(d.extraction.p95, d.readability.p95), medianOfPageRatios: pageRatio(perPage, (p) => p.extractionMs) },
    whole: { median: ratio(d.whole.median, d.readability.median), p95: ratio(d.whole.p95, d.readability.p95), medianOfPageRatios: pageRatio(perPage, (p) => p.wholeMs) },
    classification: {
      median: ratio(d.classification.median, readabilityOnArticles.median),
      p95: ratio(d.classification.p95, readabilityOnArticles.p95),
      medianOfPageRatios: pageRatio(withArticle, (p) => p.classificationMs!),
    },
  };
  const budgets: Budget[] = [
    budget('whole analysis / Readability alone, medians', '<= 1.30x', ratios.whole.median, (x) => x <= 1.3, times, 'issue 6'),
    budget('extraction / Readability alone, medians', '<= 1.30x', ratios.extraction.median, (x) => x <= 1.3, times, 'issue 3'),
    budget('classification / Readability alone, medians', '<= 0.25x', ratios.classification.median, (x) => x <= 0.25, times, 'issue 4'),
  ];
  return { pages: perPage.length, noArticle: perPage.length - withArticle.length, warmupPages: Math.min(options.warmup, ids.length), ms: d, ratios, budgets, perPage };
}

export function formatNodeEngine(r: NodeEngineResult): string {
  const row = (name: string, x: Dist, rt: { median: number | null; p95: number | null; medianOfPageRatios: number } | null) => [
    name,
    ms(x.median),
    ms(x.p95),
    ms(x.mean),
    rt ? times(rt.median) : '-',
    rt ? times(rt.p95) : '-',
    rt ? times(rt.medianOfPageRatios) : '-',
  ];
  return [
    `${r.pages} pages (${r.noArticle} without an article or refused: not classified), ms per page, first ${r.warmupPages} pages warmed up`,
    table(
      ['step', 'median', 'p95', 'mean', 'vs R median', 'vs R p95', 'median of page ratios'],
      [
        row('Readability alone (R)', r.ms.readability, null),
        row('extraction (extractArticle)', r.ms.extraction, r.ratios.extraction),
        row('whole analysis (analyzeDocument)', r.ms.whole, r.ratios.whole),
        row('classification + report (analyzeArticle)', r.ms.classification, r.ratios.classification),
        row('parse, linkedom (not in any ratio)', r.ms.parse, null),
      ],
    ),
  ].join('\n');
}
