/**
 * The built-in PRC working-day calendar (`prcCalendar`, generated from the stored notices,
 * `prc-calendar-data.ts`) and the package-level functions that ask it. Every query is O(1): an
 * index built once, on first use.
 *
 * @packageDocumentation
 */
import { type ArrangedDays, type DayType, queriesOf, type WorkingDayCalendar } from './calendar-queries.js';
import { type CalendarCoverage, coverageOf } from './calendar-range-error.js';
import { calendarOf } from './create-calendar.js';
import { dayNumberOf } from './day-number.js';
import type { IsoDate, IsoDateInput } from './iso-date.js';
import { PRC_FIRST_YEAR, PRC_LAST_YEAR, PRC_NOTICES, PRC_SOURCES } from './prc-calendar-data.js';

// Re-exported for the entries, so that they reach the modules in the same order and bundle
// `{ isWorkingDay }` byte for byte alike (size test; see src/index.ts).
export { type CalendarCoverage, CalendarRangeError } from './calendar-range-error.js';
export { createCalendar } from './create-calendar.js';

/** The year of a covered calendar and the notices its arrangement comes from. */
export interface CalendarSource {
  /** The year. */
  readonly year: number;
  /** 发文字号 (or, where the stored copy has none, the title) of the notice, then of any notice amending it. */
  readonly notices: readonly string[];
}
/** The built-in arrangements, decoded from `prc-calendar-data.ts`: in year order, amendments after their notice. */
function builtIn(): ArrangedDays[] {
  let year = PRC_FIRST_YEAR - 1;
  return PRC_NOTICES.split(' ').map((entry) => {
    const amendment = entry[0] === '*';
    if (!amendment) year++;
    const days = new Map<number, number>();
    let day = dayNumberOf(year, 1, 1);
    // Each event: the days from the one before, then w (a working day) or a…v (1…22 days off); a
    // match starts only where a number does (linear).
    for (const [, delta, kind = ''] of entry.matchAll(/(?<![-\d])(-?\d+)([a-w])/g)) {
      day += +(delta as string);
      if (kind === 'w') days.set(day, 3);
      else {
        const last = day + kind.charCodeAt(0) - 97;
        while (days.set(day, 1) && day < last) day++;
      }
    }
    return [year, days, amendment];
  });
}

/**
 * The built-in calendar's queries, for the package-level functions: no merging code bundled; the
 * coverage from the years of the data, without decoding it.
 */
const prc = /* @__PURE__ */ queriesOf(builtIn, /* @__PURE__ */ coverageOf(PRC_FIRST_YEAR, PRC_LAST_YEAR));

/**
 * The PRC working-day calendar: every year whose State Council notice is stored in the package
 * (see the README), generated from the notices' text, amendments applied. Extend it when next
 * year's notice comes out: `prcCalendar.extend(parseHolidayNotice(text))`.
 *
 * @example
 * ```ts
 * prcCalendar.coverage;                   //=> { from: '2010-01-01', to: '2026-12-31' }
 * prcCalendar.isWorkingDay('2024-02-18'); //=> true
 * prcCalendar.addWorkingDays('2026-12-28', 5); //=> throws CalendarRangeError
 * ```
 */
export const prcCalendar: WorkingDayCalendar = /* @__PURE__ */ queriesOf(
  builtIn,
  /* @__PURE__ */ coverageOf(PRC_FIRST_YEAR, PRC_LAST_YEAR),
  (...arrangements) => calendarOf(builtIn(), arrangements),
);

/**
 * The range of days the built-in calendar covers (one State Council notice per year).
 *
 * @returns `{ from, to }`, both included: `prcCalendar.coverage`.
 * @throws Never.
 * @example
 * ```ts
 * calendarCoverage(); //=> { from: '2010-01-01', to: '2026-12-31' }
 * ```
 */
export function calendarCoverage(): CalendarCoverage {
  return prc.coverage;
}

/**
 * The notices the built-in calendar was generated from, one entry per covered year.
 *
 * @returns The years in order, each with the 发文字号 of its notice (the title where the stored
 *   copy has no 发文字号), then of notices amending it.
 * @throws Never.
 * @example
 * ```ts
 * calendarSources().find((source) => source.year === 2024)?.notices; //=> ['国办发明电〔2023〕7号']
 * calendarSources().length; //=> 17
 * ```
 */
