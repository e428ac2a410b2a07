import type { ListBlock, Table, TableColumn, TableRow } from '@gongbao/core';
import { type DocumentNumber, parseOutlineMarker } from '@gongbao/utils';
import type { ParseContext, Range } from './context.js';
import type { CleanText } from './markup.js';
import { compact } from './rules.js';
import type { SourceLine } from './scan.js';
import { checkAlignment, checkCounts, checkRestarts, checkTotals } from './table-checks.js';
import { type BodyRows, DataRows } from './table-data.js';
import { isColumnMajorLayout, readColumnMajor } from './table-layout.js';
import {
  cellCount,
  isBoldAt,
  isNumeric,
  looksLikeHeader,
  NO_CARRY,
  RawRows,
  rowsOf,
  sameRow,
  TOTAL_LABEL,
  toNumber,
  unitOf,
} from './table-rows.js';
import { capOutlierRows } from './wide-rows.js';

/** What the table builder needs besides the lines. */
export interface TableOptions {
  id: string;
  title?: string;
  label?: string;
  documentNumber?: DocumentNumber;
  notes: string[];
  /** Receives the text of every filled cell, for citations. */
  cells?: CleanText[];
}

/** The result: a typed table, or a list when the lines were a two-column layout of items. */
export type TableResult =
  | { kind: 'table'; table: Table; source: Range }
  | { kind: 'list'; list: ListBlock; source: Range };

/**
 * Builds a typed table from tab-separated lines (all parts of a table continued with 续表):
 * header rows recognised and repeated headers of continuations dropped; columns typed (numbers
 * as numbers, the unit of a numeric column moved from its header `短缺数量(辆)` into the column);
 * merged cells resolved by carrying text down (never across a change of the column to the left);
 * group rows (`<b>一、…</b>` alone on a row) turned into a 分组 column; totals rows (合计) kept
 * apart; counts such as (9座) checked against what they span. Anything the rules cannot make
 * consistent is reported, not changed. Rows are read into flat arrays (RawRows, DataRows): no
 * object or array per row besides the table's own records and row sources.
 */
