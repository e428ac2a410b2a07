/**
 * A working-day calendar's queries over its arranged days: the index (built once, on first use)
 * and the O(1) queries on it. `createCalendar` and the built-in calendar both build on this.
 *
 * @packageDocumentation
 */
import { type CalendarCoverage, CalendarRangeError } from './calendar-range-error.js';
import { fromDayNumber, outOfRange, toDayNumber, weekdayOf } from './day-number.js';
import type { HolidayArrangementInput } from './holiday-arrangement.js';
import type { IsoDate, IsoDateInput } from './iso-date.js';

/**
 * What kind of day a date is:
 * - `'workday'` — Monday to Friday, not a day off;
 * - `'weekend'` — Saturday or Sunday, not arranged otherwise;
 * - `'holiday'` — a day off (放假) named by the year's notice, including 调休 days and holidays
 *   that fall on a weekend;
 * - `'makeup-workday'` — a weekend day worked (调休上班).
 */
export type DayType = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/**
 * A working-day calendar: the years of the arrangements it was made of, queried in O(1). An
 * immutable value — `extend` returns a new calendar and changes nothing.
 */
export interface WorkingDayCalendar {
  /** The covered days: 1 January of the first arranged year to 31 December of the last. */
  readonly coverage: CalendarCoverage;
  /** Whether `date` is a working day (see {@link isWorkingDay}). */
  isWorkingDay(date: IsoDateInput): boolean;
  /** What kind of day `date` is (see {@link dayType}). */
  dayType(date: IsoDateInput): DayType;
  /** The working day `n` working days after `date` (see {@link addWorkingDays}). */
  addWorkingDays(date: IsoDateInput, n: number): IsoDate;
  /** The working days from `from` to `to`, both included (see {@link countWorkingDays}). */
  countWorkingDays(from: IsoDateInput, to: IsoDateInput): number;
  /** The first working day after `date` (see {@link nextWorkingDay}). */
  nextWorkingDay(date: IsoDateInput): IsoDate;
  /**
   * A new calendar with these arrangements added (a year's notice, an amending notice). The
   * years must stay consecutive; a year already covered may be given again only as it is.
   *
   * @throws ParseError as {@link createCalendar}.
   */
  extend(...arrangements: HolidayArrangementInput[]): WorkingDayCalendar;
}
/**
 * An arrangement as days: its year, the type of each day it arranges by day number (2 a day off,
 * 3 a working day), whether it amends its year. A tuple, so that no field name is in the bundle.
 *
 * @internal
 */
export type ArrangedDays = [year: number, days: Map<number, number>, amendment: boolean | undefined];

/**
 * The index of a calendar: for each covered ISO date, 4 × the number of working days before it +
 * its type (0 weekend, 1 holiday, 2 workday, 3 make-up workday: bit 2 is set on working days, so
 * `(entry + 2) >> 2` counts the day itself when it is one); the working days in order.
 */
type Index = [days: Map<string, number>, working: IsoDate[]];
/**
 * The index over `list` through `coverage`: each arranged day as the last entry that names it
 * says — so a year's notice must come before the notices amending it.
 */
function indexOf(list: ArrangedDays[], coverage: CalendarCoverage): Index {
  const arranged = new Map<number, number>();
  for (const [, days] of list) for (const [day, type] of days) arranged.set(day, type);
  const days = new Map<string, number>();
  const working: IsoDate[] = [];
  for (let day = toDayNumber(coverage.from), end = toDayNumber(coverage.to); day <= end; day++) {
    const type = arranged.get(day) ?? (weekdayOf(day) % 6 ? 2 : 0);
    const iso = fromDayNumber(day);
    days.set(iso, working.length * 4 + type);
    if (type > 1) working.push(iso); // an ordinary or a make-up workday
  }
  return [days, working];
}
/**
 * A calendar over the arrangements `source` gives through `coverage`, indexed on first use;
 * `extend` as given.
 *
 * @internal
 */
export function queriesOf(source: () => ArrangedDays[], coverage: CalendarCoverage): Omit<WorkingDayCalendar, 'extend'>;
export function queriesOf(
  source: () => ArrangedDays[],
  coverage: CalendarCoverage,
  extend: WorkingDayCalendar['extend'],
): WorkingDayCalendar;
export function queriesOf(
  source: () => ArrangedDays[],
  coverage: CalendarCoverage,
  extend?: WorkingDayCalendar['extend'],
): Omit<WorkingDayCalendar, 'extend'> {
  let index: Index | undefined;

  /** The index entry of `date`; CalendarRangeError outside the coverage. */
  function entryOf(date: IsoDateInput): number {
    index ??= indexOf(source(), coverage);
    const entry = index[0].get(date);
    if (entry === undefined) {
      toDayNumber(date as IsoDate); // a ParseError for what is not a date
      throw new CalendarRangeError(date, coverage);
    }
    return entry;
  }

  function addWorkingDays(date: IsoDateInput, n: number): IsoDate {
    if (!Number.isInteger(n)) outOfRange(n);
    const entry = entryOf(date);
    const working = (index as Index)[1];
    // The rank of the answer among the working days; with n = 0 the answer is `date` or, on a day
    // off, the next working day.
    const answer = working[n > 0 ? ((entry + 2) >> 2) + n - 1 : (entry >> 2) + n];
    if (answer === undefined) {
      // Past an end of the coverage: name the first day beyond it, the first the calendar would need.
      const beyond = n > 0 ? toDayNumber(coverage.to) + 1 : toDayNumber(coverage.from) - 1;
      throw new CalendarRangeError(fromDayNumber(beyond), coverage, `${date} + ${n}`);
    }
    return answer;
  }

  // Data properties only, frozen: a literal with a getter or a spread makes V8 keep the object in
  // dictionary mode, and every query paid a slow lookup that callers cannot inline (1.6× the time).
  return Object.freeze({
    coverage,
    isWorkingDay: (date: IsoDateInput) => (entryOf(date) & 2) > 0,
    // `& 3` keeps the index in range.
    dayType: (date: IsoDateInput) =>
      (['weekend', 'holiday', 'workday', 'makeup-workday'] as const)[entryOf(date) & 3] as DayType,
    addWorkingDays,
    nextWorkingDay: (date: IsoDateInput) => addWorkingDays(date, 1),
    countWorkingDays(from: IsoDateInput, to: IsoDateInput) {
      const start = entryOf(from);
      const end = entryOf(to);
      if (to < from) outOfRange(`${to} < ${from}`);
      return ((end + 2) >> 2) - (start >> 2);
    },
    // undefined on the package-level functions' calendar, which is not exported.
    extend,
  });
}
