import { existsSync } from 'node:fs';
import { ensureChromium } from './chromium';
import { EXTENSION_DIR } from './extension';

export default function setup(): void {
  ensureChromium();
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No test build at ${EXTENSION_DIR}: run "npm run build:test" (npm run test:e2e does it for you).`);
  }
}
