/**
 * Validating a parsed value whose tables or bodies are large without zod's copy of all of it at once.
 *
 * zod's `safeParse` builds a validated copy of all it parses; for a document with a table of
 * 100,000 rows that copy (a record and a source range per row, promoted to the old generation
 * while the table is parsed) is most of the peak heap of `parseDocument`, and zod keeps the copy
 * of a recursive schema's input (the block tree) alive for as long as the input lives (its cycle
 * memo is held by the schema until its next parse). Here the value is validated with each large
 * table cut to its first rows and each long body (`body`: a document's, an enclosure's, an
 * attachment's) to its first blocks; the other rows and blocks are validated in chunks, each
 * chunk's copy dropped before the next: the peak holds one chunk's copy.
 *
 * It only answers "valid": whenever any part fails, or a table has not the shape it is cut along,
 * the caller validates the whole value as before, so that the issues (their order, paths and
 * bounds) are exactly those of one whole validation. Valid in chunks ⇔ valid whole, because
 * `TableSchema` checks a table row by row (its rows are an array of `TableRowSchema`, and
 * `checkTable` checks each row against the columns and the number of row sources; nothing
 * compares two rows), and a body is an array of `BlockSchema` without checks of its own, in
 * objects whose refinements do not read it (the nesting limit is checked per heading, on its
 * `children`, which are never cut). The test `chunked validation` compares both ways on real and
 * broken tables and bodies.
 */
import { DocumentSchema, TableSchema } from '@gongbao/core';
import type { z } from 'zod';

/** Tables with more cells than this are validated in chunks of about this many cells. */
const CHUNK_CELLS = 4096;

/** Bodies of more blocks than this are validated in chunks of this many blocks. */
const CHUNK_BLOCKS = 256;

/** How deep the walk looks for tables (a parsed document is far shallower). */
const MAX_DEPTH = 200;

/** The schema of every body: an array of BlockSchema (the same in a document, an enclosure, an attachment). */
const BODY = DocumentSchema.shape.body;

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

/** What was cut off: a table's rows after the first chunk, or a body's blocks after the first chunk. */
type Cut = { kind: 'table'; table: TableLike; perChunk: number } | { kind: 'body'; blocks: unknown[] };

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

class TooDeep extends Error {}
class NotCuttable extends Error {}

/**
 * The value with each large table of a table block (`{ type: 'table', table }`) replaced by its
 * first chunk, and each long `body` by its first blocks — new objects only on the paths to those,
 * everything else shared — with what was cut off pushed to `cuts`. Throws TooDeep or NotCuttable
 * when the value cannot be told valid this way.
 */
function skeleton(value: unknown, cuts: Cut[], depth: number): unknown {
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return skeletonOfArray(value, cuts, depth);
  if (!isPlain(value)) return value;
  if (value.type === 'table' && isPlain(value.table) && Array.isArray(value.table.rows)) {
    const table = value.table;
    if (!isCuttable(table)) throw new NotCuttable();
    const perChunk = rowsPerChunk(table);
    if (perChunk === 0) return value;
    cuts.push({ kind: 'table', table, perChunk });
    return { ...value, table: slice(table, 0, perChunk, true) };
  }
  let copy: Plain | undefined;
  for (const key of Object.keys(value)) {
    const item = value[key];
    let replaced: unknown;
    if (key === 'body' && Array.isArray(item) && item.length > CHUNK_BLOCKS) {
      cuts.push({ kind: 'body', blocks: item });
      replaced = skeletonOfArray(item.slice(0, CHUNK_BLOCKS), cuts, depth + 1);
    } else replaced = skeleton(item, cuts, depth + 1);
    if (replaced !== item) {
      copy ??= { ...value };
      copy[key] = replaced;
    }
  }
  return copy ?? value;
}

function skeletonOfArray(value: unknown[], cuts: Cut[], depth: number): unknown[] {
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

/**
 * Whether `value` passes `schema`, its cuts validated chunk by chunk (a body's chunks are walked
 * for their own large tables in turn); `undefined` when nothing was cut.
 */
function check(schema: z.ZodType, value: unknown, depth: number): boolean | undefined {
  const cuts: Cut[] = [];
  let outline: unknown = skeleton(value, cuts, depth);
  if (cuts.length === 0) return undefined;
  if (!schema.safeParse(outline).success) return false;
  outline = undefined;
  for (const cut of cuts) {
    if (cut.kind === 'table') {
      const { table, perChunk } = cut;
      for (let from = perChunk; from < table.rows.length; from += perChunk) {
        if (!TableSchema.safeParse(slice(table, from, from + perChunk, false)).success) return false;
      }
    } else {
      const { blocks } = cut;
      for (let from = CHUNK_BLOCKS; from < blocks.length; from += CHUNK_BLOCKS) {
        const chunk = blocks.slice(from, from + CHUNK_BLOCKS);
        const valid = check(BODY, chunk, depth + 1) ?? BODY.safeParse(chunk).success;
        if (!valid) return false;
      }
    }
  }
  return true;
}

/**
 * Whether `value` passes `schema`, validated with its large tables and long bodies in chunks (see
 * the module comment); `undefined` when it does not or cannot be told that way — then validate it
 * whole. `false` is never returned: a failure is left to the whole validation, which reports it.
 *
 * @param schema - The schema of the whole value (DocumentSchema, GazetteIssueSchema …), whose tables are TableSchema's and bodies arrays of BlockSchema.
 * @param value - The parsed value.
 */
export function validInChunks(schema: z.ZodType, value: unknown): true | undefined {
  try {
    return check(schema, value, 0) === true ? true : undefined;
  } catch (error) {
    if (error instanceof TooDeep || error instanceof NotCuttable) return undefined;
    throw error;
  }
}