export function buildTable(
  ctx: ParseContext,
  parts: ReadonlyArray<readonly SourceLine[]>,
  options: TableOptions,
): TableResult {
  // The parts are not empty (blocks.ts drops empty ones); no flat copy of the lines is needed.
  const lastPart = parts[parts.length - 1] as readonly SourceLine[];
  const range = ctx.linesRange(parts[0]?.[0] as SourceLine, lastPart[lastPart.length - 1] as SourceLine);
  // The clean text of every filled cell goes to options.cells as the rows are read. Part p is
  // rows partStart[p] … partStart[p + 1] − 1.
  let lineCount = 0;
  let cells = 0;
  for (const lines of parts) {
    lineCount += lines.length;
    cells += cellCount(ctx.source, lines);
  }
  // One row per line: the arrays are made at their size once.
  const rows = new RawRows(ctx.source, lineCount, cells);
  const partStart: number[] = [];
  for (const lines of parts) {
    partStart.push(rows.length);
    rowsOf(ctx, lines, rows, options.cells);
  }
  partStart.push(rows.length);
  capOutlierRows(ctx, rows);
  if (!looksLikeHeader(rows, 0) && isColumnMajorLayout(rows)) {
    return { kind: 'list', list: readColumnMajor(ctx, rows, range), source: range };
  }

  // Header rows: the first row if it looks like one, and a second one under it that fills gaps.
  const firstPartRows = (partStart[1] as number) - (partStart[0] as number);
  const header: number[] = [];
  if (firstPartRows > 0 && looksLikeHeader(rows, 0)) {
    header.push(0);
    if (firstPartRows > 1 && looksLikeHeader(rows, 1) && fillsGap(rows, 1, 0)) header.push(1);
  }
  if (header.length === 0) {
    ctx.report(
      'table-header-unknown',
      'Table without a recognisable header row; columns are numbered',
      range.start,
      range.end,
    );
  }
  // Row indices in a typed array (4 bytes a row): at most one per row.
  const bodyRows = new Int32Array(rows.length);
  let bodyCount = 0;
  for (let p = 0; p < parts.length; p++) {
    const first = partStart[p] as number;
    const end = partStart[p + 1] as number;
    let from = p === 0 ? header.length : 0;
    // A continuation repeats the header: drop it.
    if (p > 0) {
      while (from < header.length && first + from < end && sameRow(rows, first + from, header[from] as number)) from++;
    }
    for (let r = first + from; r < end; r++) bodyRows[bodyCount++] = r;
  }
  const body = bodyRows.subarray(0, bodyCount);

  let width = 1;
  for (let r = 0; r < rows.length; r++) width = Math.max(width, rows.width(r));
  const headerCells = columnNames(rows, header, width);
  // Names: header cells joined with /, made unique; 列1, 列2 … without a header.
  const names = uniqueNames(headerCells.map((cells, c) => (cells.length === 0 ? `列${c + 1}` : cells.join('/'))));
  // Group rows: a single filled first cell, bold or numbered 一、, in a table of several columns.
  const restEmpty = (r: number) => {
    for (let c = 1; c < rows.width(r); c++) if (rows.text(r, c) !== '') return false;
    return true;
  };
  const isGroup = (r: number) =>
    width > 1 &&
    restEmpty(r) &&
    rows.text(r, 0) !== '' &&
    (isBoldAt(rows, r, 0) || parseOutlineMarker(rows.text(r, 0))?.kind === 'chinese');
  const hasGroups = body.some(isGroup);

  const dataRows = new DataRows(rows, width, hasGroups, body.length);
  let group: string | undefined;
  for (const r of body) {
    let label: string | undefined;
    let labelAt = -1;
    for (let c = 0; c < rows.width(r) && label === undefined; c++) {
      if (rows.text(r, c) !== '') {
        label = rows.text(r, c);
        labelAt = c;
      }
    }
    if (label === undefined) continue;
    if (hasGroups && isGroup(r)) {
      group = rows.text(r, 0);
      continue;
    }
    // The first filled cell, within the first two: a totals label.
    const total = TOTAL_LABEL.test(label) && labelAt <= 1 ? compact(label) : undefined;
    dataRows.push(r, group, total);
  }

  // Column types from the data rows (totals excluded).
  // Without totals rows (most tables) the data rows themselves, not a copy.
  const plain = dataRows.withoutTotals();
  // One loop per column, without an array of its values.
  const types: Array<'integer' | 'number' | 'string'> = names.map((_, c) => {
    let filled = false;
    let integer = true;
    for (let r = 0; r < plain.length; r++) {
      const v = plain.cell(r, c);
      if (v === '') continue;
      if (!isNumeric(v)) return 'string';
      filled = true;
      if (integer && !Number.isInteger(toNumber(v))) integer = false;
    }
    if (!filled) return 'string';
    return integer ? 'integer' : 'number';
  });

  // Merged cells: carry text down in string columns, within the span of the column to the left.
  const carry = names.map((name, c) => types[c] === 'string' && !NO_CARRY.test(name));
  // Columns with empty cells are merged cells (spans); a column filled on every row (序号) is not.
  const spanning = names.map((_, c) => {
    for (let r = 0; r < plain.length; r++) if (plain.own(r, c) === '') return true;
    return false;
  });
  const spanStart: number[][] = names.map(() => []);
  // Pieces of a merged cell cut into one line per row are joined first; they start no span.
  const pieces = joinSplitCells(ctx, plain, names, types);
  for (let r = 0; r < plain.length; r++) {
    const first = r === 0;
    let parentContinues = true;
    for (let c = 0; c < width; c++) {
      const value = plain.cell(r, c);
      const own = pieces.has(r * width + c) ? '' : plain.own(r, c);
      if (value !== '') {
        if (own !== '') {
          (spanStart[c] as number[]).push(r);
          // A new value in a column with merged cells starts a new span; a column filled on
          // every row (序号, 项目内容) does not.
          if (spanning[c]) parentContinues = false;
        }
        continue;
      }
      if (!carry[c] || first) continue;
      if (!parentContinues || (plain.group(r - 1) !== plain.group(r) && hasGroups)) {
        if (!parentContinues && plain.cell(r - 1, c) !== '') {
          const line = plain.line(r);
          ctx.report(
            'table-span-crosses-parent',
            `Empty ${names[c]} cell on a row that starts a new ${names[c - 1] ?? 'group'}: not carried down (rows may be shifted)`,
            line.start,
            line.end,
          );
        }
        continue;
      }
      plain.setCell(r, c, plain.cell(r - 1, c));
    }
  }
  checkCounts(ctx, plain, names, spanStart, options.title, range);
  checkAlignment(ctx, plain, names, types);
  checkRestarts(ctx, plain, names, types);

  const columns: TableColumn[] = [];
  if (hasGroups) {
    columns.push({
      name: uniqueName('分组', names),
      type: 'string',
      description: 'The group row (a full-width row such as 一、深入推进县城建设提质增效) the row belongs to.',
    });
  }
  names.forEach((name, c) => {
    const type = types[c] ?? 'string';
    const above = headerCells[c] ?? [];
    const column: TableColumn = { name, type };
    if (type !== 'string' && above.length > 0) {
      // The unit of a numeric column, written in brackets in a header cell, moves to the column.
      let unit: string | undefined;
      const stripped = above.map((cell) => {
        const m = unitOf(cell);
        if (!m) return cell;
        unit ??= m.unit;
        return m.name;
      });
      if (unit !== undefined) {
        column.name = stripped.join('/');
        column.unit = unit;
      }
    }
    if (header.length > 1 && above.length > 0) column.header = above;
    columns.push(column);
  });
  // Stripping units can make names equal again (面积（亩）, 面积（公顷）).
  uniqueNames(columns.map((c) => c.name)).forEach((name, c) => {
    (columns[c] as TableColumn).name = name;
  });
  const groupName = hasGroups ? (columns[0] as TableColumn).name : undefined;
  const offset = hasGroups ? 1 : 0;
  const value = (c: number, text: string): string | number | null => {
    if (text === '') return null;
    return types[c] === 'string' ? text : toNumber(text);
  };
  const records: TableRow[] = [];
  const totals: Table['totals'] = [];
  // Provenance per row: the row's own printed line (values carried down from a merged cell
  // above, and the group label, come from the lines where they are written).
  const rowSources: Range[] = [];
  const totalSources: Range[] = [];
  for (let d = 0; d < dataRows.length; d++) {
    const label = dataRows.total(d);
    if (label !== undefined) {
      const values: TableRow = {};
      for (let c = 0; c < width; c++) {
        const text = dataRows.cell(d, c);
        if (types[c] !== 'string' && text !== '' && isNumeric(text))
          values[(columns[c + offset] as TableColumn).name] = value(c, text);
      }
      totals.push({ label, values });
      totalSources.push(ctx.linesRange(dataRows.line(d)));
      continue;
    }
    rowSources.push(ctx.linesRange(dataRows.line(d)));
    const record: TableRow = {};
    if (groupName !== undefined) record[groupName] = dataRows.group(d) ?? null;
    for (let c = 0; c < width; c++) record[(columns[c + offset] as TableColumn).name] = value(c, dataRows.cell(d, c));
    records.push(record);
  }
  checkTotals(ctx, records, totals, columns, dataRows);

  const table: Table = {
    id: options.id,
    title: options.title ?? options.label ?? options.id,
    columns,
    rows: records,
    totals,
    notes: options.notes,
    parts: parts.length,
    source: range,
    rowSources,
    totalSources,
  };
  if (options.label !== undefined) table.label = options.label;
  if (options.documentNumber !== undefined) table.documentNumber = options.documentNumber;
  return { kind: 'table', table, source: range };
}

