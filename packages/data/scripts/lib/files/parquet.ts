/**
 * Parquet of a resource, written by hyparquet-writer with an explicit schema from the Table Schema
 * types, so DuckDB, pandas, polars and Spark read typed columns: integers INT32 (INT64 when a value
 * does not fit), numbers DOUBLE, dates DATE (days since 1970-01-01, computed from the ISO text
 * without a time zone), booleans BOOLEAN, strings UTF-8. A field with `required` is REQUIRED, every
 * other field OPTIONAL (null is a missing value). Deterministic: the same rows give the same bytes
 * (no clock in the file; `created_by` is fixed).
 */
import { isIsoDate } from '@gongbao/utils';
import { type ColumnSource, parquetWriteBuffer, type SchemaElement } from 'hyparquet-writer';
import type { Cell, FieldSpec, ResourceSpec } from './resource';

/** The `created_by` of every file: no version or time, so the bytes depend only on the rows. */
export const PARQUET_CREATED_BY = 'gongbao @gongbao/data (hyparquet-writer)';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Days since 1970-01-01 of an ISO `YYYY-MM-DD` date (UTC arithmetic: no time zone involved). */
function epochDay(iso: string): number {
  const match = isIsoDate(iso) ? ISO_DATE.exec(iso) : null;
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function fail(resource: ResourceSpec, field: FieldSpec, value: Cell): never {
  throw new Error(`${resource.name}.${field.name}: ${JSON.stringify(value)} does not fit the type ${field.type}`);
}

/** The schema element and the column values of one field. */
function column(resource: ResourceSpec, field: FieldSpec): { element: SchemaElement; data: unknown[] } {
  const values = resource.rows.map((row) => row[field.name] ?? null);
  const repetition_type = field.constraints?.required ? 'REQUIRED' : 'OPTIONAL';
  const check = (ok: (v: Cell) => boolean) => {
    for (const v of values) if (v !== null && !ok(v)) fail(resource, field, v);
  };
  switch (field.type) {
    case 'integer':
    case 'year': {
      check((v) => Number.isSafeInteger(v));
      const wide = values.some((v) => v !== null && ((v as number) < INT32_MIN || (v as number) > INT32_MAX));
      return wide
        ? {
            element: { name: field.name, type: 'INT64', repetition_type },
            data: values.map((v) => (v === null ? null : BigInt(v as number))),
          }
        : { element: { name: field.name, type: 'INT32', repetition_type }, data: values };
    }
    case 'number':
      check((v) => typeof v === 'number' && Number.isFinite(v));
      return { element: { name: field.name, type: 'DOUBLE', repetition_type }, data: values };
    case 'boolean':
      check((v) => typeof v === 'boolean');
      return { element: { name: field.name, type: 'BOOLEAN', repetition_type }, data: values };
    case 'date':
      check((v) => isIsoDate(v)); // a real calendar day, not just the shape (2024-02-30 would run on)
      return {
        element: { name: field.name, type: 'INT32', converted_type: 'DATE', repetition_type },
        data: values.map((v) => (v === null ? null : epochDay(v as string))),
      };
    case 'string':
      check((v) => typeof v === 'string');
      return {
        element: { name: field.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type },
        data: values,
      };
    default:
      throw new Error(`${resource.name}.${field.name}: no Parquet type for ${String(field.type)}`);
  }
}

/** The Parquet bytes of `resource`: one column per field, in the field order, one row per row. */
export function resourceParquet(resource: ResourceSpec): Uint8Array {
  const columns = resource.fields.map((field) => ({ field, ...column(resource, field) }));
  const columnData: ColumnSource[] = columns.map(({ field, data }) => ({
    name: field.name,
    data,
    nullable: !field.constraints?.required,
  }));
  const schema: SchemaElement[] = [
    { name: 'root', num_children: columns.length },
    ...columns.map(({ element }) => element),
  ];
  const buffer = parquetWriteBuffer({
    columnData,
    schema,
    createdBy: PARQUET_CREATED_BY,
    kvMetadata: [{ key: 'description', value: resource.description }],
  });
  return new Uint8Array(buffer);
}
