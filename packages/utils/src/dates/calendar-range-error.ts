/**
 * The range a working-day calendar covers, and the error for a date outside it.
 *
 * @packageDocumentation
 */
import type { IsoDate } from './iso-date.js';

/** The first and last day that a working-day calendar covers, both included. */
export interface CalendarCoverage {
  /** The first covered day (1 January of the first year with a notice). */
  readonly from: IsoDate;
  /** The last covered day (31 December of the last year with a notice). */
  readonly to: IsoDate;
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
 * The range from 1 January of `first` to 31 December of `last`, frozen: calendars share it.
 *
 * @internal
 */
export const coverageOf = (first: number, last: number): CalendarCoverage =>
  Object.freeze({ from: `${first}-01-01` as IsoDate, to: `${last}-12-31` as IsoDate });
