/**
 * DuckDB (the real engine, @duckdb/node-api) reads every Parquet file of the package with
 * `read_parquet` and gets the rows of the built resources (the rows of the CSV files) with the
 * column types of the Table Schema: no type detection involved, the types are in the files.
 */
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../scripts/generate';
import { buildResources } from '../scripts/lib/files/resources';
import { readQuery, sqlPath } from './duckdb-helpers';
import { readDescriptor } from './files-helpers';

const descriptor = readDescriptor();
const resources = buildResources(buildAll());

/** The DuckDB type of each Table Schema type in the Parquet files (INT32 → INTEGER, INT64 → BIGINT). */
const PARQUET_TYPES: Record<string, string[]> = {
  string: ['VARCHAR'],
  integer: ['INTEGER', 'BIGINT'],
  year: ['INTEGER'],
  number: ['DOUBLE'],
  date: ['DATE'],
  boolean: ['BOOLEAN'],
};

let connection: DuckDBConnection;

beforeAll(async () => {
  const db = await DuckDBInstance.create(':memory:');
  connection = await db.connect();
});

afterAll(() => {
  connection?.closeSync();
});

const parquetPath = (name: string) => `files/${name}.parquet`;

describe('DuckDB read_parquet', () => {
  it('finds a Parquet file for every resource of datapackage.json, and no other', () => {
    expect(resources.map((r) => r.name)).toEqual(descriptor.resources.map((r) => r.name));
  });

  it.each(descriptor.resources.map((r) => [r.name, r] as const))(
    'reads %s with the Table Schema types and the rows of the CSV',
    async (name, r) => {
      const parquet = await readQuery(connection, `SELECT * FROM read_parquet(${sqlPath(parquetPath(name))})`);
      expect(parquet.names).toEqual(r.schema.fields.map((f) => f.name));
      const described = await readQuery(
        connection,
        `DESCRIBE SELECT * FROM read_parquet(${sqlPath(parquetPath(name))})`,
      );
      r.schema.fields.forEach((f, i) => {
        const type = described.rows[i]?.column_type;
        expect(PARQUET_TYPES[f.type], `${name}.${f.name} read as ${type}`).toContain(type);
        expect(parquet.types[i]).toBe(type);
      });
      expect(parquet.rows).toEqual(resources.find((b) => b.name === name)?.rows);
      const csv = await readQuery(connection, `SELECT * FROM read_csv(${sqlPath(r.path)}, header = true)`);
      expect(parquet.rows).toEqual(csv.rows);
    },
  );

  it('keeps nulls as nulls (not empty strings or zeros)', async () => {
    const withNull = resources.flatMap((r) =>
      r.fields.filter((f) => r.rows.some((row) => row[f.name] === null)).map((f) => [r.name, f.name] as const),
    );
    expect(withNull.length).toBeGreaterThan(0);
    for (const [name, field] of withNull.slice(0, 20)) {
      const expected = resources.find((r) => r.name === name)?.rows.filter((row) => row[field] === null).length;
      const sql = `SELECT count(*) AS n FROM read_parquet(${sqlPath(parquetPath(name))}) WHERE "${field}" IS NULL`;
      const { rows } = await readQuery(connection, sql);
      expect(rows[0]?.n, `${name}.${field}`).toBe(expected);
    }
  });

  it('joins datasets with documents on documentId, with typed dates', async () => {
    const sql = `SELECT d.docNumber, typeof(any_value(d.writtenDate)) AS t, count(*) AS n
      FROM read_parquet(${sqlPath('files/fire-stations.parquet')}) s
      JOIN read_parquet(${sqlPath('files/documents.parquet')}) d ON s.documentId = d.id GROUP BY d.docNumber`;
    const { rows } = await readQuery(connection, sql);
    expect(rows).toEqual([{ docNumber: '长政发〔2024〕5号', t: 'DATE', n: 119 }]);
  });
});
