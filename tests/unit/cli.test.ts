import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
