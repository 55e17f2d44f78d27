import { browser, type Browser } from 'wxt/browser';
import type { NoReportReason, Report } from '../../src/types';
import { isRecord } from './guards';

// The one protocol between the extension's contexts: message name -> request and response.
// Every receiver validates the sender and the shape before acting (a web page cannot send these:
// runtime messages reach only our own contexts, but a compromised or confused context should
// still not make us act on garbage).

/** What the content script knows about its page. */
export type PageState =
  | { status: 'analyzing' }
  | { status: 'analyzed'; report: Report; anchored: number; highlightsOn: boolean }
  | { status: 'no-article'; kind: NoReportReason; reason: string }
  | { status: 'error'; message: string };

export interface ContentRequests {
  /** The current state, analysing first if nothing has been analysed yet. */
  'sourcelight:get-state': { request: Record<string, never>; response: PageState };
  /** Analyse again from scratch. */
  'sourcelight:reanalyze': { request: Record<string, never>; response: PageState };
  'sourcelight:set-highlights': { request: { on: boolean }; response: { on: boolean } };
  /** Scroll to the n-th sentence of the report and flash it. */
  'sourcelight:reveal': { request: { sentence: number }; response: { found: boolean } };
}

export interface BackgroundRequests {
  /** The content script finished an analysis: badge it. */
  'sourcelight:analysis-done': {
    request: { flagged: number; grade: string; status: PageState['status'] };
    response: { ok: boolean };
  };
  /** Open the engine's page (Chrome's offscreen document) if it is not open. */
  'sourcelight:engine-start': { request: Record<string, never>; response: { ok: boolean } };
  /** From the engine's page (Chrome's offscreen document): no analysis pending for its idle time, close it. */
  'sourcelight:engine-idle': { request: Record<string, never>; response: { ok: boolean } };
  /** Put the highlight stylesheet into the sender's frame, or take it out (content/page-styles.ts). */
  'sourcelight:highlight-styles': { request: { needed: boolean }; response: { ok: boolean } };
}

export type ContentMessage = { [K in keyof ContentRequests]: { type: K } & ContentRequests[K]['request'] }[keyof ContentRequests];
export type BackgroundMessage = { [K in keyof BackgroundRequests]: { type: K } & BackgroundRequests[K]['request'] }[keyof BackgroundRequests];

export function sendToTab<K extends keyof ContentRequests>(
  tabId: number,
  type: K,
  request: ContentRequests[K]['request'],
): Promise<ContentRequests[K]['response']> {
  return browser.tabs.sendMessage(tabId, { type, ...request });
}

export function sendToBackground<K extends keyof BackgroundRequests>(
  type: K,
  request: BackgroundRequests[K]['request'],
): Promise<BackgroundRequests[K]['response']> {
  return browser.runtime.sendMessage({ type, ...request });
}

const CONTENT_TYPES = new Set<string>(['sourcelight:get-state', 'sourcelight:reanalyze', 'sourcelight:set-highlights', 'sourcelight:reveal']);
const BACKGROUND_TYPES = new Set<string>(['sourcelight:analysis-done', 'sourcelight:engine-start', 'sourcelight:engine-idle', 'sourcelight:highlight-styles']);


/** True when a message comes from this extension itself (not another extension or a web page). */
export function isOwnSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** Validates a message meant for the content script. */
export function parseContentMessage(message: unknown): ContentMessage | null {
  if (!isRecord(message) || typeof message.type !== 'string' || !CONTENT_TYPES.has(message.type)) return null;
  if (message.type === 'sourcelight:set-highlights' && typeof message.on !== 'boolean') return null;
  if (message.type === 'sourcelight:reveal' && !Number.isInteger(message.sentence)) return null;
  return message as ContentMessage;
}

/** Validates a message meant for the background script. */
export function parseBackgroundMessage(message: unknown): BackgroundMessage | null {
  if (!isRecord(message) || typeof message.type !== 'string' || !BACKGROUND_TYPES.has(message.type)) return null;
  if (message.type === 'sourcelight:analysis-done') {
    if (!Number.isInteger(message.flagged) || typeof message.grade !== 'string' || typeof message.status !== 'string') return null;
  }
  if (message.type === 'sourcelight:highlight-styles' && typeof message.needed !== 'boolean') return null;
  return message as BackgroundMessage;
}
