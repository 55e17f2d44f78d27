import { beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';

// The store archives as `npm run zip` writes them: what a reviewer at the Chrome Web Store or
// addons.mozilla.org receives. Built fresh here, then opened with a small ZIP reader (below).

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const OUT = resolve('.output');
const ZIPS = {
  chrome: join(OUT, `${pkg.name}-${pkg.version}-chrome.zip`),
  firefox: join(OUT, `${pkg.name}-${pkg.version}-firefox.zip`),
  sources: join(OUT, `${pkg.name}-${pkg.version}-sources.zip`),
};
const ICON_SIZES = [16, 32, 48, 96, 128];

/** Reads every file of a ZIP archive (stored or deflated entries; no ZIP64, no encryption). */
function readZip(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path}: no end of central directory`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`${path}: bad local header for ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressedSize);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : null;
    if (!data) throw new Error(`${path}: ${name} uses compression method ${method}`);
    if (data.length !== size) throw new Error(`${path}: ${name} is ${data.length} bytes, the directory says ${size}`);
    files.set(name, data);
  }
  return files;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  description: string;
  icons: Record<string, string>;
  permissions: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  background: { service_worker?: string; scripts?: string[] };
  action: { default_popup: string };
  options_ui: { page: string };
  browser_specific_settings?: {
    gecko?: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } };
  };
}

const archives = {} as Record<keyof typeof ZIPS, Map<string, Buffer>>;

beforeAll(() => {
  for (const zip of Object.values(ZIPS)) rmSync(zip, { force: true });
  execFileSync('npm', ['run', 'zip'], { stdio: 'pipe' });
  for (const [key, path] of Object.entries(ZIPS)) archives[key as keyof typeof ZIPS] = readZip(path);
}, 180_000);

describe.each(['chrome', 'firefox'] as const)('the %s store archive', (browser) => {
  const manifest = () => JSON.parse(archives[browser].get('manifest.json')!.toString('utf8')) as Manifest;

  test('manifest: name, version from package.json, short description, MV3, the minimal permissions', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('Sourcelight');
    expect(m.version).toBe(pkg.version);
    expect(m.description.length).toBeGreaterThan(20);
    expect(m.description.length).toBeLessThanOrEqual(132); // the Chrome Web Store's limit
    // `offscreen` (the engine's page) is Chrome's alone: Firefox's event page has a DOM.
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'chrome' ? ['offscreen'] : [])]);
    expect(m.optional_host_permissions).toEqual(['<all_urls>']);
    // The test flavor's local host access must never ship.
    expect(m.host_permissions).toBeUndefined();
  });

  test('icons in every size, each a PNG of that size', () => {
    const m = manifest();
    expect(Object.keys(m.icons).map(Number).sort((a, b) => a - b)).toEqual(ICON_SIZES);
    for (const size of ICON_SIZES) {
      const file = archives[browser].get(m.icons[size]);
      expect(file, `icon ${size}`).toBeDefined();
      expect(pngSize(file!)).toEqual([size, size]);
    }
  });

  test('every file the manifest names is in the archive', () => {
    const m = manifest();
    const named = [m.action.default_popup, m.options_ui.page, ...(m.background.scripts ?? []), m.background.service_worker ?? ''];
    for (const file of named.filter(Boolean)) expect(archives[browser].has(file), file).toBe(true);
    expect(archives[browser].has('in-page.js')).toBe(true);
    expect(archives[browser].has('highlights.css')).toBe(true);
  });

  test('no source maps, tests, fixtures or test-flavor code', () => {
    const names = [...archives[browser].keys()];
    expect(names.filter((n) => /\.map$|(^|\/)(tests?|fixtures|__tests__)\/|\.(test|spec)\.|\.ts$/.test(n))).toEqual([]);
    for (const [name, data] of archives[browser]) {
      if (!/\.(js|html|css|json)$/.test(name)) continue;
      const text = data.toString('utf8');
      expect(text, name).not.toContain('sourceMappingURL');
      expect(text, name).not.toContain('127.0.0.1');
      expect(text, name).not.toContain('on-demand.test'); // the test flavor's stand-in for activeTab
      expect(text, name).not.toContain('sourcelightTest'); // the test flavor's hooks on the worker
    }
  });

  if (browser === 'chrome') {
    test('Chrome: a service worker and no Firefox keys', () => {
      const m = manifest();
      expect(m.background.service_worker).toBe('background.js');
      expect(m.browser_specific_settings).toBeUndefined();
    });
  } else {
    test('Firefox: an event page, an add-on id, Firefox 140+, and no data collection', () => {
      const m = manifest();
      expect(m.background.scripts).toEqual(['background.js']);
      expect(m.browser_specific_settings?.gecko).toEqual({
        id: 'sourcelight@sourcelight.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      });
    });
  }
});

