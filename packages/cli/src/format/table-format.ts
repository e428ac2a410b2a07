/** A core `Table` as markdown or CSV, and its total checks as lines. */
import type { ReadonlyDeep, Table, TableCell } from '@gongbao/core';
import type { TotalCheck } from '@gongbao/data';
import type { Colors } from '../colors.js';

const cellText = (value: TableCell | undefined): string => (value === null || value === undefined ? '' : String(value));

/** A markdown cell: pipes escaped, line breaks as `<br>`. */
const mdCell = (value: TableCell | undefined): string =>
  cellText(value).replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/\r?\n/gu, '<br>');

/** A column's header: its name, and its unit in brackets. */
const headerOf = (column: ReadonlyDeep<Table['columns'][number]>): string =>
  column.unit ? `${column.name} (${column.unit})` : column.name;

/** The cells of a totals row: its label in the first column without a total. */
function totalCells(
  table: ReadonlyDeep<Table>,
  total: ReadonlyDeep<Table['totals'][number]>,
): (TableCell | undefined)[] {
  let labelled = false;
  return table.columns.map((column) => {
    if (Object.hasOwn(total.values, column.name)) return total.values[column.name];
    if (labelled) return '';
    labelled = true;
    return total.label;
  });
}

/** The table as a GitHub-flavoured markdown table, title first, totals rows last, then its notes. */
export function* markdownLines(table: ReadonlyDeep<Table>): Generator<string> {
  yield `## ${table.title}`;
  yield '';
  yield `| ${table.columns.map((column) => mdCell(headerOf(column))).join(' | ')} |`;
  yield `| ${table.columns.map((column) => (column.type === 'integer' || column.type === 'number' ? '---:' : '---')).join(' | ')} |`;
  for (const row of table.rows) yield `| ${table.columns.map((column) => mdCell(row[column.name])).join(' | ')} |`;
  for (const total of table.totals)
    yield `| ${totalCells(table, total)
      .map((cell) => `**${mdCell(cell)}**`.replace(/^\*\*\*\*$/u, ''))
      .join(' | ')} |`;
  if (table.notes.length > 0) yield '';
  for (const note of table.notes) yield `注：${note}`;
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: TableCell | undefined): string {
  const text = cellText(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** The table as CSV (RFC 4180, CRLF line ends): the header of column names, then the data rows only. */
export function* csvLines(table: ReadonlyDeep<Table>): Generator<string> {
  yield table.columns.map((column) => csvField(column.name)).join(',');
  for (const row of table.rows) yield table.columns.map((column) => csvField(row[column.name])).join(',');
}

/** One check as a line: `✓ 合计 shortfall: stated 43辆, rows sum to 43辆`. */
export function checkLine(check: TotalCheck, color: Colors): string {
  const unit = check.unit ?? '';
  const mark = check.ok ? color.green('✓') : color.red('✗');
  return `${mark} ${check.label} ${check.column}: stated ${check.stated}${unit}, rows sum to ${check.computed}${unit}`;
}
