/**
 * Every command that reads a file, given what users give by mistake — a missing path, a directory,
 * a binary file, a file it may not read, a path through a file, a symbolic-link loop, an empty
 * name — and every command that names a document, given ids and 发文字号 it does not have or
 * cannot read: one line naming the path (or the text) and what to do, and the right exit code.
 */
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from '@gongbao/data';
import { describe, expect, it } from 'vitest';
import { gongbao, json, viaJson } from './gongbao';

const dir = mkdtempSync(join(tmpdir(), 'gongbao-bad-input-'));
chmodSync(dir, 0o755); // another user (below) must reach the files inside
const path = (name: string) => join(dir, name);
writeFileSync(path('binary.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
writeFileSync(path('text.txt'), '本办法自2024年6月22日起执行。\n');
writeFileSync(path('secret.txt'), '本办法自2024年6月22日起执行。\n');
chmodSync(path('secret.txt'), 0o000);
mkdirSync(path('folder'));
symlinkSync(path('loop-b'), path('loop-a'));
symlinkSync(path('loop-a'), path('loop-b'));

/** The commands that read a file, with the file's place among their arguments. */
const READERS: readonly ((file: string) => string[])[] = [
  (file) => ['parse', file],
  (file) => ['parse', file, '--document', '--json'],
  (file) => ['dates', file],
  (file) => ['dates', file, '--json'],
  (file) => ['validate', file],
  (file) => ['calendar', '--notice', file],
  (file) => ['workdays', 'add', '2024-09-30', '1', '--notice', file],
  (file) => ['workdays', 'count', '2024-10-01', '2024-10-31', '--notice', file],
  (file) => ['deadline', '2024年底前', '--notice', file],
];

const BAD_FILES: readonly (readonly [string, RegExp])[] = [
  [path('missing.txt'), /missing\.txt: no such file; check the path/u],
  [path('folder'), /folder: is a directory; give a file/u],
  [path('binary.png'), /binary\.png: a binary file \(a NUL byte at offset 8\), not text; give a text file/u],
  [path('text.txt/inside.txt'), /text\.txt\/inside\.txt: a part of the path before the file name is not a directory/u],
  [path('loop-a'), /loop-a: too many symbolic links/u],
  [join(dir, 'x'.repeat(300)), /x{300}: the path is too long/u],
];

/** One message line and at most one line saying what to do: no stack trace, no internal error. */
function expectOneLineError(run: { stdout: string; stderr: string }, message: RegExp, what: string): void {
  expect(run.stdout, what).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines[0], what).toMatch(/^gongbao: /u);
  expect(lines[0], what).toMatch(message);
  expect(lines.length, what).toBeLessThanOrEqual(2);
  expect(run.stderr, what).not.toMatch(/internal error|at .+:\d+:\d+\)/u);
}

describe.concurrent('a file that cannot be read', () => {
  it('is a one-line failure naming the path and what to do (exit 1), for every command that reads one', async () => {
    await Promise.all(
      READERS.flatMap((args) =>
        BAD_FILES.map(async ([file, message]) => {
          const run = await gongbao(args(file));
          const what = args(file).join(' ');
          expect(run.status, what).toBe(1);
          expectOneLineError(run, message, what);
        }),
      ),
    );
  });

  it('says "permission denied" for a file the user may not read (exit 1)', async () => {
    // root reads any file: the check runs as the unprivileged user nobody then.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    await Promise.all(
      READERS.map(async (args) => {
        const run = await gongbao(args(path('secret.txt')), uid === undefined ? {} : { uid });
        const what = args('secret.txt').join(' ');
        expect(run.status, what).toBe(1);
        expectOneLineError(run, /secret\.txt: permission denied; check the file's permissions/u, what);
      }),
    );
  });

  it('is a usage error (exit 2) when the file name is empty', async () => {
    await Promise.all(
      READERS.map(async (args) => {
        const run = await gongbao(args(''));
        expect(run.status, args('').join(' ')).toBe(2);
        expectOneLineError(run, /the file name is empty/u, args('').join(' '));
        expect(run.stderr).toContain('Give a path, or - to read stdin.');
      }),
    );
  });

  it('reads a good file where a bad one failed (the cases above fail for their reason only)', async () => {
    const run = await gongbao(['dates', path('text.txt'), '--json']);
    expect(run.status).toBe(0);
    expect(json(run)).toMatchObject([{ type: 'effective', date: '2024-06-22' }]);
  });

  it('names the folder when --out cannot be written', async () => {
    const cases: [string, RegExp][] = [
      [path('no/such/result.json'), /no\/such\/result\.json: cannot write: its folder does not exist/u],
      [path('folder'), /folder: cannot write: is a directory; give a file name/u],
      [path('text.txt/result.json'), /result\.json: cannot write: its folder does not exist/u],
    ];
    for (const [out, message] of cases) {
      const run = await gongbao(['parse', path('text.txt'), '--document', '--out', out]);
      expect(run.status, out).toBe(1);
      const last = run.stderr.trimEnd().split('\n').pop();
      expect(last, out).toMatch(message);
    }
  });
});

describe.concurrent('a document the issue does not have', () => {
  it('is a failure (exit 1), not a usage error, for text that is neither an id nor a 发文字号', async () => {
    for (const text of ['nope', '消防工作', '长政发', '2024年5号', '长政发〔2024〕5号号']) {
      const run = await gongbao(['show', text]);
      expect(run.status, text).toBe(1);
      expectOneLineError(run, /is neither a document id nor a 发文字号/u, text);
      expect(run.stderr, text).toContain(`gongbao search ${text}`);
    }
  });

  it('is a failure (exit 1) for an id or number of this issue that does not exist, naming those it has', async () => {
    for (const text of ['长政发〔2024〕7号', '长政发-2024-7', '长政发(２０２４)第07号', '晋政发〔2024〕1号']) {
      const run = await gongbao(['show', text, '--json']);
      expect(run.status, text).toBe(1);
      expectOneLineError(run, /^gongbao: no document \S+ in this issue$/u, text);
    }
  });

  it('is a usage error (exit 2) when no document is named', async () => {
    for (const args of [
      ['show', ''],
      ['show', '  '],
    ]) {
      const run = await gongbao(args);
      expect(run.status).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe('gongbao: no document given');
    }
    expect((await gongbao(['show'])).status).toBe(2);
  });

  it('finds the document for the odd spellings real texts use', async () => {
    const fire = viaJson(getDocument('长政发-2024-5'));
    for (const spelling of [
      '长政发﹝2024﹞5号', // the small brackets of many government web pages
      '长政发［２０２４］５号',
      '长政发（2024）第05号',
      '长政发 〔 2024 〕 5 号',
      '长 政 发〔2024〕5号',
      '长政发【2024】5',
      '长政发-２０２４-５',
      '长政发 - 2024 - 5',
    ]) {
      const run = await gongbao(['show', spelling, '--json']);
      expect(run.status, spelling).toBe(0);
      expect(json(run), spelling).toEqual(fire);
    }
  });

  it('is a failure (exit 1) for a table the issue does not have', async () => {
    const run = await gongbao(['table', 'fire']);
    expect(run.status).toBe(1);
    expectOneLineError(run, /no table 'fire' in this issue/u, 'table fire');
    expect(run.stderr).toContain('Did you mean fire-stations, fire-vehicles, fire-equipment?');
  });
});
