import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hugeArticle } from '../fixtures/hostile/pages';

// The command line as a user runs it: a real process, real files, exit codes and streams.
const SEED = 'tests/fixtures/kursk-pushback.html';
let dir: string;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/sourcelight.mjs', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
  writeFileSync(join(dir, 'page.html.gz'), gzipSync(readFileSync(SEED)));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'huge.html'), hugeArticle(10).body);
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sourcelight analyze', () => {
  test('prints a readable summary for one page', () => {
    const { code, stdout } = run('analyze', SEED);
    expect(code).toBe(0);
    expect(stdout).toContain('Russia pushes Ukrainian forces back in Kursk');
    expect(stdout).toMatch(/Grade [A-F] \(\d+\/100\)/);
    expect(stdout).toContain('Anonymous sources');
  });

  test('--json gives the report contract', () => {
    const { code, stdout } = run('analyze', '--json', SEED);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    for (const key of ['file', 'url', 'title', 'byline', 'siteName', 'lang', 'text', 'boilerplate', 'sentences', 'sources', 'links', 'summary']) {
      expect(report).toHaveProperty(key);
    }
    for (const key of ['sentences', 'claims', 'named', 'anonymous', 'vague', 'unsourced', 'quotes', 'externalLinks', 'score', 'grade', 'reasons']) {
      expect(report.summary).toHaveProperty(key);
    }
    const sentence = report.sentences.find((s: { text: string }) => s.text.includes('said one anonymous military strategist'));
    expect(sentence).toMatchObject({ label: 'anonymous', quote: true });
    expect(typeof sentence.reason).toBe('string');
    expect(report.file).toBe(SEED);
    expect(report.url).toBe('https://asiabusinesswire.example/europe/russia-pushes-ukrainian-forces-back-in-kursk');
  });

  test('several inputs give JSON Lines; bad inputs are reported, the others still run, exit is non-zero', () => {
    const inputs = [SEED, join(dir, 'missing.html'), join(dir, 'page.html.gz'), join(dir, 'empty.html'), join(dir, 'binary.bin')];
    const { code, stdout, stderr } = run('analyze', '--json', ...inputs);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.file)).toEqual([SEED, join(dir, 'page.html.gz')]);
    expect(lines[0].summary).toEqual(lines[1].summary);
    expect(stderr).toContain(`${join(dir, 'missing.html')}: no such file`);
    expect(stderr).toContain(`${join(dir, 'empty.html')}: the file is empty`);
    expect(stderr).toContain(`${join(dir, 'binary.bin')}: not an HTML page (binary data)`);
  });

  test('a 10 MB page is refused with a clear message and the next input still runs', () => {
    const { code, stdout, stderr } = run('analyze', '--json', join(dir, 'huge.html'), SEED);
    expect(code).toBe(1);
    expect(stderr).toMatch(/huge\.html: This page is too large to analyse \(10\.0 million characters of text/);
    expect(JSON.parse(stdout.trim()).file).toBe(SEED);
  }, 120_000);

  test('--url sets the page address', () => {
    const { stdout } = run('analyze', '--json', '--url', 'https://other.example/x', SEED);
    expect(JSON.parse(stdout).url).toBe('https://other.example/x');
  });

  test('an unreachable URL is a clear per-input error', () => {
    const { code, stderr } = run('analyze', 'http://127.0.0.1:9/nothing-listens-here');
    expect(code).toBe(1);
    expect(stderr).toContain('cannot fetch http://127.0.0.1:9/nothing-listens-here');
  });

  test('usage errors exit 2 with the usage text', () => {
    const { code, stderr } = run('frobnicate', SEED);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage:');
  });
});

describe('sourcelight --jobs', () => {
  // The largest page of the extraction corpus first, then small ones: on several threads the small
  // ones finish first, and the output must still come in the order the inputs were given.
  const EXTRACTION = 'tests/fixtures/extraction/html';
  const bySize = readdirSync(EXTRACTION).sort((a, b) => readFileSync(join(EXTRACTION, b)).length - readFileSync(join(EXTRACTION, a)).length);
  const inputs = [bySize[0], ...bySize.slice(-5), bySize[1]].map((f) => join(EXTRACTION, f));

  test('output keeps the order of the inputs, and matches one job\'s output', () => {
    const parallel = run('extract', '--json', '--jobs', '3', ...inputs);
    const serial = run('extract', '--json', '--jobs', '1', ...inputs);
    const files = (out: string) => out.trim().split('\n').map((line) => JSON.parse(line).file);
    expect(files(parallel.stdout)).toEqual(inputs);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.code).toBe(0);
  }, 120_000);

  test('bad inputs among good ones are reported in order, the others still run', () => {
    const { code, stdout, stderr } = run('extract', '--json', '--jobs', '2', join(dir, 'missing.html'), SEED, join(dir, 'empty.html'), join(dir, 'page.html.gz'));
    expect(code).toBe(1);
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line).file)).toEqual([SEED, join(dir, 'page.html.gz')]);
    expect(stderr.indexOf('missing.html: no such file')).toBeLessThan(stderr.indexOf('empty.html: the file is empty'));
  });

  test('standard input is read once by the main thread and runs like a file', () => {
    const result = spawnSync(process.execPath, ['bin/sourcelight.mjs', 'extract', '--json', '--jobs', '2', SEED, '-'], { input: readFileSync(SEED), encoding: 'utf8' });
    const [fromFile, fromStdin] = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(fromStdin.file).toBe('-');
    expect(fromStdin.text).toBe(fromFile.text);
  });

  test('--jobs must be a whole number of at least 1', () => {
    for (const bad of ['0', 'two', '-1']) {
      const { code, stderr } = run('extract', `--jobs=${bad}`, SEED);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage:');
    }
  });
});

