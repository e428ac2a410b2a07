/**
 * `pnpm release:prepare`: the release, in one command, up to the commit.
 *
 *  1. the working tree must be clean (the release commit holds the release only);
 *  2. `pnpm release:check` must pass: the pending changesets cover every difference;
 *  3. `changeset version`: versions bumped, one CHANGELOG.md per package, changesets consumed;
 *  4. `pnpm install`: the lockfile follows the new versions;
 *  5. what records versions is regenerated: core's JSON Schema files, data's generated files
 *     (meta.coreSchemaVersion, meta.parserVersion, datapackage.json's version);
 *  6. a build of what changed, then `pnpm release:snapshot`: the public surface of the new
 *     versions into release/snapshot/;
 *  7. `pnpm release:check` again: no differences from the snapshot, no pending changesets;
 *  8. the gates (unless --skip-gates): test, typecheck, lint, publint, attw, pack smoke, docs.
 *
 * It prints the new versions and the commands that commit and tag the release; with --commit it
 * runs them (one commit, one `<name>@<version>` tag per package, via `changeset tag`).
 *
 *   pnpm release:prepare [--commit] [--skip-gates] [--allow-dirty]
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishedPackages } from './surface.js';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    commit: { type: 'boolean', default: false },
    'skip-gates': { type: 'boolean', default: false },
    'allow-dirty': { type: 'boolean', default: false },
  },
});

// This script runs under `tsx --tsconfig tsconfig.base.json`, which tsx passes on to child tsx
// processes as a relative path: the package scripts run in their own folder and have their own.
const env = { ...process.env };
delete env.TSX_TSCONFIG_PATH;

function run(command: string, args: string[], what = `${command} ${args.join(' ')}`): string {
  process.stdout.write(`\n=== ${what} ===\n`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) {
    process.stderr.write(
      `release:prepare stopped: \`${what}\` failed (exit ${result.status}). Nothing was committed.\n`,
    );
    process.exit(1);
  }
  return result.stdout ?? '';
}

const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();

if (!values['allow-dirty'] && git('status', '--porcelain') !== '') {
  process.stderr.write('release:prepare: the working tree has uncommitted changes; commit or stash them first.\n');
  process.exit(1);
}
const before = new Map(publishedPackages(root).map((p) => [p.name, p.version]));

run('pnpm', ['release:check'], 'release check (before): the pending changesets cover every difference');
run(process.execPath, [resolve(root, 'node_modules/@changesets/cli/bin.js'), 'version'], 'changeset version');
run('pnpm', ['install', '--no-frozen-lockfile'], 'pnpm install (the lockfile follows the versions)');
run('pnpm', ['--filter', '@gongbao/core', 'json-schema'], 'regenerate the core JSON Schema files');
run(
  'pnpm',
  ['--filter', '@gongbao/data', 'generate'],
  'regenerate the data (it records the versions it was made with)',
);
run(process.execPath, [resolve(root, 'scripts/build-changed.mjs')], 'build what changed');
run('pnpm', ['release:snapshot'], 'write the release snapshot');
const after = run('pnpm', ['release:check'], 'release check (after): the tree is the snapshot');
if (/^ {2}(major|minor|patch) /m.test(after)) {
  process.stderr.write('release:prepare: the tree still differs from the snapshot it just wrote.\n');
  process.exit(1);
}
if (!values['skip-gates']) {
  for (const script of ['test', 'typecheck', 'lint', 'publint', 'attw', 'smoke']) run('pnpm', [script]);
  run('pnpm', ['run', 'docs']);
}

const released = publishedPackages(root).filter((p) => before.get(p.name) !== p.version);
const summary = released.map((p) => `${p.name} ${p.version}`).join(', ');
process.stdout.write(`\nReleased: ${summary || '(nothing: no package changed version)'}\n`);
const message = `release: ${summary} — versions, CHANGELOGs and release/snapshot from the pending changesets`;
if (values.commit) {
  run('git', ['add', '-A'], 'git add -A');
  run('git', ['commit', '-q', '-m', message], 'git commit');
  run(process.execPath, [resolve(root, 'node_modules/@changesets/cli/bin.js'), 'tag'], 'changeset tag');
  process.stdout.write(`committed ${git('rev-parse', '--short', 'HEAD')} and tagged ${released.length} package(s)\n`);
} else {
  process.stdout.write(
    `Review \`git status\` / \`git diff\`, then:\n  git add -A && git commit -m ${JSON.stringify(message)}\n` +
      '  node node_modules/@changesets/cli/bin.js tag   # one <name>@<version> tag per package\n' +
      '(or run `pnpm release:prepare --commit` next time).\n',
  );
}
