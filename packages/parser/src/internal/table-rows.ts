import { parseOutlineMarker } from '@gongbao/utils';
import { cellText } from './cell-text.js';
import type { ParseContext } from './context.js';
import { VerbatimText } from './markup.js';
import { compact } from './rules.js';
import { type SourceLine, tableCells } from './scan.js';
import { isSpaceChar as isSpace } from './space.js';
import type { RowCell } from './wide-rows.js';

/** One cell as read: its cleaned text, its map to the source, and whether it is filled on a bold line. */
export type Cell = RowCell;

/** One row as read, with its line. */
export interface RawRow {
  cells: Cell[];
  line: SourceLine;
}

/** The label of a totals row (合计, 总计, 小计 …), OCR spaces allowed. */
export const TOTAL_LABEL = /^(?:合\s*计|总\s*计|小\s*计|合\s*共|总\s*数)$/u;
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;
/** A count written in a cell: (9座), （18 个）. */
export const COUNT = /[（(]\s*(\d+)\s*([座个家项所处辆台人户])\s*[）)]/u;
/** Columns whose empty cells are not merged cells (remarks): never carried down. */
export const NO_CARRY = /备注|说明|附注/u;

/** The rows of table lines: each line's cells, cleaned, with whether the line is bold. */
export function rowsOf(ctx: ParseContext, lines: readonly SourceLine[]): RawRow[] {
  return lines.map((line) => {
    // Bold markup anywhere on the line: only read on group rows, whose other cells are empty. A
    // table row's text is its source stretch (scanLines), so no second copy of it is cut.
    const bold = /<b>|\*\*/u.test(line.kind === 'table-row' ? line.text : ctx.source.slice(line.start, line.end));
    return {
      line,
      // OCR and line-wrap spaces inside Chinese words go; spaces next to Latin letters stay.
      cells: tableCells(ctx.source, line).map((clean): Cell => {
        const text = cellText(clean.text);
        const isBold = bold && clean.text !== '';
        // Most cells: the clean text itself is the cell (see VerbatimText).
        if (!isBold && text === clean.text && clean instanceof VerbatimText) return clean;
        return { text, clean, bold: isBold };
      }),
    };
  });
}

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

/** Whether a cell is a number (digits, thousands commas, a decimal part). */
export function isNumeric(text: string): boolean {
  return NUMBER.test(compact(text));
}

/** The number a numeric cell holds. */
export function toNumber(text: string): number {
  return Number(text.replace(/[\s,]/gu, ''));
}

/** Whether a row reads as a header: short texts, no numbers, at least two filled cells. */
export function looksLikeHeader(row: RawRow): boolean {
  const filled = row.cells.filter((c) => c.text !== '');
  if (filled.length < 2) return false;
  return filled.every((c) => c.text.length <= 24 && !isNumeric(c.text) && parseOutlineMarker(c.text) === undefined);
}

/** Whether two rows hold the same cells (a continuation repeating the header). */
export function sameRow(a: RawRow, b: RawRow): boolean {
  const key = (r: RawRow) => r.cells.map((c) => compact(c.text)).join('\t');
  const trimTabs = (s: string) => {
    let end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) === 0x09) end--;
    return s.slice(0, end);
  };
  return trimTabs(key(a)) === trimTabs(key(b));
}