export function calendarSources(): CalendarSource[] {
  const sources: CalendarSource[] = [];
  let year = PRC_FIRST_YEAR - 1;
  let notices: string[] = [];
  for (const entry of PRC_SOURCES.split(' ')) {
    const source = entry.replace('*', '');
    if (source === entry) {
      notices = [];
      sources.push({ year: ++year, notices });
    }
    // A number alone is 国办发明电〔the year before〕N号.
    notices.push(+source ? `国办发明电〔${year - 1}〕${source}号` : source);
  }
  return sources;
}

/**
 * What kind of day `date` is in the built-in PRC calendar: an ordinary working day, a weekend, a
 * day off, or a weekend day worked (调休上班).
 *
 * @param date - A covered date, `YYYY-MM-DD`.
 * @returns One of {@link DayType}.
 * @throws CalendarRangeError when `date` is outside {@link calendarCoverage}.
 * @throws ParseError (code `OUT_OF_RANGE`) when `date` is not an ISO date.
 * @example
 * ```ts
 * dayType('2024-06-07'); //=> 'workday'
 * dayType('2024-06-08'); //=> 'weekend'
 * dayType('2024-06-10'); //=> 'holiday'
 * dayType('2024-02-18'); //=> 'makeup-workday'
 * ```
 */
export function dayType(date: IsoDateInput): DayType {
  return prc.dayType(date);
}

/**
 * Whether `date` is a working day in the PRC: Monday to Friday unless the State Council made it a
 * day off, and the weekend days it made working days (调休上班).
 *
 * @param date - A covered date, `YYYY-MM-DD`.
 * @returns `true` for working days.
 * @throws CalendarRangeError when `date` is outside {@link calendarCoverage} — never a guess from
 *   weekends.
 * @throws ParseError (code `OUT_OF_RANGE`) when `date` is not an ISO date.
 * @example
 * ```ts
 * isWorkingDay('2024-06-07'); //=> true
 * isWorkingDay('2024-06-10'); //=> false
 * isWorkingDay('2024-02-18'); //=> true
 * ```
 */
export function isWorkingDay(date: IsoDateInput): boolean {
  return prc.isWorkingDay(date);
}

/**
 * The date `n` working days after `date`, not counting `date` itself (before it when `n` is
 * negative). With `n = 0`, `date` itself when it is a working day, otherwise the next working day
 * (a deadline that falls on a day off moves to the next working day).
 *
 * @param date - A covered date, `YYYY-MM-DD`.
 * @param n - An integer: the number of working days to move.
 * @returns The working day reached.
 * @throws CalendarRangeError when `date` or the answer is outside {@link calendarCoverage}.
 * @throws ParseError (code `OUT_OF_RANGE`) when `date` is not an ISO date or `n` is not an integer.
 * @example
 * ```ts
 * addWorkingDays('2024-06-04', 7);  //=> '2024-06-14'
 * addWorkingDays('2024-06-11', -1); //=> '2024-06-07'
 * addWorkingDays('2024-06-10', 0);  //=> '2024-06-11'
 * addWorkingDays('2026-12-31', 1);  //=> throws CalendarRangeError
 * ```
 */
export function addWorkingDays(date: IsoDateInput, n: number): IsoDate {
  return prc.addWorkingDays(date, n);
}

/**
 * The first working day after `date` (not `date` itself).
 *
 * @param date - A covered date, `YYYY-MM-DD`.
 * @returns The next working day.
 * @throws CalendarRangeError when `date` or the answer is outside {@link calendarCoverage}.
 * @throws ParseError (code `OUT_OF_RANGE`) when `date` is not an ISO date.
 * @example
 * ```ts
 * nextWorkingDay('2024-06-07'); //=> '2024-06-11'
 * nextWorkingDay('2024-02-09'); //=> '2024-02-18'
 * ```
 */
export function nextWorkingDay(date: IsoDateInput): IsoDate {
  return prc.nextWorkingDay(date);
}

/**
 * The number of working days from `from` to `to`, both included.
 *
 * @param from - The first day, covered.
 * @param to - The last day, covered, not before `from`.
 * @returns The count (0 when no day in the range is a working day).
 * @throws CalendarRangeError when either date is outside {@link calendarCoverage}.
 * @throws ParseError (code `OUT_OF_RANGE`) when a date is not an ISO date or `to` is before `from`.
 * @example
 * ```ts
 * countWorkingDays('2024-06-01', '2024-06-30'); //=> 19
 * countWorkingDays('2024-10-01', '2024-10-07'); //=> 0
 * ```
 */
export function countWorkingDays(from: IsoDateInput, to: IsoDateInput): number {
  return prc.countWorkingDays(from, to);
}
