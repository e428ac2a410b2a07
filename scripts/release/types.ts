/**
 * The vocabulary of the release check: a package's public surface (what a release promises), the
 * differences between two surfaces, and the semver levels they require.
 */

/** A semver bump, in increasing order of what it promises to break. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';

export const BUMPS: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** The larger of two bumps. */
export const maxBump = (a: Bump, b: Bump): Bump => (BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b);

/** True when `actual` is at least `required`. */
export const covers = (actual: Bump, required: Bump): boolean => BUMPS.indexOf(actual) >= BUMPS.indexOf(required);

/** What an export is to a user: something to call or read at run time, a type, or both. */
export type ExportKind = 'value' | 'type' | 'value+type';

/** One node of a flattened JSON Schema: a field, an array's items, a union branch, a definition. */
export interface SchemaNode {
  /** The type: `string`, `object`, `string|null`, `ref:Table`, `oneOf`, `const:"table"`, … */
  type: string;
  /** Whether the parent object requires it (always true for items, branches and roots). */
  required: boolean;
  /** The allowed values, when an enum. */
  enum?: string[];
  /** Validation keywords (minLength, pattern, additionalProperties, …) with their values. */
  constraints?: Record<string, unknown>;
  /** A short hash of the description and title (a changed text is a patch). */
  text?: string;
}

/** A JSON Schema file flattened to its nodes, keyed by path (`.title`, `.body[]`, `$defs/Table.rows`). */
export type SchemaSurface = Record<string, SchemaNode>;

/** One field of a Frictionless Table Schema. */
export interface DataPackageField {
  name: string;
  type: string;
  format?: string;
  required: boolean;
  enum?: string[];
  constraints?: Record<string, unknown>;
  text?: string;
}

/** One resource of a Frictionless Data Package. */
export interface DataPackageResource {
  path: string;
  fields: DataPackageField[];
  primaryKey: string[];
  /** `fields → resource.fields`, one string per foreign key. */
  foreignKeys: string[];
}

/** The part of a `datapackage.json` a reader depends on: its resources and their Table Schemas. */
export interface DataPackageSurface {
  name?: string;
  resources: Record<string, DataPackageResource>;
}

/** One column of a data table. */
export interface TableColumn {
  name: string;
  type: string;
  unit?: string;
  /** A short hash of the column's description. */
  text?: string;
}

/** A table of the data package as values: columns, and a hash per row. */
export interface TableValues {
  /** A hash of everything but the columns and rows (title, notes, source, …). */
  meta: string;
  columns: TableColumn[];
  rows: string[];
}

/** The data of a package as values: a hash per document field, the tables by id. */
export interface DataValues {
  documents: Record<string, Record<string, string>>;
  tables: Record<string, TableValues>;
  /** Ids of the recorded corrections applied to the source. */
  corrections: string[];
}

/** Everything one release of a package promises its users. */
export interface PackageSurface {
  name: string;
  version: string;
  /** Entry point (`.`, `./dates`, `./json-schema/*`) → export name → kind (files: no names). */
  exports: Record<string, Record<string, ExportKind>>;
  /** JSON Schema file name → flattened schema (`@gongbao/core`). */
  jsonSchemas?: Record<string, SchemaSurface>;
  /** The `datapackage.json` (`@gongbao/data`). */
  dataPackage?: DataPackageSurface;
  /** The documents, tables and corrections as values (`@gongbao/data`). */
  data?: DataValues;
}

/** One difference between the last release and what would be released now. */
export interface Difference {
  package: string;
  level: Exclude<Bump, 'none'>;
  /** What kind of change, e.g. `field removed`, `value corrected`, `export added`. */
  kind: string;
  /** Where: the file, field path, document or table. */
  where: string;
  /** Details for the reader: before → after, the rule applied. */
  detail?: string;
}
