/**
 * Reading the values of arguments and options: dates, integers, years. A value of the wrong form
 * is a usage error (exit 2) that says which form is expected.
 */
import { type IsoDate, isIsoDate, ParseError, parseChineseDate } from '@gongbao/utils/dates';
import { parseChineseNumber, toAsciiDigits } from '@gongbao/utils/numbering';
import { usageError } from './cli-error.js';

/** A date given as `YYYY-MM-DD` (or as a Chinese date, 2024年6月4日). */
export function dateArg(value: string, what: string): IsoDate {
  const text = toAsciiDigits(value.trim());
  if (isIsoDate(text)) return text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    throw usageError(`${what}: ${value} is not a day of the calendar`, 'Check the month and the day.');
  }
  try {
    return parseChineseDate(value);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    throw usageError(`${what}: '${value}' is not a date`, 'Write it as YYYY-MM-DD, e.g. 2024-06-04 (or 2024年6月4日).');
  }
}

/** An integer: `7`, `-1`, `+3`, full-width digits (７) or a Chinese numeral (七). */
export function integerArg(value: string, what: string): number {
  const text = toAsciiDigits(value.trim());
  if (/^[+-]?\d+$/.test(text)) {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return n;
  } else {
    try {
      return parseChineseNumber(value);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
    }
  }
  throw usageError(`${what}: '${value}' is not an integer`, 'Give a whole number, e.g. 7 or -1.');
}

/** A positive integer (a limit, a count). */
export function positiveIntegerArg(value: string, what: string): number {
  const n = integerArg(value, what);
  if (n < 1) throw usageError(`${what}: expected a positive integer, got ${value}`, 'Give 1 or more.');
  return n;
}

/** A year with four digits. */
export function yearArg(value: string, what: string): number {
  const text = toAsciiDigits(value.trim()).replace(/年$/u, '');
  if (/^\d{4}$/.test(text)) return Number(text);
  try {
    const year = parseChineseNumber(text);
    if (year >= 1000 && year <= 9999) return year;
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
  throw usageError(`${what}: '${value}' is not a year`, 'Give a year with four digits, e.g. 2024.');
}
