import type { ListBlock, Table, TableColumn, TableRow } from '@gongbao/core';
import { type DocumentNumber, parseOutlineMarker } from '@gongbao/utils';
import type { ParseContext, Range } from './context.js';
import type { CleanText } from './markup.js';
import { compact } from './rules.js';
import type { SourceLine } from './scan.js';
import { checkAlignment, checkCounts, checkRestarts, checkTotals } from './table-checks.js';
import { isColumnMajorLayout, readColumnMajor } from './table-layout.js';
import {
  isBoldAt,
  isNumeric,
  looksLikeHeader,
  NO_CARRY,
  type RawRow,
  rowsOf,
  sameRow,
  TOTAL_LABEL,
  textAt,
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

/** A body row of a table: its cells' texts after carrying and joining, its row as read, its group and totals label. */
interface DataRow {
  /** The row's own texts (`raw.texts`, when it has every column) until {@link setCell} changes one: then a copy. */
  cells: string[];
  raw: RawRow;
  group?: string;
  total?: string;
}

/** Sets a cell of a data row, copying its texts first while they are still the row's own. */
function setCell(row: DataRow, c: number, text: string): void {
  if (row.cells === row.raw.texts) row.cells = row.cells.slice();
  row.cells[c] = text;
}

/**
 * Builds a typed table from tab-separated lines (all parts of a table continued with 续表):
 * header rows recognised and repeated headers of continuations dropped; columns typed (numbers
 * as numbers, the unit of a numeric column moved from its header `短缺数量(辆)` into the column);
 * merged cells resolved by carrying text down (never across a change of the column to the left);
 * group rows (`<b>一、…</b>` alone on a row) turned into a 分组 column; totals rows (合计) kept
 * apart; counts such as (9座) checked against what they span. Anything the rules cannot make
 * consistent is reported, not changed.
 */
export function buildTable(
  ctx: ParseContext,
  parts: ReadonlyArray<readonly SourceLine[]>,
  options: TableOptions,
): TableResult {
  // The parts are not empty (blocks.ts drops empty ones); no flat copy of the lines is needed.
  const lastPart = parts[parts.length - 1] as readonly SourceLine[];
  const range = ctx.linesRange(parts[0]?.[0] as SourceLine, lastPart[lastPart.length - 1] as SourceLine);
  // The clean text of every filled cell goes to options.cells as the rows are read.
  const partRows = parts.map((lines) => rowsOf(ctx, lines, options.cells));
  // One part (most tables): its rows, not a copy of them.
  const allRows = partRows.length === 1 ? (partRows[0] as RawRow[]) : partRows.flat();
  capOutlierRows(ctx, allRows);
  if (!looksLikeHeader(allRows[0] as RawRow) && isColumnMajorLayout(allRows)) {
    return { kind: 'list', list: readColumnMajor(ctx, allRows, range), source: range };
  }

  // Header rows: the first row if it looks like one, and a second one under it that fills gaps.
  const firstPart = partRows[0] ?? [];
  const header: RawRow[] = [];
  if (firstPart[0] && looksLikeHeader(firstPart[0])) {
    header.push(firstPart[0]);
    const second = firstPart[1];
    if (
      second &&
      looksLikeHeader(second) &&
      second.texts.some((text, i) => text !== '' && firstPart[0]?.texts[i] === '')
    ) {
      header.push(second);
    }
  }
  if (header.length === 0) {
    ctx.report(
      'table-header-unknown',
      'Table without a recognisable header row; columns are numbered',
      range.start,
      range.end,
    );
  }
  const body: RawRow[] = [];
  partRows.forEach((rows, p) => {
    let from = p === 0 ? header.length : 0;
    // A continuation repeats the header: drop it.
    if (p > 0) {
      while (from < header.length && rows[from] && sameRow(rows[from] as RawRow, header[from] as RawRow)) from++;
    }
    for (let r = from; r < rows.length; r++) body.push(rows[r] as RawRow);
  });

  const width = allRows.reduce((max, r) => Math.max(max, r.texts.length), 1);
  const headerCells = columnNames(header, width);
  // Names: header cells joined with /, made unique; 列1, 列2 … without a header.
  const names = uniqueNames(headerCells.map((cells, c) => (cells.length === 0 ? `列${c + 1}` : cells.join('/'))));
  // Group rows: a single filled first cell, bold or numbered 一、, in a table of several columns.
  const restEmpty = (row: RawRow) => {
    for (let c = 1; c < row.texts.length; c++) if (row.texts[c] !== '') return false;
    return true;
  };
  const isGroup = (row: RawRow) =>
    width > 1 &&
    restEmpty(row) &&
    textAt(row, 0) !== '' &&
    (isBoldAt(row, 0) || parseOutlineMarker(textAt(row, 0))?.kind === 'chinese');
  const hasGroups = body.some(isGroup);

  const dataRows: DataRow[] = [];
  let group: string | undefined;
  for (const row of body) {
    if (row.texts.every((text) => text === '')) continue;
    if (hasGroups && isGroup(row)) {
      group = textAt(row, 0);
      continue;
    }
    // A full row's own texts until a cell is carried or joined into it (setCell copies them then).
    const cells = row.texts.length === width ? row.texts : Array.from({ length: width }, (_, i) => textAt(row, i));
    const label = cells.find((c) => c !== '');
    const entry: DataRow = { cells, raw: row };
    if (group !== undefined) entry.group = group;
    if (label !== undefined && TOTAL_LABEL.test(label) && cells.indexOf(label) <= 1) entry.total = compact(label);
    dataRows.push(entry);
  }

  // Column types from the data rows (totals excluded).
  // Without totals rows (most tables) the data rows themselves, not a copy.
  const plain = dataRows.some((r) => r.total !== undefined) ? dataRows.filter((r) => r.total === undefined) : dataRows;
  // One loop per column, without an array of its values.
  const types: Array<'integer' | 'number' | 'string'> = names.map((_, c) => {
    let filled = false;
    let integer = true;
    for (const r of plain) {
      const v = r.cells[c] as string;
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
  const spanning = names.map((_, c) => plain.some((r) => textAt(r.raw, c) === ''));
  const spanStart: number[][] = names.map(() => []);
  // Pieces of a merged cell cut into one line per row are joined first; they start no span.
  const pieces = joinSplitCells(ctx, plain, names, types);
  for (let r = 0; r < plain.length; r++) {
    const row = plain[r] as DataRow;
    const prev = plain[r - 1];
    let parentContinues = true;
    for (let c = 0; c < width; c++) {
      const value = row.cells[c] as string;
      const own = pieces.has(r * width + c) ? '' : textAt(row.raw, c);
      if (value !== '') {
        if (own !== '') {
          (spanStart[c] as number[]).push(r);
          // A new value in a column with merged cells starts a new span; a column filled on
          // every row (序号, 项目内容) does not.
          if (spanning[c]) parentContinues = false;
        }
        continue;
      }
      if (!carry[c] || !prev) continue;
      if (!parentContinues || (prev.group !== row.group && hasGroups)) {
        if (!parentContinues && prev.cells[c] !== '') {
          const line = row.raw.line;
          ctx.report(
            'table-span-crosses-parent',
            `Empty ${names[c]} cell on a row that starts a new ${names[c - 1] ?? 'group'}: not carried down (rows may be shifted)`,
            line.start,
            line.end,
          );
        }
        continue;
      }
      setCell(row, c, prev.cells[c] as string);
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
  const rows: TableRow[] = [];
  const totals: Table['totals'] = [];
  // Provenance per row: the row's own printed line (values carried down from a merged cell
  // above, and the group label, come from the lines where they are written).
  const rowSources: Range[] = [];
  const totalSources: Range[] = [];
  for (const row of dataRows) {
    if (row.total !== undefined) {
      const values: TableRow = {};
      row.cells.forEach((text, c) => {
        if (types[c] !== 'string' && text !== '' && isNumeric(text))
          values[(columns[c + offset] as TableColumn).name] = value(c, text);
      });
      totals.push({ label: row.total, values });
      totalSources.push(ctx.linesRange(row.raw.line));
      continue;
    }
    rowSources.push(ctx.linesRange(row.raw.line));
    const record: TableRow = {};
    if (groupName !== undefined) record[groupName] = row.group ?? null;
    row.cells.forEach((text, c) => {
      record[(columns[c + offset] as TableColumn).name] = value(c, text);
    });
    rows.push(record);
  }
  checkTotals(ctx, rows, totals, columns, dataRows);

  const table: Table = {
    id: options.id,
    title: options.title ?? options.label ?? options.id,
    columns,
    rows,
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
function columnNames(header: readonly RawRow[], width: number): string[][] {
  const cells: string[][] = Array.from({ length: width }, () => []);
  header.forEach((row, h) => {
    let left = -1;
    for (let c = 0; c < width; c++) {
      const text = textAt(row, c);
      if (text !== '') {
        left = c;
        (cells[c] as string[]).push(text);
      } else if (h === 0 && left !== -1) {
        // Horizontally merged header cell: it belongs to the filled one on its left.
        (cells[c] as string[]).push(textAt(row, left));
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
  rows: DataRow[],
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
    if (r < rows.length && textAt((rows[r] as DataRow).raw, 0) === '') continue;
    if (r - 1 > groupStart) multi.push([groupStart, r - 1]);
    groupStart = r;
  }
  if (multi.length < 2) return joinedPieces;
  for (let c = 1; c < names.length; c++) {
    if (types[c] !== 'string') continue;
    const ownIn = (r: number) => textAt((rows[r] as DataRow).raw, c);
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
        setCell(rows[r] as DataRow, c, joined);
        if (r > a) joinedPieces.add(r * width + c);
      }
      const from = rows[a]?.raw.line as SourceLine;
      const to = rows[b]?.raw.line as SourceLine;
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
