/**
 * Validity periods: 自2024年6月22日起执行，有效期5年 → the last day the text is in force.
 *
 * @packageDocumentation
 */
import { dayNumberOf, fromDayNumber, outOfRange, toDayNumber } from './day-number.js';
import type { IsoDate } from './iso-date.js';

/** The length of a period in calendar years, months and days (any combination). */
export interface PeriodLength {
  /** Whole years. */
  readonly years?: number;
  /** Whole months. */
  readonly months?: number;
  /** Whole days. */
  readonly days?: number;
}

/**
 * The last day of a period that starts on, and includes, `start`.
 *
 * Convention: the period ends on the day before the day that corresponds to `start` after the
 * years and months (2024-06-22 + 5 years → 2029-06-21), then `days` more days (30 days from
 * 2024-06-04 → 2024-07-03). Month-end rule: when the target month has no corresponding day
 * (31 January + 1 month; 29 February + 1 year), the period ends on that month's last day
 * (29 February 2024; 28 February 2025). This is how an effective date and 有效期N年 are read:
 * the effective date is the first day in force. (Periods counted from an event that is itself
 * not counted — 民法典 第201条, 开始的当日不计入 — start the next day; see {@link applyDuration}.)
 *
 * @param start - The first day of the period.
 * @param length - Years, months and days; non-negative integers, not all zero.
 * @returns The last day of the period.
 * @throws ParseError (code `OUT_OF_RANGE`) when `start` is not an ISO date, or `length` is empty, negative or not whole.
 * @example
 * ```ts
 * validityEnd('2024-06-22' as IsoDate, { years: 5 });  //=> '2029-06-21'
 * validityEnd('2024-06-04' as IsoDate, { days: 30 });  //=> '2024-07-03'
 * validityEnd('2024-01-31' as IsoDate, { months: 1 }); //=> '2024-02-29'
 * validityEnd('2024-02-29' as IsoDate, { years: 1 });  //=> '2025-02-28'
 * ```
 */
export function validityEnd(start: IsoDate, length: PeriodLength): IsoDate {
  const { years = 0, months = 0, days = 0 } = length;
  if (![years, months, days].every((value) => Number.isInteger(value) && value >= 0) || !(years + months + days)) {
    outOfRange('length');
  }
  toDayNumber(start); // validates it
  const [year, month, day] = start.split('-').map(Number) as [number, number, number]; // validated above
  // The day before the corresponding day or, when the target month lacks it (the day runs on
  // into the next month), the month's last day.
  const y = year + years;
  const m = month + months;
  return fromDayNumber(Math.min(dayNumberOf(y, m, day), dayNumberOf(y, m + 1, 1)) - 1 + days);
}
