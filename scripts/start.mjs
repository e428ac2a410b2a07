#!/usr/bin/env node
// `pnpm start`: builds the packages whose sources changed (scripts/build-changed.mjs; the build log
// is shown only when it fails), prints the summary of the bundled gazette issue with the `gongbao`
// command, then what a newcomer can try next: the command line, the docs, the data files.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
const bin = resolve(root, 'packages/cli/dist/bin.js');
const summary = spawnSync(process.execPath, [bin, 'summary', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (summary.status !== 0) process.exit(summary.status ?? 1);

// The data files an analyst can open, as far as this checkout has them.
const dataFiles = [
  ['packages/data/datapackage.json', 'the Frictionless data package: every table with its fields, types and keys'],
  ['packages/data/files/', 'a CSV (UTF-8 with a byte-order mark) and a Parquet file per table of the data package'],
  ['packages/data/files/gongbao.sqlite', 'every table in one SQLite database, with a full-text index'],
  ['packages/data/files/documents.jsonl', 'every document, one core Document as JSON a line'],
  ['packages/data/src/generated/issue.json', 'the whole issue as JSON, in the core schemas’ shapes'],
  ['packages/data/corrections.json', 'every correction made to the source text, with the reason'],
  ['packages/data/source/changzhi-gongbao-2024-03.md', 'the source text, verbatim'],
  ['packages/core/json-schema', 'JSON Schema files for every entity: the data dictionary'],
].filter(([path]) => existsSync(resolve(root, path)));
// Terminal columns: CJK and full-width characters take two.
const width = (text) =>
  [...text].reduce(
    (n, ch) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
        ? 2
        : 1),
    0,
  );
const table = (rows) => {
  const column = Math.max(...rows.map(([left]) => width(left))) + 3;
  return rows.map(([left, right]) => `    ${left}${' '.repeat(column - width(left))}${right}`);
};
const cli = 'node packages/cli/dist/bin.js';
const lines = [
  '',
  'Try next:',
  `  the command line (\`gongbao\` once @gongbao/cli is installed; here ${cli}):`,
  ...table([
    [`${cli} --help`, 'every command'],
    [`${cli} list --type 通知`, 'the documents, filtered'],
    [`${cli} show 长政规〔2024〕1号`, 'one document; --text for its full text'],
    [`${cli} search 低空经济`, 'full-text search, each hit in context'],
    [`${cli} workdays add 2024-09-30 1`, 'the PRC working-day calendar'],
    [`${cli} export --format csv --out /tmp/gongbao-csv`, 'the data files into a folder (also parquet, sqlite, jsonl)'],
  ]),
  '  the docs:',
  ...table([
    ['pnpm run docs', 'the API reference and the guides, into docs/api/index.html'],
    ['docs/architecture.md', 'how the packages fit together, and where to change what'],
    ['CONTRIBUTING.md', 'every command: tests, benchmarks, packaging, releases'],
  ]),
  '  the data files:',
  ...table(dataFiles),
];
process.stdout.write(`${lines.join('\n')}\n`);
