// The CLI tests run the command line as a user does, built (bin/sourcelight.mjs runs dist/cli/):
// built here, once per run, so that they test the code of this moment.
import { execFileSync } from 'node:child_process';

export default function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
}
