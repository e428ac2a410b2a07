/**
 * Working-day calendars: `createCalendar` over State Council arrangements, the built-in
 * `prcCalendar` (generated from the stored notices, `prc-calendar-data.ts`), and the package-level
 * functions that ask `prcCalendar`. Every query is O(1): an index built once, on first use.
 *
 * @packageDocumentation
 */
import { dayNumberOf, fromDayNumber, isoDayNumber, outOfRange, toDayNumber, weekdayOf } from './day-number.js';
import { failWith } from './fail.js';
import type { HolidayArrangementInput } from './holiday-arrangement.js';
import type { IsoDate, IsoDateInput } from './iso-date.js';
import { PRC_FIRST_YEAR, PRC_LAST_YEAR, PRC_NOTICES, PRC_SOURCES } from './prc-calendar-data.js';

/** The first and last day that a working-day calendar covers, both included. */
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
  /** 发文字号 (or, where the stored copy has none, the title) of the notice, then of any notice amending it. */
  readonly notices: readonly string[];
}

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
 * Thrown when a date (or the answer to a working-day query) lies outside the years a calendar
 * covers: a calendar never guesses from weekends alone, because the State Council arranges each
 * year's holidays and make-up working days anew. The message names the covered range and how to
 * add a year.
 *
 * @example
 * ```ts
 * isWorkingDay('2030-01-02'); //=> throws CalendarRangeError
 * new CalendarRangeError('2030-01-02', prcCalendar.coverage) instanceof RangeError; //=> true
 * ```
 */
export class CalendarRangeError extends RangeError {
  /**
   * The date that is not covered: the date asked about or, when a working-day count runs past an
   * end of the coverage, the first day beyond that end.
   */
  declare readonly date: string;
  /** The covered range. */
  declare readonly coverage: CalendarCoverage;

  /**
   * Creates the error.
   *
   * @param date - The date that is not covered.
   * @param coverage - The range the calendar covers.
   * @param message - What was asked; defaults to `date`.
   */
  constructor(date: string, coverage: CalendarCoverage, message = date) {
    super(
      `${message} is outside the working-day calendar (${coverage.from} to ${coverage.to}); add a year's notice with prcCalendar.extend(parseHolidayNotice(text))`,
    );
    this.date = date;
    this.coverage = coverage;
    this.name = 'CalendarRangeError';
  }
}

/**
 * An arrangement as days: its year, the type of each day it arranges by day number (2 a day off,
 * 3 a working day), whether it amends its year. A tuple, so that no field name is in the bundle.
 */
type ArrangedDays = [year: number, days: Map<number, number>, amendment: boolean | undefined];

/**
 * The index of a calendar: for each covered ISO date, 4 × the number of working days before it +
 * its type (0 weekend, 1 holiday, 2 workday, 3 make-up workday: bit 2 is set on working days, so
 * `(entry + 2) >> 2` counts the day itself when it is one); the working days in order.
 */
type Index = [days: Map<string, number>, working: IsoDate[]];

/** The range from 1 January of `first` to 31 December of `last`, frozen: calendars share it. */
const coverageOf = (first: number, last: number): CalendarCoverage =>
  Object.freeze({ from: `${first}-01-01` as IsoDate, to: `${last}-12-31` as IsoDate });

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

/** A calendar over the arrangements `source` gives through `coverage`, indexed on first use; `extend` as given. */
function queriesOf(source: () => ArrangedDays[], coverage: CalendarCoverage): Omit<WorkingDayCalendar, 'extend'>;
function queriesOf(
  source: () => ArrangedDays[],
  coverage: CalendarCoverage,
  extend: WorkingDayCalendar['extend'],
): WorkingDayCalendar;
function queriesOf(
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

/** A calendar over `base` and `arrangements`, checked now. */
function calendarOf(base: ArrangedDays[], arrangements: Iterable<HolidayArrangementInput>): WorkingDayCalendar {
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

/** The years of the built-in notices, without decoding them. */
function builtInCoverage(): CalendarCoverage {
  return coverageOf(PRC_FIRST_YEAR, PRC_LAST_YEAR);
}

/** The built-in calendar's queries, for the package-level functions: no merging code bundled. */
const prc = /* @__PURE__ */ queriesOf(builtIn, /* @__PURE__ */ builtInCoverage());

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
  /* @__PURE__ */ builtInCoverage(),
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
  const sources: Array<{ year: number; notices: string[] }> = [];
  let year = PRC_FIRST_YEAR - 1;
  for (const entry of PRC_SOURCES.split(' ')) {
    const source = entry.replace('*', '');
    if (source === entry) sources.push({ year: ++year, notices: [] });
    // A number alone is 国办发明电〔the year before〕N号.
    sources.at(-1)?.notices.push(+source ? `国办发明电〔${year - 1}〕${source}号` : source);
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
