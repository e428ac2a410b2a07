import { parseOutlineMarker } from '@gongbao/utils';
import { cellText } from './cell-text.js';
import type { ParseContext } from './context.js';
import { type CleanText, VerbatimText } from './markup.js';
import { compact } from './rules.js';
import { type SourceLine, tableCells } from './scan.js';
import { isSpaceChar as isSpace } from './space.js';

/**
 * The rows of a table as read: each cell's text (markup removed, OCR spaces inside Chinese words
 * out, see {@link cellText}), whether each line is bold, and each row's line. Kept column-free
 * and object-free: every row's texts one after another in one array, each row's first cell and
 * width in typed arrays (grown by doubling) — no object and no array per row (a table of 100,000
 * rows was 100,000 of each, ≈ 100 B per row more). The cells' clean texts with their maps to the
 * source are kept only for a row that needs them later (a cell with markup, or with white space,
 * which checkRestarts reads), and made again from the line for the rare reader of another row
 * ({@link RawRows.cleanCells}). A row is its index, 0 … `length` − 1.
 */
export class RawRows {
  /** Every row's cell texts, row after row (made at its size when the number of cells is known). */
  readonly #texts: string[];
  #cellCount = 0;
  /** Where each row's texts start in #texts. */
  #from: Int32Array<ArrayBuffer>;
  /** Each row's number of cells. */
  #width: Int32Array<ArrayBuffer>;
  /** 1 where the line has bold markup (its filled cells are bold; only read on group rows). */
  #bold: Uint8Array<ArrayBuffer>;
  readonly #lines: SourceLine[] = [];
  /** The clean cells of the rows whose cells have markup or white space. */
  readonly #clean = new Map<number, CleanText[]>();
  readonly #source: string;

  /**
   * @param source - The source text the rows' lines are in.
   * @param capacity - The number of rows expected (the arrays are made this long, and doubled if more come).
   * @param cells - The number of cells expected (the same for the array of texts, which grows if more come).
   */
  constructor(source: string, capacity = 16, cells = 0) {
    this.#source = source;
    this.#texts = new Array<string>(cells);
    const size = Math.max(1, capacity);
    this.#from = new Int32Array(size);
    this.#width = new Int32Array(size);
    this.#bold = new Uint8Array(size);
  }

  /** The number of rows. */
  get length(): number {
    return this.#lines.length;
  }

  /** Appends a row: its cells' texts, whether its line is bold, the line, and its clean cells when kept. */
  push(texts: readonly string[], bold: boolean, line: SourceLine, clean: CleanText[] | undefined): void {
    const r = this.#lines.length;
    if (r === this.#from.length) {
      this.#from = grown(this.#from);
      this.#width = grown(this.#width);
      const bolds = new Uint8Array(this.#bold.length * 2);
      bolds.set(this.#bold);
      this.#bold = bolds;
    }
    this.#from[r] = this.#cellCount;
    this.#width[r] = texts.length;
    this.#bold[r] = bold ? 1 : 0;
    for (const text of texts) this.#texts[this.#cellCount++] = text;
    this.#lines.push(line);
    if (clean) this.#clean.set(r, clean);
  }

  /** The number of cells of row `r`. */
  width(r: number): number {
    return this.#width[r] ?? 0;
  }

  /** The text of cell `c` of row `r` ('' past its end). */
  text(r: number, c: number): string {
    return c < (this.#width[r] ?? 0) ? (this.#texts[(this.#from[r] ?? 0) + c] as string) : '';
  }

  /** The texts of row `r`'s cells, as a new array (for the few readers of whole rows). */
  texts(r: number): string[] {
    const from = this.#from[r] ?? 0;
    return this.#texts.slice(from, from + (this.#width[r] ?? 0));
  }

  /** Whether row `r`'s line has bold markup. */
  bold(r: number): boolean {
    return this.#bold[r] === 1;
  }

  /** The line of row `r`. */
  line(r: number): SourceLine {
    return this.#lines[r] as SourceLine;
  }

  /** Row `r`'s clean cells when kept (a cell has markup or white space); else undefined. */
  keptClean(r: number): CleanText[] | undefined {
    return this.#clean.get(r);
  }

  /**
   * The clean texts (with their maps) of row `r`'s cells: those kept, or — for a row of plain
   * cells — read again from its line (the same texts: reading is pure).
   */
  cleanCells(r: number): CleanText[] {
    return this.#clean.get(r) ?? tableCells(this.#source, this.line(r));
  }

  /** Cuts row `r` to its first `texts.length` cells, with these texts and clean cells (never more cells than it had). */
  shorten(r: number, texts: readonly string[], clean: CleanText[]): void {
    const from = this.#from[r] ?? 0;
    texts.forEach((text, c) => {
      this.#texts[from + c] = text;
    });
    this.#width[r] = Math.min(texts.length, this.#width[r] ?? 0);
    this.#clean.set(r, clean);
  }
}

/** The number of cells of table lines: one more than the tabs on each (what {@link tableCells} cuts). */
export function cellCount(source: string, lines: readonly SourceLine[]): number {
  let count = 0;
  for (const line of lines) {
    count++;
    for (let i = line.start; i < line.end; i++) if (source.charCodeAt(i) === 0x09) count++;
  }
  return count;
}

/** A copy of `array` twice as long. */
function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(array.length * 2);
  out.set(array);
  return out;
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
 * Appends the rows of table lines to `rows`: each line's cells, cleaned, with whether the line is
 * bold. The clean text of every filled cell that is not only digits goes to `texts` (for
 * citations), in order.
 */
export function rowsOf(ctx: ParseContext, lines: readonly SourceLine[], rows: RawRows, texts?: CleanText[]): void {
  for (const line of lines) {
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
    rows.push(cellTexts, bold, line, plain ? undefined : cells);
  }
}

/** Whether cell `c` of row `r` is bold: filled, on a line with bold markup. */
export const isBoldAt = (rows: RawRows, r: number, c: number): boolean => rows.bold(r) && rows.text(r, c) !== '';

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

/** Whether row `r` reads as a header: short texts, no numbers, at least two filled cells. */
export function looksLikeHeader(rows: RawRows, r: number): boolean {
  const filled = rows.texts(r).filter((text) => text !== '');
  if (filled.length < 2) return false;
  return filled.every((text) => text.length <= 24 && !isNumeric(text) && parseOutlineMarker(text) === undefined);
}

/** Whether rows `a` and `b` hold the same cells (a continuation repeating the header). */
export function sameRow(rows: RawRows, a: number, b: number): boolean {
  const key = (r: number) =>
    rows
      .texts(r)
      .map((text) => compact(text))
      .join('\t');
  const trimTabs = (s: string) => {
    let end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) === 0x09) end--;
    return s.slice(0, end);
  };
  return trimTabs(key(a)) === trimTabs(key(b));
}
