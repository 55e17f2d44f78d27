// Chromium driven over the DevTools protocol directly, for the memory and cold-start sections.
// Playwright attaches to every target, the extension's service worker included, and Chromium does
// not stop a worker that a debugger is attached to: the extension's process would never go idle.
// Here the benchmark attaches only to the pages it opens, and to the worker only for the moment it
// asks it something (a menu click), then lets go.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { CHROMIUM, extensionArgs } from '../../tests/e2e/setup/chromium';
import { treeCpuSeconds } from '../lib/machine';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export class CdpBrowser {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners: ((method: string, params: unknown) => void)[] = [];

  private constructor(
    private readonly socket: WebSocket,
    readonly process: ChildProcess,
    private readonly profileDir: string,
  ) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };
      if (message.method) for (const listener of this.listeners) listener(message.method, message.params);
      if (message.id === undefined) return;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    });
  }

  /** Headless Chromium with the unpacked extension at `extensionDir` (null: the same browser without it). */
  static async launch(extensionDir: string | null, extraArgs: string[] = []): Promise<CdpBrowser> {
    const profileDir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-cdp-'));
    const base = extensionDir
      ? extensionArgs(extensionDir)
      : extensionArgs('/nonexistent').filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except')).concat('--disable-extensions');
    const args = ['--headless', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', '--window-size=1200,900', ...base, ...extraArgs, 'about:blank'];
    const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const address = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not open DevTools within 30 s:\n${output.slice(-2000)}`)), 30_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`Chromium exited early (code ${code}):\n${output.slice(-2000)}`)));
    });
    const socket = new WebSocket(address, { perMessageDeflate: false, maxPayload: 256 * 2 ** 20 });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return new CdpBrowser(socket, child, profileDir);
  }

  send<T = unknown>(method: string, params: object = {}, sessionId?: string, timeoutMs = 120_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  /** Calls `listener` with every event the browser sends (Tracing.dataCollected, ...). */
  onEvent(listener: (method: string, params: unknown) => void): void {
    this.listeners.push(listener);
  }

  async targets(): Promise<TargetInfo[]> {
    return (await this.send<{ targetInfos: TargetInfo[] }>('Target.getTargets')).targetInfos;
  }

  /** Opens a tab at `url` and attaches to it; returns the page. */
  async open(url: string): Promise<CdpPage> {
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url });
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    return new CdpPage(this, targetId, sessionId);
  }

  /** Attaches to a target (the extension's worker) for one evaluation, then detaches. */
  async evaluateIn<T>(targetId: string, expression: string): Promise<T> {
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    try {
      return await evaluate<T>(this, sessionId, expression);
    } finally {
      await this.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  }

  /** CPU seconds the browser's processes used, taken when it closed (the run's load report counts them as this benchmark's). */
  cpuSeconds = 0;

  async close(): Promise<void> {
    this.cpuSeconds = treeCpuSeconds(this.process.pid!);
    await this.send('Browser.close', {}, undefined, 10_000).catch(() => undefined);
    this.socket.close();
    if (this.process.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.process.kill('SIGKILL');
          resolve();
        }, 10_000);
        this.process.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

async function evaluate<T>(browser: CdpBrowser, sessionId: string, expression: string): Promise<T> {
  const out = await browser.send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
    'Runtime.evaluate',
    { expression, awaitPromise: true, returnByValue: true },
    sessionId,
  );
  if (out.exceptionDetails) throw new Error(`evaluation failed: ${out.exceptionDetails.exception?.description ?? out.exceptionDetails.text}`);
  return out.result.value as T;
}

export class CdpPage {
  constructor(
    private readonly browser: CdpBrowser,
    readonly targetId: string,
    readonly sessionId: string,
  ) {}

  evaluate<T>(expression: string): Promise<T> {
    return evaluate<T>(this.browser, this.sessionId, expression);
  }

  /** Polls `expression` until it is truthy; returns its value. */
  async waitFor<T>(expression: string, timeoutMs: number, pollMs = 50): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${expression}`);
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  async close(): Promise<void> {
    await this.browser.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
  }
}
