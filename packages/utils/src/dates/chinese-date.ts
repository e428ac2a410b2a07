/**
 * Chinese calendar dates as written in official documents: 2024年6月4日, 二〇二四年六月四日.
 *
 * @packageDocumentation
 */
import { DAY, fail, MONTH, readNumber, SP, YEAR } from './date-grammar.js';
import { daysInMonth, type IsoDate, toIsoDate } from './iso-date.js';

const DIGITS = '〇一二三四五六七八九';
const FULL_DATE_SOURCE = `^\\s*${YEAR}${SP}年${SP}${MONTH}${SP}月${SP}${DAY}${SP}日\\s*$`;
const FULL_DATE = new RegExp(FULL_DATE_SOURCE);
const FULL_DATE_WITH_INDICES = new RegExp(FULL_DATE_SOURCE, 'd');
const YEAR_MONTH = new RegExp(`^\\s*${YEAR}${SP}年${SP}${MONTH}${SP}月\\s*$`);
const MONTH_DAY = new RegExp(`^\\s*${MONTH}${SP}月${SP}${DAY}${SP}日\\s*$`);

/**
 * Checks year, month and day read from `input` and builds the date.
 *
 * @internal
 */
export function checkedDate(
  year: number,
  month: number,
  day: number,
  input: string,
  monthIndex: number,
  dayIndex: number,
): IsoDate {
  if (year < 1000) fail('INVALID_DATE', input, 'Year < 1000', 0);
  if (month < 1 || month > 12) fail('INVALID_DATE', input, 'No such month', monthIndex);
  if (day < 1 || day > daysInMonth(year, month)) {
    fail('INVALID_DATE', input, 'No such day', dayIndex);
  }
  return toIsoDate(year, month, day);
}

/**
 * Parses a full Chinese date: 2024年6月4日, 2024 年 5 月 22 日 (typeset spacing), 二〇二四年六月四日,
 * 二零二五年一月八日, full-width digits (２０２４年６月４日).
 *
 * The year must have four digits; only real calendar dates are accepted.
 *
 * @param text - The date, alone (surrounding whitespace is ignored). To find dates inside running
 *   text, use {@link findDates}.
 * @returns The ISO date.
 * @throws {@link ParseError} with code `EMPTY`, `PARTIAL_DATE` (2024年6月, 六月四日),
 *   `INVALID_DATE` (2024年2月30日, 2023年2月29日, month 0 or 13), `INVALID_NUMBER` (a numeral
 *   that does not read, e.g. 十十) or `NOT_A_DATE` (anything else).
 * @example
 * ```ts
 * parseChineseDate('2024年6月4日');       //=> '2024-06-04'
 * parseChineseDate('2024 年 5 月 22 日'); //=> '2024-05-22'
 * parseChineseDate('二〇二四年六月四日'); //=> '2024-06-04'
 * parseChineseDate('二零二五年一月八日'); //=> '2025-01-08'
 * parseChineseDate('2023年2月29日');      //=> throws ParseError
 * parseChineseDate('2024年6月');          //=> throws ParseError
 * ```
 */
export function parseChineseDate(text: string): IsoDate {
  const match = FULL_DATE.exec(text);
  if (match) {
    const [, yearText = '', monthText = '', dayText = ''] = match;
    // Positions are only needed for errors, and the `d` flag that yields them is slow: re-match then.
    const year = readNumber(yearText, text, 1, FULL_DATE_WITH_INDICES);
    const month = readNumber(monthText, text, 2, FULL_DATE_WITH_INDICES);
    const day = readNumber(dayText, text, 3, FULL_DATE_WITH_INDICES);
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return toIsoDate(year, month, day);
    }
    const indices = FULL_DATE_WITH_INDICES.exec(text)?.indices;
    return checkedDate(year, month, day, text, indices?.[2]?.[0] ?? 0, indices?.[3]?.[0] ?? 0);
  }
  if (!text.trim()) return fail('EMPTY', text, 'Empty');
  if (YEAR_MONTH.test(text)) return fail('PARTIAL_DATE', text, 'No day', text.trimEnd().length);
  if (MONTH_DAY.test(text)) return fail('PARTIAL_DATE', text, 'No year', 0);
  return fail('NOT_A_DATE', text, 'Not a date');
}

/** Options of {@link formatChineseDate}. */
export interface FormatChineseDateOptions {
  /**
   * `'arabic'` (default): Arabic numerals without leading zeros, as GB/T 9704-2012 writes the
   * 成文日期 — `2024年6月4日`. `'hanzi'`: Chinese numerals, the year digit by digit with 〇 —
   * `二〇二四年六月四日`.
   */
  readonly style?: 'arabic' | 'hanzi';
}

/**
 * Writes an ISO date the Chinese way.
 *
 * @param date - The date.
 * @param options - The numeral style.
 * @returns `2024年6月4日` or `二〇二四年六月四日`.
 * @throws RangeError when `date` is not an ISO date.
 * @example
 * ```ts
 * formatChineseDate('2024-06-04' as IsoDate);                     //=> '2024年6月4日'
 * formatChineseDate('2024-12-31' as IsoDate, { style: 'hanzi' }); //=> '二〇二四年十二月三十一日'
 * ```
 */
export function formatChineseDate(date: IsoDate, options: FormatChineseDateOptions = {}): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [, yearText = '', monthText = '', dayText = ''] = match ?? [];
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  toIsoDate(year, month, day); // validates: throws RangeError for non-dates
  if (options.style === 'hanzi') {
    // A few characters instead of formatChineseNumber, which would double this module's size.
    const small = (n: number): string =>
      (n >= 20 ? (DIGITS[Math.floor(n / 10)] ?? '') : '') +
      (n >= 10 ? '十' : '') +
      (n % 10 ? (DIGITS[n % 10] ?? '') : '');
    return `${[...yearText].map((digit) => DIGITS[Number(digit)]).join('')}年${small(month)}月${small(day)}日`;
  }
  return `${year}年${month}月${day}日`;
}
