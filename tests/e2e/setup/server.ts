import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
  /** Serve extra pages from memory: path -> HTML (and optional headers). */
  pages: Map<string, { body: string; headers?: Record<string, string> }>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

/**
 * Serves files under `root` on 127.0.0.1 (".html.gz" files are served unzipped), plus in-memory pages.
 * `fileHeaders` are added to every file response (the corpus sweep blocks page scripts with a CSP).
 */
export async function startFixtureServer(root: string, fileHeaders: Record<string, string> = {}): Promise<FixtureServer> {
  const pages = new Map<string, { body: string; headers?: Record<string, string> }>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = pages.get(path);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
      res.end(page.body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      if (file.endsWith('.gz')) body = gunzipSync(body);
      res.writeHead(200, { 'content-type': TYPES[extname(file.replace(/\.gz$/, ''))] ?? 'application/octet-stream', ...fileHeaders });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    pages,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // keep-alive sockets would hold close() open
        server.close(() => resolve());
      }),
  };
}
