// Renders assets/icon.svg to the PNG sizes browsers and stores ask for (assets/public/icon/N.png),
// with the same Chromium the tests use. Run after changing the SVG: `npx tsx scripts/make-icons.ts`.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../tests/e2e/setup/chromium';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('assets/icon.svg', 'utf8');
mkdirSync('assets/public/icon', { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `assets/public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`Wrote ${SIZES.map((s) => `assets/public/icon/${s}.png`).join(', ')}`);
