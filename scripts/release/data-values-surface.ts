/**
 * The data of `@gongbao/data` as values to compare between releases: for every document (by id) a
 * hash of each of its fields, for every table (by id) its columns and a hash of each row, and the
 * ids of the recorded corrections. Hashes keep the snapshot small; a difference names the document
 * field or table row that changed.
 */
import { hashOf } from './hash.js';
import type { DataValues, TableColumn, TableValues } from './types.js';

/** What the reader needs of a document and of a table (the core `Document` and `Table` shapes). */
export interface DocumentLike {
  readonly id: string;
}
export interface TableLike {
  readonly id: string;
  readonly columns: ReadonlyArray<{
    readonly name: string;
    readonly type: string;
    readonly unit?: string | undefined;
    readonly description?: string | undefined;
  }>;
  readonly rows: readonly unknown[];
}

function tableValues(table: TableLike): TableValues {
  const { columns, rows, id: _id, ...rest } = table as TableLike & Record<string, unknown>;
  return {
    meta: hashOf(rest),
    columns: columns.map((c): TableColumn => {
      const column: TableColumn = { name: c.name, type: c.type };
      if (c.unit !== undefined) column.unit = c.unit;
      if (c.description !== undefined) column.text = hashOf(c.description);
      return column;
    }),
    rows: rows.map((row) => hashOf(row)),
  };
}

/** The values of the given documents, tables and corrections; throws on a repeated id. */
export function dataValues(
  documents: readonly DocumentLike[],
  tables: readonly TableLike[],
  corrections: ReadonlyArray<{ readonly id: string }> = [],
): DataValues {
  const out: DataValues = { documents: {}, tables: {}, corrections: corrections.map((c) => c.id) };
  for (const document of documents) {
    if (out.documents[document.id]) throw new Error(`two documents have the id ${document.id}`);
    out.documents[document.id] = Object.fromEntries(
      Object.entries(document).map(([field, value]) => [field, hashOf(value)]),
    );
  }
  for (const table of tables) {
    if (out.tables[table.id]) throw new Error(`two tables have the id ${table.id}`);
    out.tables[table.id] = tableValues(table);
  }
  return out;
}
