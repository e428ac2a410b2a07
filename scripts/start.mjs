#!/usr/bin/env node
// `pnpm start`: builds the packages whose sources changed (scripts/build-changed.mjs; the build log
// is shown only when it fails), then prints the summary of the bundled gazette issue with the
// `gongbao` command.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
process.stdout.write('Building packages… ');
const build = spawnSync(process.execPath, [resolve(root, 'scripts/build-changed.mjs'), '--quiet'], {
  cwd: root,
  encoding: 'utf8',
});
if (build.status !== 0) {
  process.stdout.write('failed\n');
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  process.exit(build.status ?? 1);
}
process.stdout.write(`${build.stdout.trim()}\n\n`);
const summary = spawnSync(
  process.execPath,
  [resolve(root, 'packages/cli/dist/bin.js'), 'summary', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(summary.status ?? 1);