/** Whether row `second` has a filled cell where row `first` has an empty one (both within their cells). */
function fillsGap(rows: RawRows, second: number, first: number): boolean {
  for (let c = 0; c < rows.width(second); c++) {
    if (rows.text(second, c) !== '' && c < rows.width(first) && rows.text(first, c) === '') return true;
  }
  return false;
}

function uniqueName(name: string, taken: readonly string[]): string {
  const set = new Set(taken);
  let candidate = name;
  for (let k = 2; set.has(candidate); k++) candidate = `${name}_${k}`;
  return candidate;
}

/**
 * The names made unique with `_2`, `_3` … Each base resumes counting where it stopped, so n equal
 * names cost O(n), not O(n²) (a header row of 100,000 equal cells).
 */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const next = new Map<string, number>();
  return names.map((base) => {
    let name = base;
    let k = next.get(base) ?? 2;
    while (seen.has(name)) name = `${base}_${k++}`;
    next.set(base, k);
    seen.add(name);
    return name;
  });
}

/**
 * The header cells above each column, top to bottom; an empty first-row cell right of a filled
 * one is part of a horizontally merged header cell and repeats it (`单位名称`, then `单位名称_2`
 * once names are made unique).
 */
function columnNames(rows: RawRows, header: readonly number[], width: number): string[][] {
  const cells: string[][] = Array.from({ length: width }, () => []);
  header.forEach((r, h) => {
    let left = -1;
    for (let c = 0; c < width; c++) {
      const text = rows.text(r, c);
      if (text !== '') {
        left = c;
        (cells[c] as string[]).push(text);
      } else if (h === 0 && left !== -1) {
        // Horizontally merged header cell: it belongs to the filled one on its left.
        (cells[c] as string[]).push(rows.text(r, left));
      }
    }
  });
  return cells;
}

