/**
 * The PRC working-day calendar: queries over the data in `prc-calendar-data.ts`, answered from an
 * index (built once, on first use) so that every query is O(1).
 *
 * @packageDocumentation
 */
import { dayNumberOf, fromDayNumber, outOfRange, toDayNumber, weekdayOf } from './day-number.js';
import type { IsoDate } from './iso-date.js';
import { PRC_CALENDAR } from './prc-calendar-data.js';

/** The first and last day that the working-day calendar covers, both included. */
export interface CalendarCoverage {
  /** The first covered day (1 January of the first year with a notice). */
  readonly from: IsoDate;
  /** The last covered day (31 December of the last year with a notice). */
  readonly to: IsoDate;
}

/** The year of a covered calendar and the notices its arrangement comes from. */
export interface CalendarSource {
  /** The year. */
  readonly year: number;
  /** 发文字号 of the State Council General Office notice, then of any notice amending it. */
  readonly notices: readonly string[];
}

/**
 * What kind of day a date is in the PRC calendar:
 * - `'workday'` — Monday to Friday, not a day off;
 * - `'weekend'` — Saturday or Sunday, not arranged otherwise;
 * - `'holiday'` — a day off (放假) named by the year's notice, including 调休 days and holidays
 *   that fall on a weekend;
 * - `'makeup-workday'` — a weekend day worked (调休上班).
 */
export type DayType = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/**
 * Thrown when a date (or the answer to a working-day query) lies outside the years the calendar
 * covers: the calendar never guesses from weekends alone, because the State Council arranges each
 * year's holidays and make-up working days anew.
 *
 * @example
 * ```ts
 * isWorkingDay('2030-01-02' as IsoDate); //=> throws CalendarRangeError
 * new CalendarRangeError('2030-01-02') instanceof RangeError; //=> true
 * ```
 */
export class CalendarRangeError extends RangeError {
  /**
   * The date that is not covered: the date asked about or, when a working-day count runs past an
   * end of the coverage, the first day beyond that end.
   */
  readonly date: string;
  /** The covered range. */
  readonly coverage: CalendarCoverage = calendarCoverage();

  /**
   * Creates the error.
   *
   * @param date - The date that is not covered.
   * @param message - What was asked; defaults to `date`.
   */
  constructor(date: string, message = date) {
    super(`${message} is outside the calendar`);
    this.name = 'CalendarRangeError';
    this.date = date;
  }
}

// The index, built on first use: for each covered ISO date, 4 × the number of working days
// before it + its type (0 workday, 1 weekend, 2 holiday, 3 make-up workday); the working days in order.
const index = new Map<string, number>();
const working: IsoDate[] = [];

/** The index entry of `date`; CalendarRangeError outside the coverage. */
function entryOf(date: IsoDate): number {
  if (!index.size) {
    const arranged = new Map<number, number>();
    for (const { year, off, work } of PRC_CALENDAR) {
      for (const [list, type] of [
        [off, 2],
        [work, 3],
      ] as const) {
        // MMDD or YYYYMMDD, then a range's end MMDD (in the entry's year).
        for (const [, fullYear, month, day, endMonth, endDay] of list.matchAll(
          /(\d{4})?(\d\d)(\d\d)(?:-(\d\d)(\d\d))?/g,
        )) {
          const start = dayNumberOf(fullYear ? +fullYear : year, Number(month), Number(day));
          const end = endMonth ? dayNumberOf(year, Number(endMonth), Number(endDay)) : start;
          for (let d = start; d <= end; d++) arranged.set(d, type);
        }
      }
    }
    const { from, to } = calendarCoverage();
    for (let day = toDayNumber(from), last = toDayNumber(to); day <= last; day++) {
      const type = arranged.get(day) ?? (weekdayOf(day) % 6 ? 0 : 1);
      const iso = fromDayNumber(day);
      index.set(iso, working.length * 4 + type);
      if (type % 3 === 0) working.push(iso); // an ordinary or a make-up workday
    }
  }
  const entry = index.get(date);
  if (entry === undefined) {
    toDayNumber(date); // a RangeError for what is not a date
    throw new CalendarRangeError(date);
  }
  return entry;
}

/** The working days before the day of `entry`; with `through`, up to and including it. */
function rankOf(entry: number, through = false): number {
  return (entry >> 2) + (through && (entry & 3) % 3 === 0 ? 1 : 0);
}

/**
 * The range of days the working-day calendar covers (one State Council notice per year).
 *
 * @returns `{ from, to }`, both included.
 * @throws Never.
 * @example
 * ```ts
 * calendarCoverage(); //=> { from: '2019-01-01', to: '2026-12-31' }
 * ```
 */
export function calendarCoverage(): CalendarCoverage {
  return { from: `${PRC_CALENDAR[0]?.year}-01-01` as IsoDate, to: `${PRC_CALENDAR.at(-1)?.year}-12-31` as IsoDate };
}

/**
 * The notices the calendar was transcribed from, one entry per covered year.
 *
 * @returns The years in order, each with the 发文字号 of its notice (and of amending notices).
 * @throws Never.
 * @example
 * ```ts
 * calendarSources().find((source) => source.year === 2024)?.notices; //=> ['国办发明电〔2023〕7号']
 * calendarSources().length; //=> 8
 * ```
 */
