/**
 * Day numbers: an {@link IsoDate} as the count of days since 1970-01-01, computed arithmetically
 * (Howard Hinnant's days-from-civil algorithm). All date arithmetic in gongbao goes through this
 * module, so no answer depends on `Date`, the process time zone or the clock.
 *
 * @internal
 * @packageDocumentation
 */
import { daysInMonth, type IsoDate } from './iso-date.js';

/** Days from 1970-01-01 to the given proleptic Gregorian date (negative before 1970). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The day number of an ISO date, validating it on the way (this is on the hot path of every
 * working-day query, so it reads char codes instead of running a regular expression).
 *
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` date.
 */
export function toDayNumber(date: IsoDate): number {
  if (typeof date === 'string' && date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 7);
    const day = digitsAt(date, 8, 10);
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return dayNumberOf(year, month, day);
    }
  }
  throw new RangeError(`Not an ISO date: ${date}`);
}

/** Year, month (1…12) and day of a day number. */
export function partsOf(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * The ISO date of a day number.
 *
 * @throws RangeError when the date falls outside the years 1…9999 that `YYYY-MM-DD` can write.
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  const [year, month, day] = partsOf(dayNumber);
  if (!Number.isInteger(dayNumber) || year < 1 || year > 9999) {
    throw new RangeError('Year out of range');
  }
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as IsoDate;
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
