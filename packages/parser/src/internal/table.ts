import type { ListBlock, Table, TableColumn, TableRow } from '@gongbao/core';
import { type DocumentNumber, type OutlineMarker, parseOutlineMarker } from '@gongbao/utils';
import { cellText } from './cell-text.js';
import type { ParseContext, Range } from './context.js';
import type { CleanText } from './markup.js';
import { compact } from './rules.js';
import { type SourceLine, tableCells } from './scan.js';
import { capOutlierRows, type RowCell } from './wide-rows.js';

/** One cell as read: its cleaned text, its map to the source, and whether it is filled on a bold line. */
type Cell = RowCell;

/** One row as read, with its line. */
interface RawRow {
  cells: Cell[];
  line: SourceLine;
}

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

const TOTAL_LABEL = /^(?:合\s*计|总\s*计|小\s*计|合\s*共|总\s*数)$/u;
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;
const COUNT = /[（(]\s*(\d+)\s*([座个家项所处辆台人户])\s*[）)]/u;
const NO_CARRY = /备注|说明|附注/u;

function rowsOf(ctx: ParseContext, lines: readonly SourceLine[]): RawRow[] {
  return lines.map((line) => {
    // Bold markup anywhere on the line: only read on group rows, whose other cells are empty.
    const bold = /<b>|\*\*/u.test(ctx.source.slice(line.start, line.end));
    return {
      line,
      // OCR and line-wrap spaces inside Chinese words go; spaces next to Latin letters stay.
      cells: tableCells(ctx.source, line).map((clean) => ({
        text: cellText(clean.text),
        clean,
        bold: bold && clean.text !== '',
      })),
    };
  });
}

const isSpace = (c: string) => /\s/u.test(c);

/**
 * The unit a header cell ends with in brackets (`短缺数量（辆）` → 短缺数量 and 辆): one to six
 * characters, no digits or brackets, spaces around them allowed. A scan from the end, as
 * `/^(.*?)\s*[（(]\s*([^()（）\d]{1,6})\s*[）)]\s*$/` would read it (that pattern is polynomial on
 * runs of spaces).
 */
export function unitOf(cell: string): { name: string; unit: string } | undefined {
  let close = cell.length;
  while (close > 0 && isSpace(cell.charAt(close - 1))) close--;
  const last = cell.charAt(close - 1);
  if (last !== '）' && last !== ')') return undefined;
  let open = close - 1;
  while (open > 0 && !/[()（）\d]/u.test(cell.charAt(open - 1))) open--;
  const bracket = cell.charAt(open - 1);
  if (open === 0 || (bracket !== '（' && bracket !== '(')) return undefined;
  const unit = cell.slice(open, close - 1).trim();
  if (unit.length < 1 || unit.length > 6) return undefined;
  let end = open - 1;
  while (end > 0 && isSpace(cell.charAt(end - 1))) end--;
  return { name: cell.slice(0, end), unit };
}

function isNumeric(text: string): boolean {
  return NUMBER.test(compact(text));
}

function toNumber(text: string): number {
  return Number(text.replace(/[\s,]/gu, ''));
}

/** Whether a row reads as a header: short texts, no numbers, at least two filled cells. */
function looksLikeHeader(row: RawRow): boolean {
  const filled = row.cells.filter((c) => c.text !== '');
  if (filled.length < 2) return false;
  return filled.every((c) => c.text.length <= 24 && !isNumeric(c.text) && parseOutlineMarker(c.text) === undefined);
}

function sameRow(a: RawRow, b: RawRow): boolean {
  const key = (r: RawRow) => r.cells.map((c) => compact(c.text)).join('\t');
  const trimTabs = (s: string) => {
    let end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) === 0x09) end--;
    return s.slice(0, end);
  };
  return trimTabs(key(a)) === trimTabs(key(b));
}

/**
 * Whether rows are a two-column page layout that the conversion interleaved: no header, and
 * items numbered with the same kind of outline marker start cells in more than one column.
 */
