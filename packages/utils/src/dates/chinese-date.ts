/**
 * Chinese calendar dates as written in official documents: 2024年6月4日, 二〇二四年六月四日.
 *
 * @packageDocumentation
 */
import { checkedDate, DAY, failUnlessBlank, HAN, MONTH, numeral, SP, YEAR } from './date-grammar.js';
import { outOfRange, toDayNumber } from './day-number.js';
import { fail } from './fail.js';
import type { IsoDate } from './iso-date.js';

// Every part optional, so that one match also tells partial dates (2024年6月, 六月四日) apart.
// Matched on the text without trailing whitespace: anchored, spacing only after a token (see SP)
// — linear.
const DATE = new RegExp(`^\\s*(?:${YEAR}${SP}年${SP})?(?:${MONTH}${SP}月${SP})?(?:${DAY}${SP}日)?$`);

/**
 * Parses a full Chinese date: 2024年6月4日, 2024 年 5 月 22 日 (typeset spacing), 二〇二四年六月四日,
 * 二零二五年一月八日, full-width digits (２０２４年６月４日), and ○ or the letter O typed for 〇
 * (二○○八年十月十三日, 二OO六年二月二十日).
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
 * parseChineseDate('二OO六年二月二十日'); //=> '2006-02-20'
 * parseChineseDate('2023年2月29日');      //=> throws ParseError
 * parseChineseDate('2024年6月');          //=> throws ParseError
 * ```
 */
export function parseChineseDate(text: string): IsoDate {
  const trimmed = text.trimEnd();
  const [, yearText, monthText, dayText] = DATE.exec(trimmed) ?? [];
  return yearText && monthText && dayText
    ? checkedDate(
        text,
        numeral(yearText),
        numeral(monthText, true),
        numeral(dayText, true),
        (part) =>
          // Positions only on error: the `d` flag that gives them is too slow for every call.
          new RegExp(DATE.source, 'd').exec(trimmed)?.indices?.[part + 1]?.[0],
      )
    : yearText && monthText
      ? fail('PARTIAL_DATE', text, trimmed.length)
      : monthText && dayText
        ? fail('PARTIAL_DATE', text, 0)
        : failUnlessBlank('NOT_A_DATE', text);
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
 * @throws ParseError (code `OUT_OF_RANGE`) when `date` is not an ISO date, or its year is before 1000 (text
 * {@link parseChineseDate} would not read back).
 * @example
 * ```ts
 * formatChineseDate('2024-06-04' as IsoDate);                     //=> '2024年6月4日'
 * formatChineseDate('2024-12-31' as IsoDate, { style: 'hanzi' }); //=> '二〇二四年十二月三十一日'
 * ```
 */
export function formatChineseDate(date: IsoDate, options: FormatChineseDateOptions = {}): string {
  // Both throw ParseError OUT_OF_RANGE with `date` as its input: for a year parseChineseDate would
  // not read back (it reads four-digit years only) and for what is not a date.
  if (date < '1000') outOfRange(date);
  toDayNumber(date);
  const [year, month, day] = date.split('-') as [string, string, string]; // validated above
  const hanzi = options.style === 'hanzi';
  const arabic = `${hanzi ? year : +year}年${+month}月${+day}日`;
  // Hanzi: 10–31 as 十, 十一 … 三十一 (written out in place), then every digit as 〇 … 九.
  return hanzi
    ? arabic
        .replace(/(\d)(\d)(?=[月日])/g, (_, tens, units) => `${tens > 1 ? tens : ''}十${units > 0 ? units : ''}`)
        .replace(/\d/g, (digit) => `〇${HAN}`.charAt(+digit))
    : arabic;
}
