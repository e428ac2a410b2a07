/**
 * Issue periods: the days an issue of a periodical covers, from its frequency (刊期).
 *
 * @packageDocumentation
 */
import { dayNumberOf, fromDayNumber, outOfRange } from './day-number.js';
import type { IsoDate } from './iso-date.js';

/**
 * How often a periodical appears, by its Chinese name or an English alias:
 * 年刊 (`'annual'`), 半年刊 (`'semiannual'`), 季刊 (`'quarterly'`), 双月刊 (`'bimonthly'`), 月刊
 * (`'monthly'`), 半月刊 (`'semimonthly'`: the 1st–15th and the 16th–end of each month), 旬刊
 * (`'dekadal'`: the 1st–10th, 11th–20th and 21st–end).
 */
export type IssueFrequency =
  | '年刊'
  | '半年刊'
  | '季刊'
  | '双月刊'
  | '月刊'
  | '半月刊'
  | '旬刊'
  | 'annual'
  | 'semiannual'
  | 'quarterly'
  | 'bimonthly'
  | 'monthly'
  | 'semimonthly'
  | 'dekadal';

/** A range of days, both ends included. */
export interface DateRange {
  /** The first day. */
  readonly from: IsoDate;
  /** The last day. */
  readonly to: IsoDate;
}

// The frequencies, Chinese names then English aliases.
const FREQUENCIES =
  /* @__PURE__ */ '年刊 半年刊 季刊 双月刊 月刊 半月刊 旬刊 annual semiannual quarterly bimonthly monthly semimonthly dekadal'.split(
    ' ',
  );

/**
 * The days that issue `number` of `year` covers, for a periodical of the given frequency: issue 3
 * of 2024 of a bimonthly (双月刊) covers May and June.
 *
 * @param year - The year, e.g. 2024.
 * @param number - The issue number within the year (期), 1 … issues per year.
 * @param frequency - The frequency, e.g. `'双月刊'` or `'bimonthly'`.
 * @returns `{ from, to }`, both included.
 * @throws ParseError (code `OUT_OF_RANGE`) when the frequency is unknown, or `number` is not an issue of that frequency
 *   (issue 7 of a bimonthly).
 * @example
 * ```ts
 * issuePeriod(2024, 3, '双月刊');    //=> { from: '2024-05-01', to: '2024-06-30' }
 * issuePeriod(2024, 1, 'quarterly'); //=> { from: '2024-01-01', to: '2024-03-31' }
 * issuePeriod(2024, 4, '半月刊');    //=> { from: '2024-02-16', to: '2024-02-29' }
 * issuePeriod(2024, 7, '双月刊');    //=> throws ParseError
 * ```
 */
export function issuePeriod(year: number, number: number, frequency: IssueFrequency): DateRange {
  // The issues a year of each frequency, in the order of FREQUENCIES.
  const issues = [1, 2, 4, 6, 12, 24, 36][FREQUENCIES.indexOf(frequency) % 7];
  if (!issues || !Number.isInteger(number) || number < 1 || number > issues || !Number.isInteger(year)) {
    outOfRange(`issue ${number} of ${frequency}`);
  }
  // Issue k (from 0) starts 12k/issues months into the year: the 1st of a month, or for a
  // half-month the 16th, for a ten-day period (旬) the 11th or 21st.
  const start = (k: number) =>
    dayNumberOf(year, Math.floor((12 * k) / issues) + 1, 1 + (((12 * k) % issues) * 30) / issues);
  return { from: fromDayNumber(start(number - 1)), to: fromDayNumber(start(number) - 1) };
}
