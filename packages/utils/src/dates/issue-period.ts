/**
 * Issue periods: the days an issue of a periodical covers, from its frequency (刊期).
 *
 * @packageDocumentation
 */
import { dayNumberOf, fromDayNumber } from './day-number.js';
import { daysInMonth, type IsoDate, toIsoDate } from './iso-date.js';

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

// Months per issue (12 / issues a year) or, below one month, issues per month as a negative number.
const SPANS: Record<IssueFrequency, number> = {
  年刊: 12,
  annual: 12,
  半年刊: 6,
  semiannual: 6,
  季刊: 3,
  quarterly: 3,
  双月刊: 2,
  bimonthly: 2,
  月刊: 1,
  monthly: 1,
  半月刊: -2,
  semimonthly: -2,
  旬刊: -3,
  dekadal: -3,
};

/**
 * The days that issue `number` of `year` covers, for a periodical of the given frequency: issue 3
 * of 2024 of a bimonthly (双月刊) covers May and June.
 *
 * @param year - The year, e.g. 2024.
 * @param number - The issue number within the year (期), 1 … issues per year.
 * @param frequency - The frequency, e.g. `'双月刊'` or `'bimonthly'`.
 * @returns `{ from, to }`, both included.
 * @throws RangeError when the frequency is unknown, or `number` is not an issue of that frequency
 *   (issue 7 of a bimonthly).
 * @example
 * ```ts
 * issuePeriod(2024, 3, '双月刊');    //=> { from: '2024-05-01', to: '2024-06-30' }
 * issuePeriod(2024, 1, 'quarterly'); //=> { from: '2024-01-01', to: '2024-03-31' }
 * issuePeriod(2024, 4, '半月刊');    //=> { from: '2024-02-16', to: '2024-02-29' }
 * issuePeriod(2024, 7, '双月刊');    //=> throws RangeError
 * ```
 */
export function issuePeriod(year: number, number: number, frequency: IssueFrequency): DateRange {
  if (!Object.hasOwn(SPANS, frequency)) throw new RangeError(`Bad frequency ${frequency}`);
  const span = SPANS[frequency];
  const perMonth = span < 0 ? -span : 1;
  const issues = span < 0 ? 12 * perMonth : 12 / span;
  if (!Number.isInteger(number) || number < 1 || number > issues) {
    throw new RangeError(`No issue ${number} of a ${frequency}`);
  }
  if (span > 0) {
    const firstMonth = (number - 1) * span + 1;
    const lastMonth = firstMonth + span - 1;
    return { from: toIsoDate(year, firstMonth, 1), to: toIsoDate(year, lastMonth, daysInMonth(year, lastMonth)) };
  }
  const month = Math.ceil(number / perMonth);
  const part = (number - 1) % perMonth;
  const partLength = perMonth === 2 ? 15 : 10;
  const from = dayNumberOf(year, month, 1 + part * partLength);
  const to = part === perMonth - 1 ? dayNumberOf(year, month, daysInMonth(year, month)) : from + partLength - 1;
  toIsoDate(year, month, 1); // validates the year
  return { from: fromDayNumber(from), to: fromDayNumber(to) };
}
