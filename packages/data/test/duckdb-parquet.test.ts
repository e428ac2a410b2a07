/**
 * DuckDB (the real engine, @duckdb/node-api) reads every Parquet file of the package with
 * `read_parquet` and gets the rows of the built resources (the rows of the CSV files) with the
 * column types of the Table Schema: no type detection involved, the types are in the files.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../scripts/generate';
import { buildResources } from '../scripts/lib/files/resources';
import { readQuery, sqlPath, useDuckDB } from './duckdb-helpers';
import { packageDir, readDescriptor } from './files-helpers';

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

const duckdb = useDuckDB();

const parquetPath = (name: string) => `files/${name}.parquet`;

describe('DuckDB read_parquet', () => {
  it('finds a Parquet file for every resource of datapackage.json, and no other', () => {
    const files = readdirSync(join(packageDir, 'files')).filter((f) => f.endsWith('.parquet'));
    expect(files.sort()).toEqual(descriptor.resources.map((r) => parquetPath(r.name).slice('files/'.length)).sort());
  });

  it.each(descriptor.resources.map((r) => [r.name, r] as const))(
    'reads %s with the Table Schema types and the built rows (nulls as nulls)',
    async (name, r) => {
      const parquet = await readQuery(duckdb(), `SELECT * FROM read_parquet(${sqlPath(parquetPath(name))})`);
      expect(parquet.names).toEqual(r.schema.fields.map((f) => f.name));
      r.schema.fields.forEach((f, i) => {
        expect(PARQUET_TYPES[f.type], `${name}.${f.name} read as ${parquet.types[i]}`).toContain(parquet.types[i]);
      });
      // The CSV test compares the CSV rows with the same built rows.
      expect(parquet.rows).toEqual(resources.find((b) => b.name === name)?.rows);
    },
  );

  it('joins datasets with documents on documentId, with typed dates', async () => {
    const sql = `SELECT d.docNumber, typeof(any_value(d.writtenDate)) AS t, count(*) AS n
      FROM read_parquet(${sqlPath('files/fire-stations.parquet')}) s
      JOIN read_parquet(${sqlPath('files/documents.parquet')}) d ON s.documentId = d.id GROUP BY d.docNumber`;
    const { rows } = await readQuery(duckdb(), sql);
    expect(rows).toEqual([{ docNumber: '长政发〔2024〕5号', t: 'DATE', n: 119 }]);
  });
});
