/**
 * DuckDB (the real engine, @duckdb/node-api) reads every CSV of the package as an analyst would —
 * `read_csv(path, header = true)` with its own type detection — and gets the rows of the built
 * resources, numbers as numbers, dates as dates, and the column types of the Table Schema.
 */
import { describe, expect, it } from 'vitest';
import { buildAll } from '../scripts/generate';
import { buildResources } from '../scripts/lib/files/resources';
import { readQuery, sqlPath, useDuckDB } from './duckdb-helpers';
import { readDescriptor } from './files-helpers';

const descriptor = readDescriptor();
const resources = buildResources(buildAll());

/** The DuckDB types a reader gets for each Table Schema type. */
const DUCKDB_TYPES: Record<string, string[]> = {
  string: ['VARCHAR'],
  integer: ['BIGINT'],
  year: ['BIGINT'],
  // A number column whose values are all whole (217 吨) is detected as BIGINT: still a number.
  number: ['DOUBLE', 'BIGINT'],
  date: ['DATE'],
  boolean: ['BOOLEAN'],
};

const duckdb = useDuckDB();

const read = (path: string) => readQuery(duckdb(), `SELECT * FROM read_csv(${sqlPath(path)}, header = true)`);

describe('DuckDB read_csv', () => {
  it.each(descriptor.resources.map((r) => [r.name, r] as const))(
    'reads %s with its types and rows',
    async (name, r) => {
      const { names, types, rows } = await read(r.path);
      expect(names).toEqual(r.schema.fields.map((f) => f.name));
      r.schema.fields.forEach((f, i) => {
        expect(DUCKDB_TYPES[f.type], `${name}.${f.name} read as ${types[i]}`).toContain(types[i]);
      });
      expect(rows).toEqual(resources.find((b) => b.name === name)?.rows);
    },
  );

  it('joins datasets with documents on documentId', async () => {
    const sql = `SELECT d.docNumber, count(*) AS n FROM read_csv(${sqlPath('files/fire-stations.csv')}) s
      JOIN read_csv(${sqlPath('files/documents.csv')}) d ON s.documentId = d.id GROUP BY d.docNumber`;
    const rows = (await duckdb().runAndReadAll(sql)).getRowObjectsJS();
    expect(rows).toEqual([{ docNumber: '长政发〔2024〕5号', n: 119n }]);
  });
});