describe('the built command line', () => {
  test('bin/ runs the JavaScript built in dist/, with no TypeScript compiler, from a copy of the package', () => {
    const sources = [readFileSync('bin/sourcelight.mjs', 'utf8'), ...readdirSync('dist/cli').filter((f) => /\.[cm]js$/.test(f)).map((f) => readFileSync(join('dist/cli', f), 'utf8'))];
    // No import of tsx, typescript or a .ts module.
    for (const source of sources) expect(source).not.toMatch(/(from|import\()\s*["']([^"']*\.ts|tsx[^"']*|typescript)["']/);
    const copy = mkdtempSync(join(tmpdir(), 'sourcelight-built-'));
    try {
      cpSync('bin', join(copy, 'bin'), { recursive: true });
      cpSync('dist/cli', join(copy, 'dist/cli'), { recursive: true });
      symlinkSync(join(process.cwd(), 'node_modules'), join(copy, 'node_modules'));
      const result = spawnSync(process.execPath, [join(copy, 'bin/sourcelight.mjs'), 'analyze', '--json', SEED], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).summary.grade).toMatch(/^[A-F]$/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('the code cache', () => {
  test('the build saves V8’s compiled code of the bundle, and this Node accepts it', () => {
    const check = `import { codeCacheAccepted } from ${JSON.stringify(join(process.cwd(), 'dist/cli/load.mjs'))}; console.log(codeCacheAccepted());`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', check], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('true');
  });

  test('without its cache the command line still runs, compiled from the source', () => {
    const copy = mkdtempSync(join(tmpdir(), 'sourcelight-nocache-'));
    try {
      cpSync('bin', join(copy, 'bin'), { recursive: true });
      cpSync('dist/cli', join(copy, 'dist/cli'), { recursive: true });
      rmSync(join(copy, 'dist/cli/sourcelight.cjs.cache'));
      symlinkSync(join(process.cwd(), 'node_modules'), join(copy, 'node_modules'));
      const withCache = spawnSync(process.execPath, ['bin/sourcelight.mjs', 'extract', SEED], { encoding: 'utf8' });
      const without = spawnSync(process.execPath, [join(copy, 'bin/sourcelight.mjs'), 'extract', SEED], { encoding: 'utf8' });
      expect(without.status).toBe(0);
      expect(without.stdout).toBe(withCache.stdout);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('sourcelight extract', () => {
  test('prints the article text with a blank line between blocks', () => {
    const { code, stdout } = run('extract', SEED);
    expect(code).toBe(0);
    expect(stdout).toContain('Experts suggest that the U.S. reduction in aid has already begun to have an impact.');
    expect(stdout).toMatch(/\n\n/);
    expect(stdout).not.toContain('Is 4% enough?');
  });

  // Bytes written deliberately by tests/fixtures/encoding/make.mjs: é is 0xE9, “ is 0x93, € is 0x80.
  const ENCODED = [
    ['ISO-8859-1 declared by <meta charset>', 'tests/fixtures/encoding/iso-8859-1.html', 'Prices rose by 5° in the garçon index.'],
    ['windows-1252 declared by <meta http-equiv> after a long head', 'tests/fixtures/encoding/windows-1252.html', '“It will cost € 12 million – at least,” she said.'],
  ] as const;
  for (const [what, file, sentence] of ENCODED) {
    test(`a page in ${what} decodes from a file, a .gz and standard input`, () => {
      const gz = join(dir, 'encoded.html.gz');
      writeFileSync(gz, gzipSync(readFileSync(file)));
      const fromStdin = spawnSync(process.execPath, ['bin/sourcelight.mjs', 'extract', '-'], { input: readFileSync(file), encoding: 'utf8' });
      for (const out of [run('extract', file).stdout, run('extract', gz).stdout, fromStdin.stdout]) {
        expect(out).toContain('François Müller');
        expect(out).toContain('São Paulo');
        expect(out).toContain(sentence);
        expect(out).not.toContain('\ufffd');
      }
    });
  }

  test('soft hyphens are gone from the text', () => {
    const { code, stdout } = run('extract', '--json', 'tests/fixtures/encoding/soft-hyphens.html');
    expect(code).toBe(0);
    const { text } = JSON.parse(stdout);
    expect(text).toContain('The Bundesregierung announced on Monday that the infrastructure fund would grow');
    expect(text).not.toContain('\u00ad');
  });

  test('reads standard input with "-"', () => {
    const result = spawnSync(process.execPath, ['bin/sourcelight.mjs', 'extract', '--json', '-'], { input: readFileSync(SEED), encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).file).toBe('-');
  });
});
