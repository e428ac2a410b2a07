/**
 * Reading the analyst files with DuckDB (the real engine, @duckdb/node-api) as an analyst would,
 * and turning its values into the cells the built resources hold.
 */
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll } from 'vitest';
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

/**
 * One in-memory DuckDB connection for the test file that calls this (opened before its tests,
 * closed after them); the returned function gives it inside a test.
 */
export function useDuckDB(): () => DuckDBConnection {
  let connection: DuckDBConnection | undefined;
  beforeAll(async () => {
    connection = await (await DuckDBInstance.create(':memory:')).connect();
  });
  afterAll(() => {
    connection?.closeSync();
  });
  return () => {
    if (!connection) throw new Error('DuckDB is not open: call useDuckDB() at the top of the test file');
    return connection;
  };
}
