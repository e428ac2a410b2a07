/**
 * Reading the analyst files with DuckDB (the real engine, @duckdb/node-api) as an analyst would,
 * and turning its values into the cells the built resources hold.
 */
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { packageDir, type Value } from './files-helpers';

/** A DuckDB value as the JS resources hold it: BIGINT → number, DATE → YYYY-MM-DD. */
export function plain(value: unknown, type: string): Value {
  if (value === null) return null;
  if (typeof value === 'bigint') return Number(value);
  if (type === 'DATE') return String(value);
  return value as Value;
}

/** A file path of the package quoted as an SQL string literal. */
export const sqlPath = (path: string): string => `'${join(packageDir, path).replaceAll("'", "''")}'`;

/** Column names, DuckDB column types and plain rows of a query. */
export async function readQuery(connection: DuckDBConnection, sql: string) {
  const result = await connection.runAndReadAll(sql);
  const names = result.columnNames();
  const types = result.columnTypes().map(String);
  const rows = result
    .getRows()
    .map((row) => Object.fromEntries(names.map((n, i) => [n, plain(row[i], types[i] ?? '')])));
  return { names, types, rows };
}