export function calendarSources(): CalendarSource[] {
  return PRC_CALENDAR.map(({ year, notices }) => ({ year, notices: [...notices] }));
}

/**
 * What kind of day `date` is: an ordinary working day, a weekend, a day off, or a weekend day
 * worked (调休上班).
 *
 * @param date - A covered date.
 * @returns One of {@link DayType}.
 * @throws CalendarRangeError when `date` is outside {@link calendarCoverage}.
 * @throws RangeError when `date` is not an ISO date.
 * @example
 * ```ts
 * dayType('2024-06-07' as IsoDate); //=> 'workday'
 * dayType('2024-06-08' as IsoDate); //=> 'weekend'
 * dayType('2024-06-10' as IsoDate); //=> 'holiday'
 * dayType('2024-02-18' as IsoDate); //=> 'makeup-workday'
 * ```
 */
export function dayType(date: IsoDate): DayType {
  // `& 3` keeps the index in range.
  return (['workday', 'weekend', 'holiday', 'makeup-workday'] as const)[entryOf(date) & 3] as DayType;
}

/**
 * Whether `date` is a working day in the PRC: Monday to Friday unless the State Council made it a
 * day off, and the weekend days it made working days (调休上班).
 *
 * @param date - A covered date.
 * @returns `true` for working days.
 * @throws CalendarRangeError when `date` is outside {@link calendarCoverage} — never a guess from
 *   weekends.
 * @throws RangeError when `date` is not an ISO date.
 * @example
 * ```ts
 * isWorkingDay('2024-06-07' as IsoDate); //=> true
 * isWorkingDay('2024-06-10' as IsoDate); //=> false
 * isWorkingDay('2024-02-18' as IsoDate); //=> true
 * ```
 */
export function isWorkingDay(date: IsoDate): boolean {
  return (entryOf(date) & 3) % 3 === 0;
}

/**
 * The date `n` working days after `date`, not counting `date` itself (before it when `n` is
 * negative). With `n = 0`, `date` itself when it is a working day, otherwise the next working day
 * (a deadline that falls on a day off moves to the next working day).
 *
 * @param date - A covered date.
 * @param n - An integer: the number of working days to move.
 * @returns The working day reached.
 * @throws CalendarRangeError when `date` or the answer is outside {@link calendarCoverage}.
 * @throws RangeError when `date` is not an ISO date or `n` is not an integer.
 * @example
 * ```ts
 * addWorkingDays('2024-06-04' as IsoDate, 7);  //=> '2024-06-14'
 * addWorkingDays('2024-06-11' as IsoDate, -1); //=> '2024-06-07'
 * addWorkingDays('2024-06-10' as IsoDate, 0);  //=> '2024-06-11'
 * addWorkingDays('2026-12-31' as IsoDate, 1);  //=> throws CalendarRangeError
 * ```
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) outOfRange(n);
  // The rank of the answer among the working days; with n = 0 the answer is `date` or, on a day
  // off, the next working day.
  const answer = working[n > 0 ? rankOf(entryOf(date), true) + n - 1 : rankOf(entryOf(date)) + n];
  if (answer === undefined) {
    // The answer lies past an end of the coverage: name the first day beyond it, the first the
    // calendar would need to know (the input date itself is covered).
    const { from, to } = calendarCoverage();
    throw new CalendarRangeError(fromDayNumber(n > 0 ? toDayNumber(to) + 1 : toDayNumber(from) - 1), `${date} + ${n}`);
  }
  return answer;
}

/**
 * The first working day after `date` (not `date` itself).
 *
 * @param date - A covered date.
 * @returns The next working day.
 * @throws CalendarRangeError when `date` or the answer is outside {@link calendarCoverage}.
 * @throws RangeError when `date` is not an ISO date.
 * @example
 * ```ts
 * nextWorkingDay('2024-06-07' as IsoDate); //=> '2024-06-11'
 * nextWorkingDay('2024-02-09' as IsoDate); //=> '2024-02-18'
 * ```
 */
export function nextWorkingDay(date: IsoDate): IsoDate {
  return addWorkingDays(date, 1);
}

/**
 * The number of working days from `from` to `to`, both included.
 *
 * @param from - The first day, covered.
 * @param to - The last day, covered, not before `from`.
 * @returns The count (0 when no day in the range is a working day).
 * @throws CalendarRangeError when either date is outside {@link calendarCoverage}.
 * @throws RangeError when a date is not an ISO date or `to` is before `from`.
 * @example
 * ```ts
 * countWorkingDays('2024-06-01' as IsoDate, '2024-06-30' as IsoDate); //=> 19
 * countWorkingDays('2024-10-01' as IsoDate, '2024-10-07' as IsoDate); //=> 0
 * ```
 */
export function countWorkingDays(from: IsoDate, to: IsoDate): number {
  const start = entryOf(from);
  const end = entryOf(to);
  if (to < from) outOfRange(`${to} < ${from}`);
  return rankOf(end, true) - rankOf(start);
}
