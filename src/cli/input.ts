import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { charsetOf, decodeHtml } from './decode';
import { readStdin } from './stdin';

export interface LoadedInput {
  /** What the user named: a path, a URL or "-". */
  name: string;
  html: string;
  /** The page's address: --url, the URL fetched, or a file: URL for a local file. */
  url: string;
}

const FETCH_TIMEOUT_MS = 15_000;

export class InputError extends Error {}

interface Fetched {
  bytes: Buffer;
  /** The charset the server declared in Content-Type, which outranks the page's own <meta>. */
  charset?: string;
}

async function fetchUrl(url: string): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new InputError(`cannot fetch ${url}: ${cause ?? (error as Error).message}`);
  }
  if (!response.ok) throw new InputError(`cannot fetch ${url}: HTTP ${response.status}`);
  return { bytes: Buffer.from(await response.arrayBuffer()), charset: charsetOf(response.headers.get('content-type')) };
}

// node:zlib is set up only for a compressed input: ~4 ms of a start that a plain page does not need.
// Required, not imported: the bundle runs as a script (src/cli/load.ts), where import() is unavailable.
const gunzipSync = (data: Buffer): Buffer => (createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib')).gunzipSync(data);

function decode(name: string, bytes: Buffer, transportCharset?: string): Promise<string> {
  let data = bytes;
  if (name.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) {
    try {
      data = gunzipSync(bytes);
    } catch {
      throw new InputError('not a valid gzip file');
    }
  }
  if (data.length === 0) throw new InputError('the file is empty');
  // A UTF-16 page (which starts with its byte-order mark) is full of zero bytes and still text.
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
  if (!utf16 && data.subarray(0, 4096).includes(0)) throw new InputError('not an HTML page (binary data)');
  return decodeHtml(data, transportCharset);
}

/**
 * Reads one input (file, .html.gz, URL or "-" for standard input) as HTML text, decoded as a browser
 * would. `given`: the input's bytes, already read (standard input read by the main thread for a worker).
 */
export async function loadInput(name: string, urlOverride?: string, given?: Uint8Array): Promise<LoadedInput> {
  const isUrl = /^https?:\/\//i.test(name);
  let bytes: Buffer;
  let charset: string | undefined;
  if (given) bytes = Buffer.from(given.buffer, given.byteOffset, given.byteLength);
  else if (name === '-') bytes = await readStdin();
  else if (isUrl) ({ bytes, charset } = await fetchUrl(name));
  else {
    try {
      // Read at once, not in the background: the page is processed right after and nothing else waits
      // on this thread, and the asynchronous read's four trips through the thread pool cost more.
      bytes = readFileSync(name);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      throw new InputError(why);
    }
  }
  const html = await decode(name, bytes, charset);
  const url = urlOverride ?? (isUrl ? name : '');
  return { name, html, url };
}