function isColumnMajorLayout(rows: readonly RawRow[]): boolean {
  if (rows.length < 2) return false;
  const kinds = new Map<string, Set<number>>();
  for (const row of rows) {
    row.cells.forEach((cell, c) => {
      const marker = parseOutlineMarker(cell.text);
      if (!marker || cell.text.length < 8) return;
      const set = kinds.get(marker.kind) ?? new Set<number>();
      set.add(c);
      kinds.set(marker.kind, set);
    });
  }
  return [...kinds.values()].some((columns) => columns.size >= 2);
}

/** Reads an interleaved two-column layout column by column, as the printed page is read. */
function readColumnMajor(ctx: ParseContext, rows: readonly RawRow[], range: Range): ListBlock {
  const width = rows.reduce((max, r) => Math.max(max, r.cells.length), 0);
  const items: ListBlock['items'] = [];
  const orphans: string[] = [];
  for (let c = 0; c < width; c++) {
    for (const row of rows) {
      const cell = row.cells[c];
      if (!cell || cell.text === '') continue;
      const marker = parseOutlineMarker(cell.text);
      const source = ctx.range(
        cell.clean.map.sourceOffset(0),
        cell.clean.map.sourceRange(0, cell.clean.text.length).end,
      );
      if (marker) {
        items.push({
          marker: marker as OutlineMarker,
          text: cell.clean.text.slice(marker.raw.length).trim() || marker.raw,
          source,
        });
      } else if (items.length > 0) {
        const last = items[items.length - 1] as (typeof items)[number];
        last.text = `${last.text} ${cell.clean.text}`;
        orphans.push(`"${cell.clean.text}" (line ${row.line.line}) → item ${last.marker?.raw ?? ''}`);
      } else {
        items.push({ text: cell.clean.text, source });
      }
    }
  }
  ctx.report(
    'table-column-major',
    `Tab-separated lines are a two-column layout interleaved line by line; read column by column${
      orphans.length > 0 ? `, attaching unnumbered cells to the item before them: ${orphans.join('; ')}` : ''
    }`,
    range.start,
    range.end,
  );
  return { type: 'list', items, source: range };
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
  const allLines = parts.flat();
  const first = allLines[0] as SourceLine;
  const last = allLines[allLines.length - 1] as SourceLine;
  const range = ctx.linesRange(first, last);
  const partRows = parts.map((lines) => rowsOf(ctx, lines));
  if (options.cells)
    for (const rows of partRows)
      for (const row of rows) for (const cell of row.cells) if (cell.text !== '') options.cells.push(cell.clean);
  const allRows = partRows.flat();
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
      second.cells.some((c, i) => c.text !== '' && firstPart[0]?.cells[i]?.text === '')
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

  const width = allRows.reduce((max, r) => Math.max(max, r.cells.length), 1);
  const headerCells = columnNames(header, width);
  // Names: header cells joined with /, made unique; 列1, 列2 … without a header.
  const names = uniqueNames(headerCells.map((cells, c) => (cells.length === 0 ? `列${c + 1}` : cells.join('/'))));
  // Group rows: a single filled first cell, bold or numbered 一、, in a table of several columns.
  const isGroup = (row: RawRow) =>
    width > 1 &&
    row.cells.slice(1).every((c) => c.text === '') &&
    (row.cells[0]?.text ?? '') !== '' &&
    ((row.cells[0] as Cell).bold || parseOutlineMarker((row.cells[0] as Cell).text)?.kind === 'chinese');
  const hasGroups = body.some(isGroup);

  interface DataRow {
    cells: string[];
    raw: RawRow;
    group?: string;
    total?: string;
  }
  const dataRows: DataRow[] = [];
  let group: string | undefined;
  for (const row of body) {
    if (row.cells.every((c) => c.text === '')) continue;
    if (hasGroups && isGroup(row)) {
      group = (row.cells[0] as Cell).text;
      continue;
    }
    const cells = Array.from({ length: width }, (_, i) => row.cells[i]?.text ?? '');
    const label = cells.find((c) => c !== '');
    const entry: DataRow = { cells, raw: row };
    if (group !== undefined) entry.group = group;
    if (label !== undefined && TOTAL_LABEL.test(label) && cells.indexOf(label) <= 1) entry.total = compact(label);
    dataRows.push(entry);
  }

  // Column types from the data rows (totals excluded).
  const plain = dataRows.filter((r) => r.total === undefined);
  const types: Array<'integer' | 'number' | 'string'> = names.map((_, c) => {
    const values = plain.map((r) => r.cells[c] as string).filter((v) => v !== '');
    if (values.length === 0 || !values.every(isNumeric)) return 'string';
    return values.every((v) => Number.isInteger(toNumber(v))) ? 'integer' : 'number';
  });

  // Merged cells: carry text down in string columns, within the span of the column to the left.
  const carry = names.map((name, c) => types[c] === 'string' && !NO_CARRY.test(name));
  // Columns with empty cells are merged cells (spans); a column filled on every row (序号) is not.
  const spanning = names.map((_, c) => plain.some((r) => (r.raw.cells[c]?.text ?? '') === ''));
  const spanStart: number[][] = names.map(() => []);
  // Pieces of a merged cell cut into one line per row are joined first; they start no span.
  const pieces = joinSplitCells(ctx, plain, names, types);
  for (let r = 0; r < plain.length; r++) {
    const row = plain[r] as DataRow;
    const prev = plain[r - 1];
    let parentContinues = true;
    for (let c = 0; c < width; c++) {
      const value = row.cells[c] as string;
      const own = pieces.has(r * width + c) ? '' : (row.raw.cells[c]?.text ?? '');
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
      row.cells[c] = prev.cells[c] as string;
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
      const text = row.cells[c]?.text ?? '';
      if (text !== '') {
        left = c;
        (cells[c] as string[]).push(text);
      } else if (h === 0 && left !== -1) {
        // Horizontally merged header cell: it belongs to the filled one on its left.
        (cells[c] as string[]).push(row.cells[left]?.text ?? '');
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
  rows: Array<{ cells: string[]; raw: RawRow }>,
  names: readonly string[],
  types: ReadonlyArray<string>,
): Set<number> {
  const joinedPieces = new Set<number>();
  const width = names.length;
  const groups: Array<[number, number]> = [];
  for (let r = 0; r < rows.length; r++) {
    const own = rows[r]?.raw.cells[0]?.text ?? '';
    if (own !== '' || groups.length === 0) groups.push([r, r]);
    else (groups[groups.length - 1] as [number, number])[1] = r;
  }
  const multi = groups.filter(([a, b]) => b > a);
  if (multi.length < 2) return joinedPieces;
  for (let c = 1; c < names.length; c++) {
    if (types[c] !== 'string') continue;
    const ownIn = (r: number) => rows[r]?.raw.cells[c]?.text ?? '';
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
        (rows[r] as { cells: string[] }).cells[c] = joined;
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

/** Checks counts written in cells, e.g. (9座), against the rows they span and the items they list. */
function checkCounts(
  ctx: ParseContext,
  rows: Array<{ cells: string[]; raw: RawRow }>,
  names: readonly string[],
  spanStart: number[][],
  title: string | undefined,
  range: Range,
): void {
  /** The sum of the counts in `unit` that column `c` states in rows `from`…`to` (once per span), if any. */
  // The span starts of a column are ascending: a binary search finds the first one in a range,
  // so summing one span's counts costs what the span holds, not the whole column.
  const sumOfCounts = (c: number, unit: string, from = 0, to = rows.length - 1): number | undefined => {
    const starts = spanStart[c] ?? [];
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) < from) low = mid + 1;
      else high = mid;
    }
    let sum: number | undefined;
    for (let k = low; k < starts.length && (starts[k] as number) <= to; k++) {
      const m = COUNT.exec(rows[starts[k] as number]?.cells[c] ?? '');
      if (m && m[2] === unit) sum = (sum ?? 0) + Number(m[1]);
    }
    return sum;
  };
  for (let c = 0; c < names.length; c++) {
    const starts = spanStart[c] ?? [];
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s] as number;
      const to = (starts[s + 1] ?? rows.length) - 1;
      const text = rows[from]?.cells[c] ?? '';
      const m = COUNT.exec(text);
      if (!m) continue;
      const stated = Number(m[1]);
      const unit = m[2] as string;
      // Sum the same unit in the next column that states counts, once per span there.
      for (let d = c + 1; d < names.length; d++) {
        const sum = sumOfCounts(d, unit, from, to);
        if (sum === undefined) continue;
        if (sum !== stated) {
          const first = rows[from]?.raw.line as SourceLine;
          const last = rows[to]?.raw.line as SourceLine;
          ctx.report(
            'table-count-mismatch',
            `${text} states ${stated}${unit} but its rows add up to ${sum}${unit}`,
            first.start,
            last.end,
          );
        }
        break;
      }
      // A count next to a list of names: the number of names listed.
      if (starts.length === rows.length) {
        const list = rows[from]?.cells[names.length - 1] ?? '';
        if (c < names.length - 1 && list.includes('、')) {
          const items = list.split('、').filter((x) => x.trim() !== '').length;
          if (items !== stated && Math.abs(items - stated) <= 50) {
            const line = rows[from]?.raw.line as SourceLine;
            ctx.report(
              'table-count-mismatch',
              `${text} states ${stated}${unit} but ${items} are listed`,
              line.start,
              line.end,
            );
          }
        }
      }
    }
  }
  // A count in the title against the first column's counts.
  const titleCount = title ? COUNT.exec(title) : null;
  if (titleCount) {
    const unit = titleCount[2] as string;
    for (let c = 0; c < names.length; c++) {
      const sum = sumOfCounts(c, unit);
      if (sum === undefined) continue;
      if (sum !== Number(titleCount[1])) {
        ctx.report(
          'table-count-mismatch',
          `The title states ${titleCount[1]}${unit} but the rows add up to ${sum}${unit}`,
          range.start,
          range.end,
        );
      }
      break;
    }
  }
}

