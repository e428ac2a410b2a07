/**
 * Reading the analyst files back as a reader would: each CSV parsed by csv-parse (RFC 4180) and
 * its cells checked and typed by the resource's Table Schema in datapackage.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isIsoDate } from '@gongbao/utils';
import { parse } from 'csv-parse/sync';

export const packageDir = join(import.meta.dirname, '..');

/** A field of a Table Schema as datapackage.json writes it. */
export interface SchemaField {
  name: string;
  type: string;
  description?: string;
  unit?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

/** A resource of datapackage.json. */
export interface PackageResource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  encoding: string;
  bytes: number;
  hash: string;
  schema: {
    fields: SchemaField[];
    primaryKey: string[];
    foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
    missingValues: string[];
  };
}

/** The datapackage.json of the package. */
export interface Descriptor {
  name: string;
  version: string;
  resources: PackageResource[];
  [key: string]: unknown;
}

export function readDescriptor(): Descriptor {
  return JSON.parse(readFileSync(join(packageDir, 'datapackage.json'), 'utf8')) as Descriptor;
}

export type Value = string | number | boolean | null;

/** The records of a CSV file (header row first), as strings, read with csv-parse. */
export function readCsvRecords(path: string): string[][] {
  return parse(readFileSync(path), { bom: true, record_delimiter: '\r\n', relax_column_count: false }) as string[][];
}

/** One cell typed by its field; throws with what is wrong when it does not fit. */
export function typedCell(text: string, field: SchemaField): Value {
  if (text === '') {
    if (field.constraints?.required) throw new Error(`${field.name}: required, but the cell is empty`);
    return null;
  }
  const enumValues = field.constraints?.enum;
  if (enumValues && !enumValues.includes(text)) throw new Error(`${field.name}: ${text} is not one of ${enumValues}`);
  switch (field.type) {
    case 'integer':
    case 'year':
      if (!/^-?(?:0|[1-9]\d*)$/u.test(text)) throw new Error(`${field.name}: ${text} is not an integer`);
      return Number(text);
    case 'number':
      if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/u.test(text))
        throw new Error(`${field.name}: ${text} is not a number`);
      return Number(text);
    case 'boolean':
      if (text !== 'true' && text !== 'false') throw new Error(`${field.name}: ${text} is not true/false`);
      return text === 'true';
    case 'date':
      if (!isIsoDate(text)) throw new Error(`${field.name}: ${text} is not an ISO date`);
      return text;
    case 'string':
      return text;
    default:
      throw new Error(`${field.name}: unexpected type ${field.type}`);
  }
}

/** The rows of a resource's CSV, typed and checked by its Table Schema (header = the field names). */
export function readResourceRows(resource: PackageResource): Array<Record<string, Value>> {
  const [header, ...records] = readCsvRecords(join(packageDir, resource.path));
  const names = resource.schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names))
    throw new Error(`${resource.name}: header ${header} is not ${names}`);
  return records.map((record, i) => {
    if (record.length !== names.length) throw new Error(`${resource.name} row ${i + 1}: ${record.length} cells`);
    return Object.fromEntries(
      resource.schema.fields.map((f, j) => {
        try {
          return [f.name, typedCell(record[j] ?? '', f)];
        } catch (error) {
          throw new Error(`${resource.name} row ${i + 1}: ${(error as Error).message}`);
        }
      }),
    );
  });
}

/** The key of a row over `fields`, as one string (JSON, so null and "null" differ). */
export const keyOf = (row: Record<string, Value>, fields: readonly string[]): string =>
  JSON.stringify(fields.map((f) => row[f] ?? null));
