/**
 * The shared shape of the analyst files (issue #15): every file writer (CSV, datapackage.json,
 * Parquet, SQLite) takes the same list of resources, built once from the validated data.
 * Build-time only: nothing under src/ imports this module.
 */

/** A Frictionless Table Schema field type used by the resources. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'year';

/** One column of a resource, as written to its Table Schema. */
export interface FieldSpec {
  /** The column name; one name means one thing across all resources. */
  name: string;
  type: FieldType;
  /** What the column holds (the zod `.describe()` text where it mirrors a schema field). */
  description: string;
  /** The unit of a numeric column (e.g. 座, 辆, 亩), when it has one. */
  unit?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

/** A foreign key: `fields` of this resource reference `reference.fields` of `reference.resource`. */
export interface ForeignKeySpec {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** One cell: null is a missing value (an empty CSV cell). Dates are ISO `YYYY-MM-DD` strings. */
export type Cell = string | number | boolean | null;

/** One table of the files: its Table Schema and its rows (every row has every field, null when missing). */
export interface ResourceSpec {
  /** The resource name (lowercase, `-` separated): also the file name stem, e.g. `documents.csv`. */
  name: string;
  title: string;
  description: string;
  fields: FieldSpec[];
  primaryKey: string[];
  foreignKeys?: ForeignKeySpec[];
  rows: Array<Record<string, Cell>>;
}
