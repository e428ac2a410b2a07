/**
 * Validating a parsed value whose tables are large without zod's copy of every row at once.
 *
 * zod's `safeParse` builds a validated copy of all it parses; for a document with a table of
 * 100,000 rows that copy (a record and a source range per row, promoted to the old generation
 * while the table is parsed) is most of the peak heap of `parseDocument`, and zod keeps the copy
 * of a recursive schema's input alive for as long as the input lives (its cycle memo is held by
 * the schema until the next parse). Here the value is validated with each large table cut to its
 * first rows, and the other rows in chunks of their table, each chunk's copy dropped before the
 * next: the peak holds one chunk's copy.
 *
 * It only answers "valid": whenever any part fails, or a table has not the shape it is cut along,
 * the caller validates the whole value as before, so that the issues (their order, paths and
 * bounds) are exactly those of one whole validation. Valid in chunks ⇔ valid whole, because
 * `TableSchema` checks a table row by row: its rows are an array of `TableRowSchema`, and
 * `checkTable` checks each row against the columns and the number of row sources; nothing
 * compares two rows (the test `chunked validation` compares both ways on real and broken tables).
 */
import { TableSchema } from '@gongbao/core';
import type { z } from 'zod';

/** Tables with more cells than this are validated in chunks of about this many cells. */
const CHUNK_CELLS = 4096;

/** How deep the walk looks for tables (a parsed document is far shallower). */
const MAX_DEPTH = 200;

type Plain = Record<string, unknown>;

/** A table of a table block, as the parser makes it. */
interface TableLike extends Plain {
  columns: unknown[];
  rows: unknown[];
  totals: unknown[];
  rowSources?: unknown[];
  totalSources?: unknown[];
}

const isPlain = (value: unknown): value is Plain =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/** A table cut into chunks: its rows (and sources) `[from, to)` per chunk. */
interface Cut {
  table: TableLike;
  rowsPerChunk: number;
}

/** The rows per chunk of a table, or 0 when it is small enough to be validated as it is. */
function rowsPerChunk(table: TableLike): number {
  const width = Math.max(1, table.columns.length);
  if (table.rows.length * width <= CHUNK_CELLS) return 0;
  return Math.max(1, Math.floor(CHUNK_CELLS / width));
}

/** Whether `value` is a table the chunks can be cut from: arrays where TableSchema wants them, one source per row. */
function isCuttable(value: unknown): value is TableLike {
  if (!isPlain(value)) return false;
  const { columns, rows, totals, rowSources, totalSources } = value;
  return (
    Array.isArray(columns) &&
    Array.isArray(rows) &&
    Array.isArray(totals) &&
    (rowSources === undefined || (Array.isArray(rowSources) && rowSources.length === rows.length)) &&
    (totalSources === undefined || Array.isArray(totalSources))
  );
}

/** The table with only the rows `[from, to)` (and their sources), and its totals when `withTotals`. */
function slice(table: TableLike, from: number, to: number, withTotals: boolean): TableLike {
  const part: TableLike = { ...table, rows: table.rows.slice(from, to) };
  if (table.rowSources !== undefined) part.rowSources = table.rowSources.slice(from, to);
  if (!withTotals) {
    part.totals = [];
    if (table.totalSources !== undefined) part.totalSources = [];
  }
  return part;
}

/**
 * The value with each large table of a table block (`{ type: 'table', table }`) replaced by its
 * first chunk — new objects only on the paths to those tables, everything else shared — and the
 * tables cut; `undefined` when the value is too deep to walk or a large table cannot be cut.
 */
function skeleton(value: unknown, cuts: Cut[], depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const replaced = skeleton(item, cuts, depth + 1);
      if (replaced !== item) {
        copy ??= value.slice();
        copy[i] = replaced;
      }
    }
    return copy ?? value;
  }
  if (!isPlain(value)) return value;
  if (value.type === 'table' && isPlain(value.table) && Array.isArray(value.table.rows)) {
    const table = value.table;
    if (!isCuttable(table)) throw new NotCuttable();
    const perChunk = rowsPerChunk(table);
    if (perChunk === 0) return value;
    cuts.push({ table, rowsPerChunk: perChunk });
    return { ...value, table: slice(table, 0, perChunk, true) };
  }
  let copy: Plain | undefined;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const replaced = skeleton(item, cuts, depth + 1);
    if (replaced !== item) {
      copy ??= { ...value };
      copy[key] = replaced;
    }
  }
  return copy ?? value;
}

class TooDeep extends Error {}
class NotCuttable extends Error {}

/**
 * Whether `value` passes `schema`, validated with its large tables in chunks (see the module
 * comment); `undefined` when it does not or cannot be told that way — then validate it whole.
 * `false` is never returned: a failure is left to the whole validation, which reports it.
 *
 * @param schema - The schema of the whole value (DocumentSchema, GazetteIssueSchema …), whose tables are TableSchema's.
 * @param value - The parsed value.
 */
export function validInChunks(schema: z.ZodType, value: unknown): true | undefined {
  const cuts: Cut[] = [];
  let outline: unknown;
  try {
    outline = skeleton(value, cuts);
  } catch (error) {
    if (error instanceof TooDeep || error instanceof NotCuttable) return undefined;
    throw error;
  }
  if (cuts.length === 0) return undefined;
  if (!schema.safeParse(outline).success) return undefined;
  outline = undefined;
  for (const { table, rowsPerChunk } of cuts) {
    for (let from = rowsPerChunk; from < table.rows.length; from += rowsPerChunk) {
      if (!TableSchema.safeParse(slice(table, from, from + rowsPerChunk, false)).success) return undefined;
    }
  }
  return true;
}