describe('the sources archive for addons.mozilla.org', () => {
  test('holds what the build needs and nothing else', () => {
    const names = [...archives.sources.keys()];
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'CHANGELOG.md', 'store/privacy.md', 'store/description.md', 'assets/icon.svg', 'assets/public/icon/128.png', 'extension/background.ts', 'src/types.ts']) {
      expect(names, file).toContain(file);
    }
    expect(names.filter((n) => /^(node_modules|\.output|\.wxt|test-results|tests|bench|scripts)\/|\.(test|spec)\.ts$/.test(n))).toEqual([]);
    expect(readFileSync(ZIPS.sources).length).toBeLessThan(1_000_000);
  });

  test('rebuilding from it (npm run build:firefox) gives exactly the files of the Firefox archive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-sources-'));
    try {
      for (const [name, data] of archives.sources) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), data);
      }
      // Stands in for `npm ci` (no network in tests): the same locked packages.
      symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
      execFileSync('npm', ['run', 'build:firefox'], { cwd: dir, stdio: 'pipe' });
      const built = join(dir, '.output/firefox-mv3');
      for (const [name, data] of archives.firefox) {
        expect(existsSync(join(built, name)), name).toBe(true);
        expect(readFileSync(join(built, name)).equals(data), `${name} differs`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('web-ext lint on the Firefox build', () => {
  interface LintMessage {
    code: string;
    message: string;
    file?: string;
    line?: number;
    column?: number;
  }

  test('no errors, no notices; the only warnings are innerHTML assignments inside Readability', () => {
    const dir = resolve('.output/firefox-mv3'); // what `npm run zip` just packed
    let stdout: string;
    try {
      stdout = execFileSync(resolve('node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-input', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
      stdout = String((error as { stdout?: unknown }).stdout ?? '');
    }
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    // The engine runs in Firefox's event page: Readability is bundled into background.js.
    const engine = readFileSync(join(dir, 'background.js'), 'utf8').split('\n');
    for (const warning of report.warnings) {
      expect(`${warning.code} in ${warning.file}`).toBe('UNSAFE_VAR_ASSIGNMENT in background.js');
      // Readability restores its cached page and unwraps <noscript> images with innerHTML, on the
      // document it parses (here a DOMParser document, which runs no script and loads nothing).
      const around = engine[(warning.line ?? 1) - 1].slice(Math.max(0, (warning.column ?? 0) - 600), (warning.column ?? 0) + 200);
      expect(around, 'warning not inside Readability').toMatch(/readability-page-1|_isSingleImage|_attempts/);
    }
    expect(report.warnings.length).toBeLessThanOrEqual(2);
  }, 60_000);
});

describe('release notes', () => {
  test('CHANGELOG.md has a section for the package version, and the store texts exist', () => {
    expect(readFileSync('CHANGELOG.md', 'utf8')).toMatch(new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    expect(readFileSync('store/privacy.md', 'utf8')).toMatch(/collects no data/i);
    expect(readFileSync('store/privacy.md', 'utf8')).toMatch(/no network requests/i);
    expect(readFileSync('store/description.md', 'utf8').length).toBeGreaterThan(400);
  });
});
