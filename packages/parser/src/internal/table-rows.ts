import { parseOutlineMarker } from '@gongbao/utils';
import { cellText } from './cell-text.js';
import type { ParseContext } from './context.js';
import { type CleanText, VerbatimText } from './markup.js';
import { compact } from './rules.js';
import { type SourceLine, tableCells } from './scan.js';
import { isSpaceChar as isSpace } from './space.js';

/**
 * One row as read: each cell's text (markup removed, OCR spaces inside Chinese words out, see
 * {@link cellText}), whether the line is bold, and its line. A row of 100,000 is kept as these
 * three and its texts — no object per cell: the cells' clean texts with their maps to the source
 * are kept only for a row that needs them later (a cell with markup, or with white space, which
 * checkRestarts reads), and made again from the line for the rare reader of another row
 * ({@link cleanCells}).
 */
export interface RawRow {
  texts: string[];
  /** Bold markup on the line: its filled cells are bold (only read on group rows). */
  bold: boolean;
  line: SourceLine;
  /** The cells' clean texts, when a cell has markup or white space; else undefined (see {@link cleanCells}). */
  clean: CleanText[] | undefined;
}

/** The label of a totals row (合计, 总计, 小计 …), OCR spaces allowed. */
export const TOTAL_LABEL = /^(?:合\s*计|总\s*计|小\s*计|合\s*共|总\s*数)$/u;
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;
/** A count written in a cell: (9座), （18 个）. */
export const COUNT = /[（(]\s*(\d+)\s*([座个家项所处辆台人户])\s*[）)]/u;
/** Columns whose empty cells are not merged cells (remarks): never carried down. */
export const NO_CARRY = /备注|说明|附注/u;

/**
 * A cell of digits, signs and separators only (12, 3.5, -1,200, 45%): no citation, 发文字号 or
 * clause in it, so it is not handed to the text readers (a table of numbers would keep every
 * cell alive until the end of the document for nothing).
 */
const ONLY_DIGITS = /^[\d.,%+\-\s]+$/u;

/**
 * The rows of table lines: each line's cells, cleaned, with whether the line is bold. The clean
 * text of every filled cell that is not only digits goes to `texts` (for citations), in order.
 */
export function rowsOf(ctx: ParseContext, lines: readonly SourceLine[], texts?: CleanText[]): RawRow[] {
  return lines.map((line): RawRow => {
    // Bold markup anywhere on the line: only read on group rows, whose other cells are empty. A
    // table row's text is its source stretch (scanLines), so no second copy of it is cut.
    const bold = /<b>|\*\*/u.test(line.kind === 'table-row' ? line.text : ctx.source.slice(line.start, line.end));
    const cells = tableCells(ctx.source, line);
    let plain = true;
    // OCR and line-wrap spaces inside Chinese words go; spaces next to Latin letters stay.
    const cellTexts = cells.map((clean) => {
      const text = cellText(clean.text);
      if (plain && (!(clean instanceof VerbatimText) || /\s/u.test(clean.text))) plain = false;
      if (texts && text !== '' && !ONLY_DIGITS.test(text)) texts.push(clean);
      return text;
    });
    return { texts: cellTexts, bold, line, clean: plain ? undefined : cells };
  });
}

/**
 * The clean texts (with their maps) of a row's cells: those kept, or — for a row of plain cells —
 * read again from its line (the same texts: reading is pure).
 */
export function cleanCells(ctx: ParseContext, row: RawRow): CleanText[] {
  return row.clean ?? tableCells(ctx.source, row.line);
}

/** The text of cell `c` of a row ('' past its end). */
export const textAt = (row: RawRow, c: number): string => row.texts[c] ?? '';

/** Whether cell `c` of a row is bold: filled, on a line with bold markup. */
export const isBoldAt = (row: RawRow, c: number): boolean => row.bold && textAt(row, c) !== '';

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
  const filled = row.texts.filter((text) => text !== '');
  if (filled.length < 2) return false;
  return filled.every((text) => text.length <= 24 && !isNumeric(text) && parseOutlineMarker(text) === undefined);
}

/** Whether two rows hold the same cells (a continuation repeating the header). */
export function sameRow(a: RawRow, b: RawRow): boolean {
  const key = (r: RawRow) => r.texts.map((text) => compact(text)).join('\t');
  const trimTabs = (s: string) => {
    let end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) === 0x09) end--;
    return s.slice(0, end);
  };
  return trimTabs(key(a)) === trimTabs(key(b));
}
