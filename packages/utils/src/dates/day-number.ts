/**
 * Day numbers: an {@link IsoDate} as the count of days since 1970-01-01. The arithmetic runs on
 * `Date`'s UTC time line only (`setUTCFullYear`, `getUTC*`, `toISOString`), which is the proleptic
 * Gregorian calendar and has no time zone, so no answer depends on the process time zone; no
 * `Date` leaves this module.
 *
 * @internal
 * @packageDocumentation
 */
import { fail } from './fail.js';
import type { IsoDate } from './iso-date-type.js';

const DAY = 864e5;

/** Throws the package's ParseError, code `OUT_OF_RANGE`, with the value that is out of range as its input. */
export function outOfRange(what: unknown): never {
  return fail('OUT_OF_RANGE', `${what}`);
}

/** Days from 1970-01-01 to the given date; months and days past their end run on (month 13 is next January). */
export function dayNumberOf(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day) / DAY;
}

/** The day number of `value` if it is a `YYYY-MM-DD` string naming a real day (year 0000 included). */
export function isoDayNumber(value: unknown): number | undefined {
  // Year 0000 is not a date here: toIsoDate's years run from 1 to 9999.
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && value >= '0001') {
    const dayNumber = dayNumberOf(+value.slice(0, 4), +value.slice(5, 7), +value.slice(8));
    // A month or day past its end runs on into another date.
    if (new Date(dayNumber * DAY).toISOString().startsWith(value)) return dayNumber;
  }
  return undefined;
}

/**
 * The day number of an ISO date, validating it on the way.
 *
 * @throws ParseError `OUT_OF_RANGE` when `date` is not a real `YYYY-MM-DD` date in the years 1…9999.
 */
export function toDayNumber(date: IsoDate): number {
  const dayNumber = isoDayNumber(date);
  return dayNumber === undefined ? outOfRange(date) : dayNumber;
}

/**
 * The ISO date of a day number.
 *
 * @throws ParseError `OUT_OF_RANGE` when the date falls outside the years 1…9999 that `YYYY-MM-DD` can write.
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  // Date's range is ±10^8 days; past it (or for NaN) toISOString would throw a bare RangeError.
  const iso = Math.abs(dayNumber) < 1e8 ? new Date(dayNumber * DAY).toISOString() : '';
  // Years past 9999 are written with six digits and a sign, so the string is longer.
  return !Number.isInteger(dayNumber) || iso.length !== 24 || iso < '0001'
    ? outOfRange(dayNumber)
    : (iso.slice(0, 10) as IsoDate);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  return new Date(dayNumber * DAY).getUTCDay();
}