/**
 * Reports rows whose values do not fit their columns: a number in a text column that never holds
 * numbers, while a numeric column of the same row is empty — the row slid sideways.
 */
function checkAlignment(
  ctx: ParseContext,
  rows: Array<{ cells: string[]; raw: RawRow }>,
  names: readonly string[],
  types: ReadonlyArray<string>,
): void {
  const numericColumns = types.map((t, c) => (t === 'string' ? -1 : c)).filter((c) => c >= 0);
  if (numericColumns.length === 0) return;
  for (const row of rows) {
    const own = row.raw.cells.map((c) => c.text);
    const emptyNumeric = numericColumns.filter((c) => (own[c] ?? '') === '');
    if (emptyNumeric.length === 0) continue;
    const strayNumber = own.findIndex((text, c) => types[c] === 'string' && c > 0 && isNumeric(text));
    if (strayNumber === -1) continue;
    ctx.report(
      'table-row-misaligned',
      `Row has a number in ${names[strayNumber]} while ${emptyNumeric.map((c) => names[c]).join(', ')} is empty: cells are shifted`,
      row.raw.line.start,
      row.raw.line.end,
    );
  }
}

/** Cells longer than this are running text (项目内容), where items may well begin alike. */
const RESTART_MAX = 60;
/** Characters two versions of a text must share at their start. */
const RESTART_PREFIX = 4;

