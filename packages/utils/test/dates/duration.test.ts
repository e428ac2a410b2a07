import {
  addWorkingDays,
  applyDuration,
  CalendarRangeError,
  countWorkingDays,
  daysInMonth,
  type IsoDate,
  isWorkingDay,
  ParseError,
  parseDuration,
  validityEnd,
} from '@gongbao/utils/dates';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/dates/day-number.js';
import { parseErrorOf } from '../helpers.js';

const iso = (s: string) => s as IsoDate;
const pad = (n: number) => String(n).padStart(2, '0');
const anyDay = fc.integer({ min: toDayNumber(iso('1900-01-01')), max: toDayNumber(iso('2200-12-31')) });
const coveredDay = fc.integer({ min: toDayNumber(iso('2019-01-01')), max: toDayNumber(iso('2026-06-30')) });

describe('validityEnd', () => {
  it.each([
    ['2024-06-22', { years: 5 }, '2029-06-21'],
    ['2024-06-04', { days: 30 }, '2024-07-03'],
    ['2024-06-01', { years: 5 }, '2029-05-31'],
    ['2024-05-10', { years: 2 }, '2026-05-09'],
    ['2024-03-01', { months: 1 }, '2024-03-31'],
    ['2024-01-31', { months: 1 }, '2024-02-29'],
    ['2024-01-30', { months: 1 }, '2024-02-29'],
    ['2024-01-29', { months: 1 }, '2024-02-28'],
    ['2023-01-31', { months: 1 }, '2023-02-28'],
    ['2024-02-29', { years: 1 }, '2025-02-28'],
    ['2024-02-29', { years: 4 }, '2028-02-28'],
    ['2024-12-15', { months: 2 }, '2025-02-14'],
    ['2024-06-04', { days: 1 }, '2024-06-04'],
    ['2024-06-04', { years: 1, months: 2, days: 3 }, '2025-08-06'],
  ])('%s + %o → %s', (start, length, end) => {
    expect(validityEnd(iso(start), length)).toBe(end);
  });

  it('rejects empty, negative and fractional lengths and bad dates', () => {
    expect(() => validityEnd(iso('2024-06-04'), {})).toThrow(ParseError);
    expect(() => validityEnd(iso('2024-06-04'), { years: -1 })).toThrow(ParseError);
    expect(() => validityEnd(iso('2024-06-04'), { months: 1.5 })).toThrow(ParseError);
    expect(() => validityEnd(iso('2024-06-31'), { days: 1 })).toThrow(ParseError);
  });

  it('n days end n-1 days after the start; n years end the day before the anniversary (property)', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 50 }), (day, n, years) => {
        const start = fromDayNumber(day);
        expect(toDayNumber(validityEnd(start, { days: n }))).toBe(day + n - 1);
        const [y = 0, m = 0, d = 0] = start.split('-').map(Number);
        const end = validityEnd(start, { years });
        if (d <= daysInMonth(y + years, m)) {
          expect(toDayNumber(end)).toBe(toDayNumber(iso(`${y + years}-${pad(m)}-${pad(d)}`)) - 1);
        } else {
          expect(end).toBe(`${y + years}-02-28`);
        }
      }),
    );
  });

  it('is monotonic in the start and in the length (property)', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 30 }), (day, months, extra) => {
        const a = validityEnd(fromDayNumber(day), { months: months + 1 });
        const b = validityEnd(fromDayNumber(day + extra), { months: months + 1 });
        const c = validityEnd(fromDayNumber(day), { months: months + 2 });
        expect(a <= b).toBe(true);
        expect(a < c).toBe(true);
        expect(a >= fromDayNumber(day)).toBe(true);
      }),
    );
  });
});

describe('parseDuration', () => {
  it.each([
    ['有效期两年', 2, 'year'],
    ['有效期5年', 5, 'year'],
    ['有效期为3年', 3, 'year'],
    ['3年', 3, 'year'],
    ['七个工作日', 7, 'workingDay'],
    ['公示期为七个工作日', 7, 'workingDay'],
    ['公示期为5个工作日', 5, 'workingDay'],
    ['15个工作日内', 15, 'workingDay'],
    ['三个工作日以内', 3, 'workingDay'],
    ['30天内', 30, 'day'],
    ['30日内', 30, 'day'],
    ['公示期为7天', 7, 'day'],
    ['两个月内', 2, 'month'],
    ['2个月内', 2, 'month'],
    ['十二个月', 12, 'month'],
    ['半年', 6, 'month'],
    ['两周内', 14, 'day'],
    ['3个星期', 21, 'day'],
    ['一百天', 100, 'day'],
    ['１５个工作日内', 15, 'workingDay'],
  ])('%s → %d %s', (text, value, unit) => {
    expect(parseDuration(text)).toEqual({ value, unit, raw: text });
  });

  it.each([
    ['', 'EMPTY'],
    ['3月', 'AMBIGUOUS'],
    ['30日', 'AMBIGUOUS'],
    ['0天', 'INVALID_VALUE'],
    ['半个月', 'INVALID_VALUE'],
    ['有效期', 'NOT_A_DURATION'],
    ['长期有效', 'NOT_A_DURATION'],
    ['十十天', 'INVALID_NUMBER'],
  ])('%j throws %s', (text, code) => {
    expect(parseErrorOf(() => parseDuration(text)).code).toBe(code);
  });
});

describe('applyDuration', () => {
  it('uses validityEnd for calendar units and the PRC calendar for working days', () => {
    expect(applyDuration(iso('2024-06-22'), parseDuration('有效期5年'))).toBe('2029-06-21');
    expect(applyDuration(iso('2024-06-04'), parseDuration('两个月内'))).toBe('2024-08-03');
    expect(applyDuration(iso('2024-06-04'), parseDuration('30天内'))).toBe('2024-07-03');
    expect(applyDuration(iso('2024-06-04'), parseDuration('30天内'), { includeStart: false })).toBe('2024-07-04');
    // 公示 of 7 working days from Tuesday 4 June 2024: the Dragon Boat Festival (10 June) is skipped.
    expect(applyDuration(iso('2024-06-04'), parseDuration('公示期为七个工作日'))).toBe('2024-06-13');
    expect(applyDuration(iso('2024-06-04'), parseDuration('七个工作日'), { includeStart: false })).toBe('2024-06-14');
    // Starting on a day off: the first working day is day 1.
    expect(applyDuration(iso('2024-10-01'), { value: 1, unit: 'workingDay' })).toBe('2024-10-08');
    expect(applyDuration(iso('2019-01-01'), { value: 1, unit: 'workingDay' })).toBe('2019-01-02');
    expect(() => applyDuration(iso('2026-12-28'), { value: 10, unit: 'workingDay' })).toThrow(CalendarRangeError);
    expect(() => applyDuration(iso('2024-06-04'), { value: 0, unit: 'day' })).toThrow(ParseError);
  });

  it('n working days from a start cover exactly n working days (property)', () => {
    fc.assert(
      fc.property(coveredDay, fc.integer({ min: 1, max: 60 }), fc.boolean(), (day, n, includeStart) => {
        const start = fromDayNumber(day);
        const end = applyDuration(start, { value: n, unit: 'workingDay' }, { includeStart });
        expect(isWorkingDay(end)).toBe(true);
        const first = includeStart ? start : fromDayNumber(day + 1);
        expect(countWorkingDays(first, end)).toBe(n);
        if (!includeStart) expect(end).toBe(addWorkingDays(start, n));
      }),
      { numRuns: 1000 },
    );
  });
});
