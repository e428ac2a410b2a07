/**
 * `createCalendar`: a working-day calendar over State Council arrangements, checked when it is
 * made (one notice per year, consecutive years, amendments after their year).
 *
 * @packageDocumentation
 */
import { type ArrangedDays, queriesOf, type WorkingDayCalendar } from './calendar-queries.js';
import { type CalendarCoverage, coverageOf } from './calendar-range-error.js';
import { fromDayNumber, isoDayNumber } from './day-number.js';
import { failWith } from './fail.js';
import type { HolidayArrangementInput } from './holiday-arrangement.js';

/** Throws the package's ParseError for an arrangement of `year`; the message is the code and what is wrong. */
function conflict(code: string, year: number, detail: unknown = year): never {
  return failWith(code, `${year}`, detail);
}

/** The days of an arrangement, checked: a day both off and worked is a conflict. */
function daysOf({ year, holidays, workdays, amendment }: HolidayArrangementInput): ArrangedDays {
  const day = (date: string) => isoDayNumber(date) ?? conflict('MALFORMED_ARRANGEMENT', year, date);
  if (!Number.isInteger(year) || year < 1 || year > 9999) conflict('MALFORMED_ARRANGEMENT', year);
  const days = new Map<number, number>();
  for (const { start, end } of holidays) for (let d = day(start); d <= day(end); d++) days.set(d, 1);
  for (const date of workdays) {
    if (days.get(day(date)) === 1) conflict('CONFLICTING_ARRANGEMENTS', year, `${date} arranged twice`);
    days.set(day(date), 3);
  }
  return [year, days, amendment];
}

/** Same days (in any order). */
const keyOf = ([, days]: ArrangedDays) => `${[...days].sort()}`;

/**
 * `list` checked and ordered for {@link indexOf}: one notice per year (a repeat only as it is),
 * consecutive years, no day arranged differently by two notices, each amendment after the
 * notices, for a year one of them arranges.
 */
function merged(list: ArrangedDays[]): [list: ArrangedDays[], coverage: CalendarCoverage] {
  const bases = new Map<number, ArrangedDays>();
  const amendments = new Map<string, ArrangedDays>();
  const arranged = new Map<number, number>();
  for (const arrangement of list) {
    const [year, days, amendment] = arrangement;
    const base = bases.get(year);
    if (amendment) amendments.set(`${year}:${keyOf(arrangement)}`, arrangement);
    else if (base) {
      if (keyOf(base) !== keyOf(arrangement)) conflict('CONFLICTING_ARRANGEMENTS', year, `${year} arranged twice`);
    } else {
      bases.set(year, arrangement);
      for (const [day, type] of days) {
        if ((arranged.get(day) ?? type) !== type)
          conflict('CONFLICTING_ARRANGEMENTS', year, `${fromDayNumber(day)} arranged twice`);
        arranged.set(day, type);
      }
    }
  }
  const years = [...bases.keys()].sort((a, b) => a - b);
  const first = years[0] ?? conflict('EMPTY_CALENDAR', 0, 'no year');
  const last = years.at(-1) as number;
  if (last - first + 1 !== years.length) conflict('NOT_CONSECUTIVE', first, years);
  for (const [year] of amendments.values())
    if (!bases.has(year)) conflict('CONFLICTING_ARRANGEMENTS', year, 'no year to amend');
  return [[...bases.values(), ...amendments.values()], coverageOf(first, last)];
}
/**
 * A calendar over `base` and `arrangements`, checked now.
 *
 * @internal
 */
export function calendarOf(base: ArrangedDays[], arrangements: Iterable<HolidayArrangementInput>): WorkingDayCalendar {
  const [list, coverage] = merged(base.concat(Array.from(arrangements, daysOf)));
  return queriesOf(
    () => list,
    coverage,
    (...more) => calendarOf(list, more),
  );
}

/**
 * A working-day calendar over State Council arrangements — those `parseHolidayNotice` reads, or
 * written by hand in the same shape. Nothing is registered globally: the calendar is a value.
 *
 * The arrangements must cover consecutive years; each is that year's notice, or a notice amending
 * it (`amendment: true`, applied over it). A notice may arrange days of the year before (元旦 from
 * 30 December): those count where the calendar covers them.
 *
 * @param arrangements - One arrangement per year (and any amending ones).
 * @returns The calendar, covering 1 January of the first year to 31 December of the last.
 * @throws ParseError code `CONFLICTING_ARRANGEMENTS` when a year is given twice with different
 *   days (or two notices arrange one day differently, or an amendment has no year to amend),
 *   `NOT_CONSECUTIVE` when the years have a gap, `EMPTY_CALENDAR` for no year,
 *   `MALFORMED_ARRANGEMENT` for a date or year that does not exist.
 * @example
 * ```ts
 * const calendar = createCalendar([
 *   { year: 2030, holidays: [{ name: '元旦', start: '2030-01-01', end: '2030-01-01', days: 1 }], workdays: [], source: {} },
 * ]);
 * calendar.coverage;                   //=> { from: '2030-01-01', to: '2030-12-31' }
 * calendar.isWorkingDay('2030-01-01'); //=> false
 * calendar.isWorkingDay('2030-01-02'); //=> true
 * ```
 */
export function createCalendar(arrangements: Iterable<HolidayArrangementInput>): WorkingDayCalendar {
  return calendarOf([], arrangements);
}