/**
 * Reports short text cells that start over: after a space, the rest of the cell begins with the
 * same words as the cell (`实施基础设施补短板 实施基础 设施补齐 补强行动`) — two versions of one name,
 * one of them stray. Which one is right the rules cannot tell, so the cell is left as it is.
 */
function checkRestarts(
  ctx: ParseContext,
  rows: Array<{ raw: RawRow }>,
  names: readonly string[],
  types: ReadonlyArray<string>,
): void {
  for (const row of rows) {
    row.raw.cells.forEach((cell, c) => {
      if (types[c] !== 'string') return;
      const text = cell.clean.text.trim();
      if (compact(text).length > RESTART_MAX) return;
      const words = text.split(/\s+/u);
      for (let k = 1; k < words.length; k++) {
        const before = words.slice(0, k).join('');
        const after = words.slice(k).join('');
        let shared = 0;
        while (shared < before.length && before[shared] === after[shared]) shared++;
        if (shared < RESTART_PREFIX) continue;
        const { map } = cell.clean;
        ctx.report(
          'table-cell-restarts',
          `${names[c]}: "${text}" starts over after "${before}" with "${after}": two versions of one text, one probably stray`,
          map.sourceOffset(0),
          map.sourceRange(0, cell.clean.text.length).end,
        );
        return;
      }
    });
  }
}

