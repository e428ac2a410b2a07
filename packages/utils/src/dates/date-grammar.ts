/**
 * The pieces of the date grammar shared by the date, deadline, duration and finder modules:
 * regular-expression sources for years, months, days and spacing, and the reading of the numbers
 * they capture (Arabic, full-width or Chinese numerals, through `parseChineseNumber`).
 *
 * @internal
 * @packageDocumentation
 */
import { parseChineseNumber } from '../numbering/chinese-number.js';
import { ParseError } from '../numbering/parse-error.js';

/** Optional spacing inside an expression: typeset text puts spaces around Arabic numbers. */
export const SP = '[ \\t\\u3000]*';
/** A four-digit year, Arabic/full-width or written digit by digit (二〇二四, 二零二五, 二○二四). */
export const YEAR = '(?<![0-9０-９])([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})';
/** A month number: 1–2 digits or 一 … 十二. */
export const MONTH = '(?<![0-9０-９])([0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})';
/** A day number: 1–2 digits or 一 … 三十一. */
export const DAY = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})';

/**
 * Reads a captured number. `input` and `index` say where it sits, so that an error points into
 * the caller's input rather than into the fragment. With `indices` (the pattern that matched, with
 * the `d` flag), `index` is a group number, resolved to a position only on error — the `d` flag is
 * too slow for the success path.
 */
export function readNumber(fragment: string, input: string, index: number, indices?: RegExp): number {
  if (/^\d+$/.test(fragment)) return Number(fragment);
  try {
    return parseChineseNumber(fragment);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const at = indices ? (indices.exec(input)?.indices?.[index]?.[0] ?? 0) : index;
    throw new ParseError('INVALID_NUMBER', input, `Bad number ${fragment}`, at);
  }
}

/** Throws the package's ParseError. */
export function fail(code: string, input: string, message: string, index?: number): never {
  throw new ParseError(code, input, message, index);
}
