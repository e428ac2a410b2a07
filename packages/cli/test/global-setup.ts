import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds the packages whose sources changed, so that the tests run the current dist/bin.js. */
export default function setup(): void {
  const root = join(import.meta.dirname, '../../..');
  execFileSync(process.execPath, [join(root, 'scripts/build-changed.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
}
