/**
 * `@gongbao/data/files` (Node only): where the analyst files of this package are on disk —
 * datapackage.json, a CSV and a Parquet file per resource, gongbao.sqlite, documents.jsonl — to open them with
 * pandas, R, DuckDB, SQLite, Excel or any CSV reader. Not imported by the browser-safe entries (it uses `node:path` and
 * `node:url`).
 *
 * @packageDocumentation
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParseError } from '@gongbao/utils';
import { dataFileNames } from './generated/files.js';
import { shown } from './internal/shown.js';

/**
 * The names of the analyst files, in the order of datapackage.json: `datapackage.json`, a CSV per
 * resource (`documents.csv`, `blocks.csv`, `fire-stations.csv` …), a Parquet file per resource
 * (`fire-stations.parquet` …), `gongbao.sqlite` (every resource as a table, and a full-text index) and
 * `documents.jsonl`.
 *
 * @example
 * ```ts
 * dataFiles[0]; //=> 'datapackage.json'
 * dataFiles.includes('fire-stations.csv'); //=> true
 * dataFiles.includes('fire-stations.parquet'); //=> true
 * dataFiles.includes('gongbao.sqlite'); //=> true
 * dataFiles.includes('documents.jsonl'); //=> true
 * ```
 */
export const dataFiles: readonly string[] = Object.freeze([...dataFileNames]);

// dist/ (built) and src/ (sources) are both one folder below the package root.
const packageRoot = join(typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The absolute path of an analyst file of this package, to open with any reader (pandas, R,
 * DuckDB, Excel). `datapackage.json` is at the package root (its resource paths are relative to
 * it); the other files are in the package's `files/` folder.
 *
 * @param name - The file name, one of {@link dataFiles}, e.g. `fire-stations.csv`.
 * @returns The absolute path of the file.
 * @throws ParseError (from `@gongbao/utils`): code `UNKNOWN_FILE` for a name that is not one of
 *   {@link dataFiles} (the message lists them), `NOT_TEXT` for a value that is not a string.
 * @example
 * ```ts
 * dataFile('fire-stations.csv').endsWith('files/fire-stations.csv'); //=> true
 * dataFile('datapackage.json').endsWith('datapackage.json'); //=> true
 * dataFile('no-such-file.csv'); //=> throws ParseError
 * ```
 */
export function dataFile(name: string): string {
  if (typeof name !== 'string') {
    throw new ParseError('NOT_TEXT', shown(name), `dataFile: expected a file name, got ${typeof name}`);
  }
  if (!dataFiles.includes(name)) {
    throw new ParseError(
      'UNKNOWN_FILE',
      name.slice(0, 200),
      `dataFile: no file named "${name.slice(0, 200)}"; the files are ${dataFiles.join(', ')}`,
    );
  }
  return name === 'datapackage.json' ? join(packageRoot, name) : join(packageRoot, 'files', name);
}
