import { existsSync } from 'node:fs';
import { ensureChromium } from './chromium';
import { EXTENSION_DIR } from './extension';
import buildCli from '../../unit/setup/build-cli';

export default function setup(): void {
  ensureChromium();
  // Some tests compare the page's report with the command line's: the CLI of this moment, built.
  buildCli();
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No test build at ${EXTENSION_DIR}: run "npm run build:test" (npm run test:e2e does it for you).`);
  }
}
