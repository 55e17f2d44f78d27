import { WebSocket as WsWebSocket } from 'ws';

// A minimal WebDriver BiDi client (https://w3c.github.io/webdriver-bidi/): JSON commands over one
// WebSocket, matched to their responses by id. Enough for the Firefox end-to-end test; Playwright's
// Firefox driver needs a patched Firefox, Debian's firefox-esr speaks plain BiDi.
// Node 22+ has a global WebSocket; Node 20 has it only behind --experimental-websocket, so the `ws`
// package stands in (same addEventListener/send/close surface).

interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close', listener: () => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}
type SocketConstructor = new (url: string) => SocketLike;

const SocketImpl: SocketConstructor =
  (globalThis as { WebSocket?: SocketConstructor }).WebSocket ?? (WsWebSocket as unknown as SocketConstructor);

interface Pending {
  method: string;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

/** A BiDi remote value as `script.evaluate` returns it (only the primitive cases are decoded here). */
export interface RemoteValue {
  type: string;
  value?: unknown;
}

export type EvaluateResult =
  | { type: 'success'; result: RemoteValue; realm: string }
  | { type: 'exception'; exceptionDetails: { text: string; lineNumber: number; columnNumber: number }; realm: string };

export class BidiConnection {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: BidiEvent) => void>();
  private closed = false;

  private constructor(private readonly socket: SocketLike) {
    socket.addEventListener('message', (event) => this.receive(String(event.data)));
    socket.addEventListener('close', () => {
      this.closed = true;
      for (const [, p] of this.pending) p.reject(new Error(`BiDi connection closed before ${p.method} answered`));
      this.pending.clear();
    });
  }

  /** Opens the WebSocket (e.g. `ws://127.0.0.1:PORT/session`). */
  static connect(url: string, timeoutMs = 10_000): Promise<BidiConnection> {
    return new Promise((resolve, reject) => {
      const socket = new SocketImpl(url);
      const timer = setTimeout(() => reject(new Error(`no BiDi WebSocket at ${url} after ${timeoutMs} ms`)), timeoutMs);
      socket.addEventListener('open', () => {
        clearTimeout(timer);
        resolve(new BidiConnection(socket));
      });
      socket.addEventListener('error', () => {
        clearTimeout(timer);
        reject(new Error(`cannot open the BiDi WebSocket at ${url}`));
      });
    });
  }

  /** Sends one command and resolves with its `result`, or rejects with the BiDi error and message. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`BiDi connection closed; cannot send ${method}`));
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`BiDi ${method} got no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `listener` for every event (after `session.subscribe`); returns an unsubscribe function. */
  onEvent(listener: (event: BidiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    if (!this.closed) this.socket.close();
    this.closed = true;
  }

  private receive(text: string): void {
    let message: { id?: number; type?: string; method?: string; params?: Record<string, unknown>; result?: unknown; error?: string; message?: string };
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof message.id === 'number') {
      const p = this.pending.get(message.id);
      if (!p) return;
      this.pending.delete(message.id);
      if (message.type === 'error') p.reject(new Error(`BiDi ${p.method} failed: ${message.error}: ${message.message}`));
      else p.resolve(message.result);
    } else if (message.type === 'event' && message.method) {
      for (const listener of this.listeners) listener({ method: message.method, params: message.params ?? {} });
    }
  }
}