/**
 * Joins the text of a merged cell that the conversion cut into one piece per row. A column is
 * filled once per group of rows (the group begins where the first column has a value) in most
 * groups; where instead it has short pieces on every row of a group, they are one cell's text.
 */
function joinSplitCells(
  ctx: ParseContext,
  rows: BodyRows & { setCell(i: number, c: number, text: string): void },
  names: readonly string[],
  types: ReadonlyArray<string>,
): Set<number> {
  const joinedPieces = new Set<number>();
  const width = names.length;
  // The groups of several rows (a group begins where the first column has a value, and at the
  // first row); one-row groups, most rows of most tables, are not kept.
  const multi: Array<[number, number]> = [];
  let groupStart = 0;
  for (let r = 1; r <= rows.length; r++) {
    if (r < rows.length && rows.own(r, 0) === '') continue;
    if (r - 1 > groupStart) multi.push([groupStart, r - 1]);
    groupStart = r;
  }
  if (multi.length < 2) return joinedPieces;
  for (let c = 1; c < names.length; c++) {
    if (types[c] !== 'string') continue;
    const ownIn = (r: number) => rows.own(r, c);
    const oncePerGroup = multi.filter(([a, b]) => {
      for (let r = a + 1; r <= b; r++) if (ownIn(r) !== '') return false;
      return true;
    }).length;
    if (oncePerGroup * 2 <= multi.length) continue;
    for (const [a, b] of multi) {
      const pieces = [];
      for (let r = a; r <= b; r++) pieces.push(ownIn(r));
      if (!pieces.every((p) => p !== '' && p.length <= 12 && !/[。；，,]/u.test(p))) continue;
      const joined = pieces.join('');
      for (let r = a; r <= b; r++) {
        rows.setCell(r, c, joined);
        if (r > a) joinedPieces.add(r * width + c);
      }
      const from = rows.line(a);
      const to = rows.line(b);
      ctx.report(
        'table-cell-joined',
        `${names[c]}: the pieces ${pieces.join(' / ')} of one merged cell were joined as ${joined}`,
        from.start,
        to.end,
      );
    }
  }
  return joinedPieces;
}
