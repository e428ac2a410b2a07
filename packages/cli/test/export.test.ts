import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '@gongbao/cli';
import { dataFile, dataFiles } from '@gongbao/data/files';
import { describe, expect, it } from 'vitest';
import { gongbao, json } from './gongbao';

/** The terminal's erase-to-end-of-line, after the bar and when it is erased. */
const ERASE_LINE = '\u001b[K';

const folder = () => mkdtempSync(join(tmpdir(), 'gongbao-export-'));

/** Every file under a folder, as paths relative to it. */
function tree(root: string, under = root): string[] {
  return readdirSync(under, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tree(root, join(under, entry.name)) : [relative(root, join(under, entry.name))],
  );
}

// Where each format's files go, relative to --out, from the package's own file list and layout.
const packageRoot = dirname(dataFile('datapackage.json'));
const expected = {
  csv: dataFiles.filter((name) => name.endsWith('.csv')),
  parquet: dataFiles.filter((name) => name.endsWith('.parquet')),
  sqlite: dataFiles.filter((name) => name.endsWith('.sqlite')),
  jsonl: dataFiles.filter((name) => name.endsWith('.jsonl')),
  datapackage: dataFiles
    .filter((name) => name === 'datapackage.json' || name.endsWith('.csv'))
    .map((name) => relative(packageRoot, dataFile(name))),
};
const sourceOf = (format: string, target: string) =>
  format === 'datapackage' ? join(packageRoot, target) : dataFile(target);

describe.concurrent('gongbao export', () => {
  for (const [format, targets] of Object.entries(expected)) {
    it(`--format ${format} copies exactly its files of @gongbao/data, byte for byte`, async () => {
      expect(targets.length).toBeGreaterThan(0);
      const out = join(folder(), 'new', 'dir');
      const result = await gongbao(['export', '--format', format, '--out', out]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(targets.map((target) => `${join(out, target)}\n`).join(''));
      expect(result.stderr).toMatch(
        new RegExp(`^wrote ${targets.length} files? \\([\\d.]+ [kM]B\\) to ${out}\\n$`, 'u'),
      );
      expect(tree(out).sort()).toEqual([...targets].sort());
      for (const target of targets) {
        expect(readFileSync(join(out, target)).equals(readFileSync(sourceOf(format, target))), target).toBe(true);
      }
    });
  }

  it('--json says what was written: format, folder, each file with its size', async () => {
    const out = folder();
    const result = await gongbao(['export', '--format', 'datapackage', '--out', out, '--json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const files = expected.datapackage.map((target) => ({
      name: target.split('/').at(-1),
      path: join(out, target),
      bytes: statSync(join(packageRoot, target)).size,
    }));
    expect(json(result)).toEqual({
      format: 'datapackage',
      out,
      files,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    });
  });

  it('datapackage: every resource path of datapackage.json is a file in the folder', async () => {
    const out = folder();
    expect((await gongbao(['export', '--format', 'datapackage', '--out', out])).status).toBe(0);
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as {
      resources: { path: string }[];
    };
    expect(descriptor.resources.length).toBe(expected.csv.length);
    for (const resource of descriptor.resources) expect(existsSync(join(out, resource.path)), resource.path).toBe(true);
  });

  it('replaces files already in the folder, and a second run gives the same files', async () => {
    const out = folder();
    writeFileSync(join(out, 'documents.jsonl'), 'old\n');
    expect((await gongbao(['export', '--format', 'jsonl', '--out', out])).status).toBe(0);
    expect(readFileSync(join(out, 'documents.jsonl')).equals(readFileSync(dataFile('documents.jsonl')))).toBe(true);
    expect((await gongbao(['export', '--format', 'jsonl', '--out', out])).status).toBe(0);
    expect(tree(out)).toEqual(['documents.jsonl']);
  });

  it('usage errors exit 2: no --format, a format it does not have, no --out, --out -', async () => {
    for (const args of [
      ['export', '--out', folder()],
      ['export', '--format', 'xlsx', '--out', folder()],
      ['export', '--format', 'csv'],
      ['export', '--format', 'csv', '--out', '-'],
      ['export', '--format', 'csv', '--out', ''],
    ]) {
      const result = await gongbao(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^gongbao: .+\n.+\n$/u);
    }
  });

  it('a folder it cannot make or write gets one line naming the path, exit 1', async () => {
    const base = folder();
    const file = join(base, 'a-file');
    writeFileSync(file, 'x');
    const blocked = join(base, 'blocked');
    mkdirSync(join(blocked, 'documents.jsonl'), { recursive: true });
    for (const [out, says] of [
      [file, 'is a file, not a folder'],
      [join(file, 'under'), 'cannot write'],
      ['/proc/gongbao-export', 'cannot write'],
      [blocked, 'is a directory'],
    ] as const) {
      const result = await gongbao(['export', '--format', 'jsonl', '--out', out]);
      expect(result.status, out).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^gongbao: [^\n]+\n$/u);
      expect(result.stderr).toContain(out);
      expect(result.stderr).toContain(says);
    }
  });

  it("refuses the package's own folder (copying a file onto itself would empty it)", async () => {
    const before = readFileSync(dataFile('documents.csv'));
    for (const out of [packageRoot, join(packageRoot, 'files')]) {
      const result = await gongbao(['export', '--format', 'datapackage', '--out', out]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('is the folder of @gongbao/data itself');
    }
    expect(readFileSync(dataFile('documents.csv')).equals(before)).toBe(true);
  });

  it('draws a progress bar on a terminal stderr only, and erases it', async () => {
    const draw = async (isTTY: boolean) => {
      const stdout = new PassThrough();
      const stderr = Object.assign(new PassThrough(), { isTTY });
      const code = await run(['export', '--format', 'csv', '--out', folder()], {
        stdout,
        stderr,
        env: { NO_COLOR: '1' },
      });
      return { code, err: String(stderr.read() ?? '') };
    };
    const tty = await draw(true);
    expect(tty.code).toBe(0);
    expect(tty.err).toMatch(/^\rexporting csv \[[#-]+\] +\d+% [\d.]+\/[\d.]+ MB/u);
    expect(tty.err).toContain(`\r${ERASE_LINE}wrote ${expected.csv.length} files`);
    const pipe = await draw(false);
    expect(pipe.code).toBe(0);
    expect(pipe.err).not.toContain('\r');
    expect(pipe.err).toMatch(/^wrote \d+ files/u);
  });
});
