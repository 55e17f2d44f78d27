import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './setup/extension';

// What the built extension ships (issue 7): no code from strings, no remote code, the browser's default
// MV3 content security policy, and only the permissions the README justifies.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const scripts = files(EXTENSION_DIR).filter((f) => f.endsWith('.js'));
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('the built extension', () => {
  test('has scripts to check', () => expect(scripts.length).toBeGreaterThanOrEqual(4));

  test.each(scripts.map((f) => [f.slice(EXTENSION_DIR.length + 1), f]))('%s: no eval, no new Function, no remote script', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\s*\(/);
    expect(code).not.toMatch(/\bsetTimeout\s*\(\s*["'`]/);
    expect(code).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(code).not.toMatch(/importScripts\s*\(\s*["'`]https?:/);
  });

  test('keeps the default MV3 content security policy and asks only for justified permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'offscreen', 'scripting', 'storage']);
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    expect(manifest.content_scripts).toBeUndefined(); // injected only when the reader asks, or opts in
    expect(manifest.web_accessible_resources).toBeUndefined(); // nothing a page could probe for
    const readme = readFileSync('README.md', 'utf8');
    for (const permission of manifest.permissions) expect(readme).toContain(`\`${permission}\``);
  });
});
