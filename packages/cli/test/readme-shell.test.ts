/**
 * The ```sh examples of the README's "Command line" and of docs/command-line.md, run as a user
 * would: each line by /bin/sh, in order, in a folder holding the files they name, with `gongbao`
 * on the PATH. (The ```console examples, whose output is shown, are compared exactly by
 * readme.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentToText } from '@gongbao/core';
import { getDocument } from '@gongbao/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from './gongbao';

/** The command lines of every ```sh block of a Markdown text (from `from` on), comments apart. */
function shellLines(markdown: string, from = ''): { line: string; comment: string }[] {
  const text = markdown.slice(Math.max(0, markdown.indexOf(from)));
  const lines: { line: string; comment: string }[] = [];
  for (const [, block = ''] of text.matchAll(/```sh\n([\s\S]*?)```/gu)) {
    for (const raw of block.split('\n')) {
      const [line = '', comment = ''] = raw.split(/\s+#\s/u);
      if (line.trim()) lines.push({ line: line.trim(), comment });
    }
  }
  return lines;
}

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongbao-shell-'));
  // `gongbao` as an installed package puts it on the PATH.
  writeFileSync(join(dir, 'gongbao'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(dir, 'gongbao'), 0o755);
  // The files the examples name: the made-up 2027 notice of the tests, the bundled issue as
  // published, one 公文 and two 公文 one after the other (the issue's two 批复, as text).
  copyFileSync(join(import.meta.dirname, 'fixtures/made-up-2027-notice.txt'), join(dir, '2027.txt'));
  copyFileSync(join(import.meta.dirname, '../../data/source/changzhi-gongbao-2024-03.md'), join(dir, 'gazette.md'));
  const text = (id: string) => {
    const doc = getDocument(id);
    if (!doc) throw new Error(`no document ${id}`);
    return documentToText(doc);
  };
  writeFileSync(join(dir, 'notice.txt'), text('长政函-2024-22'));
  writeFileSync(join(dir, 'replies.txt'), `${text('长政函-2024-22')}\n\n${text('长政函-2024-30')}`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs one example line. What follows a `&&` that is not gongbao (duckdb, frictionless: tools a
 * reader may not have) is left out; `pbpaste` (the clipboard) holds the 2027 notice.
 */
function run(line: string): { status: number | null; stdout: string; stderr: string } {
  const [first = '', ...rest] = line.split(' && ');
  const command = [first, ...rest.filter((part) => part.startsWith('gongbao '))].join(' && ');
  const result = spawnSync('/bin/sh', ['-c', `pbpaste() { cat 2027.txt; }\n${command}`], {
    cwd: dir,
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
const guide = readFileSync(join(import.meta.dirname, '../../../docs/command-line.md'), 'utf8');

describe.each([
  ['the README\'s "Command line"', shellLines(readme, '## Command line')],
  ['docs/command-line.md', shellLines(guide)],
])('every ```sh example of %s works as shown', (_, lines) => {
  it('has examples (the extraction found them)', () => {
    expect(lines.length).toBeGreaterThanOrEqual(8);
    expect(lines.every(({ line }) => /\bgongbao /u.test(line))).toBe(true);
  });

  it('runs each line in order: exit 0, output or the file it writes, the date its comment names', () => {
    for (const { line, comment } of lines) {
      const result = run(line);
      expect(result.status, `${line}\n${result.stderr}`).toBe(0);
      const written = /(?:>|--out) (\S+)$/u.exec(line.split(' && ')[0] ?? '')?.[1];
      if (written) expect(existsSync(join(dir, written)), `${line} writes ${written}`).toBe(true);
      else expect(result.stdout.trim(), line).not.toBe('');
      for (const date of comment.match(/\d{4}-\d\d-\d\d/gu) ?? []) expect(result.stdout, line).toContain(date);
    }
  });
});

it('the files the examples write are what they say: the issue as parsed, a CSV with a header, a data package', () => {
  for (const line of [
    'gongbao parse gazette.md --json > issue.json',
    'gongbao table fire-vehicles --format csv > vehicles.csv',
    'gongbao export --format datapackage --out changzhi-2024-03',
  ])
    expect(run(line).status, line).toBe(0);
  const { issue } = JSON.parse(readFileSync(join(dir, 'issue.json'), 'utf8'));
  expect(issue.documents).toHaveLength(17); // the bundled issue's 17 documents
  expect(readFileSync(join(dir, 'vehicles.csv'), 'utf8').split('\n')[0]).toContain(',');
  expect(existsSync(join(dir, 'changzhi-2024-03/datapackage.json'))).toBe(true);
});
