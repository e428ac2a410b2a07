import { cellText } from './cell-text.js';
import type { ParseContext } from './context.js';
import type { CleanText } from './markup.js';
import { OffsetMap } from './offset-map.js';
import type { SourceLine } from './scan.js';

/** A cell as the table builder reads it. */
export interface RowCell {
  readonly text: string;
  readonly clean: CleanText;
  readonly bold: boolean;
}

/**
 * Keeps every row of a table within a width that the other rows bear out: a row with more than
 * 4 × the median row's cells (+ 4) keeps its first cells, and the rest are joined (tab-separated)
 * into its last cell, with a `table-row-misaligned` warning. Without it one line of 100,000 tabs
 * above 100 rows of two cells makes a table of 10 million cells; with it the cells of a table
 * stay within 8 × the cells written + 4 per row, so the table is linear in its text. Real tables,
 * whose rows hold about as many cells as their header, are never touched.
 */
export function capOutlierRows(ctx: ParseContext, rows: ReadonlyArray<{ cells: RowCell[]; line: SourceLine }>): void {
  if (rows.length < 2) return;
  const widths = rows.map((row) => row.cells.length).sort((a, b) => a - b);
  const median = widths[widths.length >> 1] as number;
  const cap = 4 * median + 4;
  for (const row of rows) {
    if (row.cells.length <= cap) continue;
    const count = row.cells.length;
    const kept = row.cells.slice(0, cap - 1);
    const extra = row.cells.slice(cap - 1);
    const texts: string[] = [];
    const map = new OffsetMap();
    for (const cell of extra) {
      if (cell.clean.text === '') continue;
      if (texts.length > 0) map.push(Math.max(0, cell.clean.map.sourceOffset(0) - 1), 1, false);
      texts.push(cell.clean.text);
      map.append(cell.clean.map);
    }
    const clean: CleanText = { text: texts.join('\t'), map };
    kept.push({ text: cellText(clean.text), clean, bold: extra.some((cell) => cell.bold) });
    row.cells = kept;
    ctx.report(
      'table-row-misaligned',
      `Row of ${count} cells, more than 4× the ${median} of a usual row: cells ${cap} to ${count} are kept in cell ${cap}`,
      row.line.start,
      row.line.end,
    );
  }
}