/** Whether a stated total equals a computed sum, up to the rounding of decimal sums. */
const sameTotal = (sum: number, stated: number) =>
  Math.abs(sum - stated) <= 1e-9 * Math.max(1, Math.abs(sum), Math.abs(stated));

/**
 * Compares each totals row with what it covers, in one pass over the rows. A 小计 covers the rows
 * since the previous totals row or the start of its group (or, written at the top of its group,
 * the rows down to the next one); a 合计/总计 the whole column, the sum of the 小计 rows, or the rows
 * since the previous totals row. Each column is summed once per row: linear in the table.
 */
function checkTotals(
  ctx: ParseContext,
  rows: readonly TableRow[],
  totals: Table['totals'],
  columns: readonly TableColumn[],
  dataRows: ReadonlyArray<{ total?: string; group?: string; raw: RawRow }>,
): void {
  if (totals.length === 0) return;
  const numeric = new Set(columns.filter((c) => c.type !== 'string').map((c) => c.name));
  const add = (sums: Map<string, number>, row: TableRow) => {
    for (const name of numeric) {
      const v = row[name];
      if (typeof v === 'number') sums.set(name, (sums.get(name) ?? 0) + v);
    }
  };
  // One pass: the whole column, and the segments — runs of data rows between totals rows and
  // group changes. Per totals row: the segment that ends at it (the next one starts after it).
  const whole = new Map<string, number>();
  const segments: Array<Map<string, number>> = [new Map()];
  const ends: Array<{ segment: number; empty: boolean; line: RawRow['line'] }> = [];
  let r = 0;
  let group: string | undefined;
  let rowsInSegment = 0;
  for (const row of dataRows) {
    if (row.group !== group) {
      group = row.group;
      if (rowsInSegment > 0) {
        segments.push(new Map());
        rowsInSegment = 0;
      }
    }
    if (row.total !== undefined) {
      ends.push({ segment: segments.length - 1, empty: rowsInSegment === 0, line: row.raw.line });
      segments.push(new Map());
      rowsInSegment = 0;
      continue;
    }
    const values = rows[r++] as TableRow;
    add(whole, values);
    add(segments[segments.length - 1] as Map<string, number>, values);
    rowsInSegment++;
  }
  const subtotals = new Map<string, number>();
  totals.forEach((total, t) => {
    const end = ends[t];
    if (!end) return;
    const sub = total.label === '小计';
    // A 小计 with no rows above it in its segment (at the top of its group) covers the rows below.
    const segment = segments[sub && end.empty ? end.segment + 1 : end.segment] as Map<string, number>;
    for (const [name, stated] of Object.entries(total.values)) {
      if (typeof stated !== 'number' || !numeric.has(name)) continue;
      const covered = segment.get(name) ?? 0;
      const column = whole.get(name) ?? 0;
      const subtotal = subtotals.get(name);
      const ok = sub
        ? sameTotal(covered, stated)
        : sameTotal(column, stated) ||
          sameTotal(covered, stated) ||
          (subtotal !== undefined && sameTotal(subtotal, stated));
      if (sub) subtotals.set(name, (subtotal ?? 0) + stated);
      if (ok) continue;
      const what = sub ? `the rows it covers sum to ${covered}` : `the column sums to ${column}`;
      ctx.report(
        'table-total-mismatch',
        `${total.label} of ${name} is ${stated}, ${what}`,
        end.line.start,
        end.line.end,
      );
    }
  });
}
