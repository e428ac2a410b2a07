import { isoDayNumber, outOfRange } from './day-number.js';
import type { IsoDate } from './iso-date-type.js';

export type { IsoDate, IsoDateInput } from './iso-date-type.js';

/**
 * Whether `year` is a leap year in the proleptic Gregorian calendar.
 *
 * @param year - A full year, e.g. 2024.
 * @returns `true` for leap years.
 * @throws Never.
 * @example
 * ```ts
 * isLeapYear(2024); //=> true
 * isLeapYear(1900); //=> false
 * isLeapYear(2000); //=> true
 * ```
 */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * The number of days in a month.
 *
 * @param year - A full year, e.g. 2024.
 * @param month - 1 (January) … 12 (December).
 * @returns 28, 29, 30 or 31.
 * @throws ParseError (code `OUT_OF_RANGE`) when `year` is not an integer or `month` is not an integer 1…12.
 * @example
 * ```ts
 * daysInMonth(2024, 2); //=> 29
 * daysInMonth(2025, 2); //=> 28
 * daysInMonth(2024, 6); //=> 30
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) outOfRange(`${year}-${month}`);
  // 31 days in odd months up to July and in even months from August; February apart.
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
}

/**
 * Whether `value` is an ISO date string `YYYY-MM-DD` naming a real calendar day.
 *
 * @param value - Anything.
 * @returns `true` (and narrows to {@link IsoDate}) for real dates such as `2024-02-29`;
 *   `false` for `2023-02-29`, `2024-13-45`, `2024-6-4` or non-strings.
 * @throws Never.
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); //=> true
 * isIsoDate('2023-02-29'); //=> false
 * isIsoDate('2024-6-4');   //=> false
 * // Years run from 0001, as in toIsoDate:
 * isIsoDate('0000-01-01'); //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return isoDayNumber(value) !== undefined;
}

/**
 * Builds an {@link IsoDate} from its parts, accepting real calendar dates only.
 *
 * @param year - A full year 1…9999.
 * @param month - 1 … 12.
 * @param day - 1 … the month's length.
 * @returns The date as `YYYY-MM-DD`.
 * @throws ParseError (code `OUT_OF_RANGE`) when the parts do not name a real calendar day (2023-02-29, month 13 …).
 * @example
 * ```ts
 * toIsoDate(2024, 6, 4);  //=> '2024-06-04'
 * toIsoDate(2023, 2, 29); //=> throws ParseError
 * ```
 */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  // Arithmetic and string concatenation only: parseChineseDate runs this on every date.
  if (
    !Number.isInteger(year) ||
    year < 1 ||
    year > 9999 ||
    !Number.isInteger(day) ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    outOfRange(`${year}-${month}-${day}`);
  }
  return (`${year}`.padStart(4, '0') + (month < 10 ? '-0' : '-') + month + (day < 10 ? '-0' : '-') + day) as IsoDate;
}
