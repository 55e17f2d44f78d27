// Section "sizes": each entrypoint of the production build, raw and gzipped (node:zlib, default level).
// An HTML entrypoint counts its page and every script, module chunk and stylesheet it loads; a chunk
// shared by two pages counts in both.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budget, kb, table, type Budget } from './report';

export interface SizedFile {
  file: string;
  raw: number;
  gzip: number;
}

export interface Entrypoint {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
}

export interface SizesResult {
  dir: string;
  entrypoints: Entrypoint[];
  files: SizedFile[];
  budgets: Budget[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Local files an HTML page or a JS module loads, transitively. */
function loadedBy(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const refs: string[] = [];
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)=["']([^"']+\.(?:m?js|css))["']/gi)) refs.push(m[1]);
  } else if (file.endsWith('.js')) {
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.m?js)["']/g)) refs.push(m[1]);
  }
  for (const ref of refs) {
    if (/^[a-z]+:/i.test(ref)) continue;
    const target = ref.startsWith('/') ? join(dir, ref) : join(dirname(file), ref);
    loadedBy(dir, target, seen);
  }
  return seen;
}

export function runSizes(dir: string): SizesResult {
  const files: SizedFile[] = walk(dir)
    .filter((f) => !f.endsWith('.map'))
    .map((f) => {
      const body = readFileSync(f);
      return { file: relative(dir, f), raw: body.length, gzip: gzipSync(body).length };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
  const size = new Map(files.map((f) => [f.file, f]));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const entries: { name: string; start: string }[] = [];
  if (manifest.background?.service_worker) entries.push({ name: 'background', start: manifest.background.service_worker });
  for (const f of files) {
    // The page's script: WXT content scripts, or extension/in-page.ts (an unlisted script, see there).
    const m = /^(?:content-scripts\/([^/]+)|(in-page))\.js$/.exec(f.file);
    if (m) entries.push({ name: `content script (${m[1] ?? m[2]})`, start: f.file });
  }
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (popup) entries.push({ name: 'popup', start: popup });
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options) entries.push({ name: 'options', start: options });
  const entrypoints: Entrypoint[] = entries.map(({ name, start }) => {
    const loaded = [...loadedBy(dir, join(dir, start))].map((f) => relative(dir, f));
    // A content script's own stylesheet, if the build emitted one.
    const css = start.replace(/\.js$/, '.css');
    if (start.startsWith('content-scripts/') && size.has(css)) loaded.push(css);
    const sized = loaded.map((f) => size.get(f)).filter((f): f is SizedFile => !!f);
    return { name, files: sized.map((f) => f.file), raw: sized.reduce((n, f) => n + f.raw, 0), gzip: sized.reduce((n, f) => n + f.gzip, 0) };
  });
  const counted = new Set(entrypoints.flatMap((e) => e.files));
  for (const f of files) {
    if (!counted.has(f.file) && /\.(css|js)$/.test(f.file)) entrypoints.push({ name: `injected asset ${f.file}`, files: [f.file], raw: f.raw, gzip: f.gzip });
  }
  const content = entrypoints.filter((e) => e.name.startsWith('content script'));
  const contentGzip = content.length ? Math.max(...content.map((e) => e.gzip)) : null;
  const budgets = [budget('content script, gzipped', '< 60 KB', contentGzip, (x) => x < 60 * 1024, kb, 'issue 6')];
  return { dir, entrypoints, files, budgets };
}

export function formatSizes(r: SizesResult): string {
  return [
    table(
      ['entrypoint', 'raw', 'gzip', 'files'],
      r.entrypoints.map((e) => [e.name, kb(e.raw), kb(e.gzip), e.files.join(' ')]),
    ),
  ].join('\n');
}
