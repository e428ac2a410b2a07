/**
 * Cell helpers for the tidy datasets: reading a parsed table column by position, compacting OCR
 * spaces, splitting lists written with 、 and taking remarks out of parentheses.
 */
import type { Table, TableCell } from '@gongbao/core';

/** Thrown when a table or paragraph does not have the shape a dataset expects. */
export class DatasetError extends Error {
  constructor(dataset: string, message: string) {
    super(`${dataset}: ${message}`);
    this.name = 'DatasetError';
  }
}

/**
 * The rows of a table as arrays of cells in column order, so datasets read columns by position
 * (the parser's column names for headers such as a blank merged header cell are its own
 * business).
 */
export function grid(table: Pick<Table, 'columns' | 'rows'>): TableCell[][] {
  return table.rows.map((row) => table.columns.map((column) => row[column.name] ?? null));
}

/** The cell as text: numbers printed, `null` and blanks as the empty string. */
export function cellText(cell: TableCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

/**
 * Removes every whitespace character. For names, years and counts (`潞州区 (18 座)`,
 * `2024 年`, `长治高 新技 术 产 业 开 发 区`) whitespace is never part of the value: it is a line
 * break of the printed cell or an OCR artefact.
 */
export function compact(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Folds full-width parentheses to ASCII ones, so patterns need one spelling. */
export function foldParens(text: string): string {
  return text.replace(/（/gu, '(').replace(/）/gu, ')');
}

/** Splits at `separator` outside parentheses: `马厂镇(长北街道归入马厂镇)、老顶山街道` → 2 parts. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '（') depth++;
    if (char === ')' || char === '）') depth = Math.max(0, depth - 1);
    if (char === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/**
 * Splits `name(remark)(remark)` into the name and its parenthesised remarks:
 * `蟠龙镇(全国重点镇)(历史文化)` → `{ name: '蟠龙镇', remarks: ['全国重点镇', '历史文化'] }`.
 */
export function nameAndRemarks(text: string): { name: string; remarks: string[] } {
  const folded = foldParens(text);
  const open = folded.indexOf('(');
  if (open === -1) return { name: folded, remarks: [] };
  const remarks = [...folded.slice(open).matchAll(/\(([^()]*)\)/gu)].map((match) => match[1] ?? '');
  return { name: folded.slice(0, open), remarks };
}

/** `(N座)` at the end of a cell: the label before it and N. */
export function labelAndCount(dataset: string, text: string): { label: string; count: number } {
  const match = /^(.+?)\((\d+)座\)$/u.exec(foldParens(compact(text)));
  if (!match) throw new DatasetError(dataset, `expected "name (N座)", got "${text}"`);
  return { label: match[1] ?? '', count: Number(match[2]) };
}

/**
 * Provenance of a dataset derived from one source table: `derivedFrom` names the table, and
 * derived row `i` comes from source row `from[i]`, so its range is the source table's
 * `rowSources[from[i]]`. No `rowSources` when the source table has no row ranges (hand-made
 * tables in tests).
 *
 * @throws DatasetError when an index has no range.
 */
export function derivedProvenance(
  dataset: string,
  source: Pick<Table, 'id' | 'rowSources'>,
  from: readonly number[],
): Pick<Table, 'derivedFrom' | 'rowSources'> {
  const ranges = source.rowSources;
  if (ranges === undefined) return { derivedFrom: [source.id] };
  return {
    derivedFrom: [source.id],
    rowSources: from.map((index) => {
      const range = ranges[index];
      if (range === undefined) throw new DatasetError(dataset, `no source range for source row ${index + 1}`);
      return range;
    }),
  };
}

/**
 * The 合计 row of a derived dataset: the totals stated in the source table's first totals row,
 * read by source column position (`columns`: dataset column → index of the source column), with
 * that row's range; no totals when the source states none of them.
 */
export function statedTotalsRow(
  source: Pick<Table, 'columns' | 'totals' | 'totalSources'>,
  columns: Readonly<Record<string, number>>,
): Pick<Table, 'totals' | 'totalSources'> {
  const stated = source.totals[0]?.values ?? {};
  const values: Record<string, number> = {};
  for (const [name, index] of Object.entries(columns)) {
    const value = stated[source.columns[index]?.name ?? ''];
    if (typeof value === 'number') values[name] = value;
  }
  if (Object.keys(values).length === 0) return { totals: [] };
  const range = source.totalSources?.[0];
  return { totals: [{ label: '合计', values }], ...(range ? { totalSources: [range] } : {}) };
}

/** Fills empty leading cells from the row above, as merged cells (row spans) print. */
export function fillDown(rows: readonly TableCell[][], columns: readonly number[]): TableCell[][] {
  const previous: TableCell[] = [];
  return rows.map((row) => {
    const filled = [...row];
    for (const column of columns) {
      if (cellText(filled[column]) === '') filled[column] = previous[column] ?? null;
      previous[column] = filled[column] ?? null;
    }
    return filled;
  });
}

/** An integer cell (a number, or digits as text); throws for anything else. */
export function integerCell(dataset: string, cell: TableCell | undefined): number {
  const value = typeof cell === 'number' ? cell : Number(compact(cellText(cell)));
  if (!Number.isSafeInteger(value) || cellText(cell) === '') {
    throw new DatasetError(dataset, `expected an integer, got ${JSON.stringify(cell)}`);
  }
  return value;
}

/** A finite number cell (a number, or a decimal as text); throws for anything else. */
export function numberCell(dataset: string, cell: TableCell | undefined): number {
  const value = typeof cell === 'number' ? cell : Number(compact(cellText(cell)));
  if (!Number.isFinite(value) || cellText(cell) === '') {
    throw new DatasetError(dataset, `expected a number, got ${JSON.stringify(cell)}`);
  }
  return value;
}
