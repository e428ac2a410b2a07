/**
 * `gongbao export --format csv | parquet | sqlite | jsonl | datapackage --out DIR [--json]`: the analyst
 * files shipped in @gongbao/data, copied byte for byte into a folder.
 */
import { copyFile, mkdir, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { dataFile, dataFiles } from '@gongbao/data/files';
import { failure, usageError } from '../cli-error.js';
import { type Context, writeJson } from '../context.js';
import { Progress } from '../progress.js';
import { writeFileError } from '../write-error.js';

/** The formats, as `--format` takes them. */
export type ExportFormat = 'csv' | 'parquet' | 'sqlite' | 'jsonl' | 'datapackage';

interface ExportOptions {
  readonly format: ExportFormat;
  readonly out: string;
  readonly json?: boolean;
}

/** One file to copy: its name in `dataFiles`, where it is, where it goes under DIR. */
interface Planned {
  readonly name: string;
  readonly source: string;
  readonly target: string;
}

const EXTENSION: Readonly<Record<Exclude<ExportFormat, 'datapackage'>, string>> = {
  csv: '.csv',
  parquet: '.parquet',
  sqlite: '.sqlite',
  jsonl: '.jsonl',
};

/**
 * The files of a format. A format of single files puts them side by side in DIR; `datapackage` is
 * datapackage.json and the CSV files in the package's own layout (datapackage.json, files/*.csv),
 * so that the resource paths in datapackage.json hold in DIR too.
 */
function plan(format: ExportFormat): Planned[] {
  if (format === 'datapackage') {
    const root = dirname(dataFile('datapackage.json'));
    return dataFiles
      .filter((name) => name === 'datapackage.json' || name.endsWith('.csv'))
      .map((name) => ({ name, source: dataFile(name), target: relative(root, dataFile(name)) }));
  }
  const extension = EXTENSION[format];
  return dataFiles
    .filter((name) => name.endsWith(extension))
    .map((name) => ({ name, source: dataFile(name), target: name }));
}

/**
 * Creates a folder and its parents, each at most twice: Node's `mkdir(…, { recursive: true })`
 * loops for ever where mkdir says ENOENT of a parent that exists (under /proc).
 */
async function makeFolders(path: string): Promise<void> {
  try {
    await mkdir(path);
    return;
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'EEXIST') return;
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw error;
  }
  await makeFolders(dirname(path));
  try {
    await mkdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** Creates DIR (and its parents); a failure names it and says why. */
async function makeFolder(path: string): Promise<void> {
  try {
    await makeFolders(resolve(path));
  } catch (error) {
    throw writeFileError(path, error, 'give a folder');
  }
  const info = await stat(path);
  if (!info.isDirectory()) {
    throw failure(`${path}: cannot write: is a file, not a folder; give a folder, e.g. --out ${path}.d`);
  }
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

export async function exportCommand(ctx: Context, options: ExportOptions): Promise<void> {
  const { format, out } = options;
  if (out.trim() === '') throw usageError('--out needs a folder name', 'e.g. gongbao export --format csv --out data');
  if (out === '-') {
    throw usageError('--out takes a folder, not - (export writes several files)', `e.g. --out gongbao-${format}`);
  }
  const files = plan(format);
  const sizes = await Promise.all(files.map(async ({ source }) => (await stat(source)).size));
  const total = sizes.reduce((sum, bytes) => sum + bytes, 0);
  await makeFolder(out);
  // Never onto the package's own files (copying a file onto itself would truncate it first).
  const packageRoot = await realpath(dirname(dataFile('datapackage.json')));
  const folder = await realpath(out);
  if (folder === packageRoot || folder === join(packageRoot, 'files')) {
    throw failure(`${out}: is the folder of @gongbao/data itself; give another --out`);
  }

  const progress = new Progress(ctx, `exporting ${format}`, total);
  const written: { name: string; path: string; bytes: number }[] = [];
  let done = 0;
  try {
    for (const [i, file] of files.entries()) {
      const target = join(out, file.target);
      if (file.target !== file.name) await makeFolder(dirname(target));
      try {
        await copyFile(file.source, target);
      } catch (error) {
        throw writeFileError(target, error, `remove it or give another --out`);
      }
      done += sizes[i] ?? 0;
      progress.update(done);
      written.push({ name: file.name, path: resolve(target), bytes: sizes[i] ?? 0 });
    }
  } finally {
    progress.done();
  }

  if (options.json) {
    await writeJson(ctx, { format, out: resolve(out), files: written, bytes: total });
    return;
  }
  for (const file of written) ctx.out.line(join(out, relative(resolve(out), file.path)));
  const count = `${written.length} file${written.length === 1 ? '' : 's'}`;
  ctx.err.line(ctx.errColor.dim(`wrote ${count} (${size(total)}) to ${out}`));
}
