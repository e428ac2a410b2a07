import { cellText } from './cell-text.js';
import type { ParseContext } from './context.js';
import type { CleanText } from './markup.js';
import { OffsetMap } from './offset-map.js';
import type { RawRows } from './table-rows.js';

/**
 * Keeps every row of a table within a width that the other rows bear out: a row with more than
 * 4 × the median row's cells (+ 4) keeps its first cells, and the rest are joined (tab-separated)
 * into its last cell, with a `table-row-misaligned` warning. Without it one line of 100,000 tabs
 * above 100 rows of two cells makes a table of 10 million cells; with it the cells of a table
 * stay within 8 × the cells written + 4 per row, so the table is linear in its text. Real tables,
 * whose rows hold about as many cells as their header, are never touched.
 */
export function capOutlierRows(ctx: ParseContext, rows: RawRows): void {
  if (rows.length < 2) return;
  const widths = Array.from({ length: rows.length }, (_, r) => rows.width(r)).sort((a, b) => a - b);
  const median = widths[widths.length >> 1] as number;
  const cap = 4 * median + 4;
  for (let r = 0; r < rows.length; r++) {
    const count = rows.width(r);
    if (count <= cap) continue;
    const cells = rows.cleanCells(r);
    const kept = cells.slice(0, cap - 1);
    const pieces: string[] = [];
    const map = new OffsetMap();
    for (let c = cap - 1; c < cells.length; c++) {
      const cell = cells[c] as CleanText;
      if (cell.text === '') continue;
      if (pieces.length > 0) map.push(Math.max(0, cell.map.sourceOffset(0) - 1), 1, false);
      pieces.push(cell.text);
      map.append(cell.map);
    }
    const clean: CleanText = { text: pieces.join('\t'), map };
    kept.push(clean);
    // The joined cell is bold when one of its pieces is: filled, on a bold line (isBoldAt).
    const texts = rows.texts(r).slice(0, cap - 1);
    texts.push(cellText(clean.text));
    rows.shorten(r, texts, kept);
    const line = rows.line(r);
    ctx.report(
      'table-row-misaligned',
      `Row of ${count} cells, more than 4× the ${median} of a usual row: cells ${cap} to ${count} are kept in cell ${cap}`,
      line.start,
      line.end,
    );
  }
}
