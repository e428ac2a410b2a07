import {
  addWorkingDays,
  CalendarRangeError,
  calendarCoverage,
  calendarSources,
  countWorkingDays,
  type DayType,
  dayType,
  type HolidayArrangement,
  type IsoDate,
  isWorkingDay,
  nextWorkingDay,
  ParseError,
} from '@gongbao/utils/dates';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parsedNotices } from '../../scripts/calendar-data.js';
import { fromDayNumber, toDayNumber, weekdayOf } from '../../src/dates/day-number.js';
import { thrownBy } from '../helpers.js';
import { HAND_CALENDAR } from './fixtures/hand-calendar-2019-2026.js';

const iso = (s: string) => s as IsoDate;
const first = toDayNumber(iso('2010-01-01'));
const last = toDayNumber(iso('2026-12-31'));
const allDays = Array.from({ length: last - first + 1 }, (_, i) => fromDayNumber(first + i));
const coveredDay = fc.integer({ min: first, max: last }).map(fromDayNumber);

/** Days named by the hand-typed strings, read with plain loops over tokens. */
function namedDays(list: string, year: number): string[] {
  const days: string[] = [];
  for (const token of list.split(' ')) {
    const [start = '', end = start] = token.split('-');
    const full = (t: string) => (t.length === 8 ? t : `${year}${t}`).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
    for (let d = toDayNumber(iso(full(start))); d <= toDayNumber(iso(full(end))); d++) days.push(fromDayNumber(d));
  }
  return days;
}

describe('built-in calendar (generated from the stored notices)', () => {
  it('covers 2010–2026, each year citing its notice', () => {
    expect(calendarCoverage()).toEqual({ from: '2010-01-01', to: '2026-12-31' });
    expect(calendarSources().map((s) => s.year)).toEqual(Array.from({ length: 17 }, (_, i) => 2010 + i));
    for (const { year, notices } of calendarSources()) {
      expect(notices.length).toBeGreaterThan(0);
      // 国办发明电〔Y-1〕N号 for the year Y (issued the year before), or the title naming the year.
      expect(notices[0]).toMatch(
        new RegExp(`^(?:国办发明电〔${year - 1}〕\\d+号|国务院办公厅关于${year}年部分节假日安排的?通知)$`),
      );
    }
    expect(calendarSources().find((s) => s.year === 2024)?.notices).toEqual(['国办发明电〔2023〕7号']);
    expect(calendarSources().find((s) => s.year === 2019)?.notices).toEqual([
      '国办发明电〔2018〕15号',
      '国办发明电〔2019〕3号',
    ]);
    expect(calendarSources().find((s) => s.year === 2020)?.notices).toEqual([
      '国务院办公厅关于2020年部分节假日安排的通知',
      '国务院办公厅关于延长2020年春节假期的通知',
    ]);
  });

  it('gives every day of 2019–2026 the type the hand-typed calendar gave it (no regression)', () => {
    const expected = new Map<string, DayType>();
    for (const { year, off, work } of HAND_CALENDAR) {
      for (const day of namedDays(off, year)) expected.set(day, 'holiday');
      for (const day of namedDays(work, year)) expected.set(day, 'makeup-workday');
    }
    let checked = 0;
    for (const date of allDays.filter((d) => d >= '2019-01-01')) {
      const weekday = weekdayOf(toDayNumber(date));
      const type = expected.get(date) ?? (weekday % 6 ? 'workday' : 'weekend');
      expect(dayType(date), date).toBe(type);
      checked++;
    }
    expect(checked).toBe(2922);
  });

  it('each notice makes only weekend days working days, and never one of its days off', () => {
    const offOf = (arrangement: HolidayArrangement) => {
      const off = new Set<string>();
      for (const { start, end } of arrangement.holidays)
        for (let d = toDayNumber(start); d <= toDayNumber(end); d++) off.add(fromDayNumber(d));
      return off;
    };
    const amendedOff = new Set(
      parsedNotices().flatMap(({ arrangement }) => (arrangement.amendment ? [...offOf(arrangement)] : [])),
    );
    for (const { file, arrangement } of parsedNotices()) {
      const off = offOf(arrangement);
      for (const day of arrangement.workdays) {
        expect([0, 6], `${file} ${day}`).toContain(weekdayOf(toDayNumber(day)));
        expect(off.has(day), `${file} ${day}`).toBe(false);
        // Saturday 1 February 2020, worked under the 2020 notice, is a day off under its extension.
        expect(dayType(day), `${file} ${day}`).toBe(
          amendedOff.has(day) && !arrangement.amendment ? 'holiday' : 'makeup-workday',
        );
      }
      for (const day of off) expect(dayType(day), `${file} ${day}`).toBe('holiday');
    }
    expect(
      [...amendedOff].filter((day) =>
        parsedNotices().some(({ arrangement }) => arrangement.workdays.includes(day as IsoDate)),
      ),
    ).toEqual(['2020-02-01']);
  });

  it('keeps the days off of each notice in or next to its year', () => {
    for (const { file, arrangement } of parsedNotices()) {
      for (const { start, end } of arrangement.holidays) {
        expect(start >= `${arrangement.year - 1}-12-29` && end <= `${arrangement.year}-12-31`, file).toBe(true);
      }
    }
  });
});

describe('classification', () => {
  it('classifies every day of 2010–2026 exactly once', () => {
    const seen = new Map<DayType, number>();
    for (const date of allDays) {
      const type = dayType(date);
      seen.set(type, (seen.get(type) ?? 0) + 1);
      const weekday = weekdayOf(toDayNumber(date));
      const weekend = weekday === 0 || weekday === 6;
      expect(isWorkingDay(date)).toBe(type === 'workday' || type === 'makeup-workday');
      if (type === 'workday') expect(weekend).toBe(false);
      if (type === 'weekend' || type === 'makeup-workday') expect(weekend).toBe(true);
    }
    const total = [...seen.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(allDays.length);
    expect(allDays.length).toBe(6209);
    // The working weekend days the notices name (2011-12-31 of the 2012 notice is covered, 2018-12-29 of the 2019 notice too).
    // Less Saturday 1 February 2020, a day off under the extension of the Spring Festival.
    const named = parsedNotices().reduce((sum, { arrangement }) => sum + arrangement.workdays.length, 0);
    expect(named).toBe(113);
    expect(seen.get('makeup-workday')).toBe(named - 1);
    expect(countWorkingDays(iso('2010-01-01'), iso('2026-12-31'))).toBe(
      (seen.get('workday') ?? 0) + (seen.get('makeup-workday') ?? 0),
    );
  });

  it('knows the days the notices name', () => {
    // 2024: Spring Festival 10–17 Feb, Sunday 4 and 18 Feb worked; 除夕 (9 Feb) a working day.
    expect(dayType(iso('2024-02-09'))).toBe('workday');
    expect(dayType(iso('2024-02-10'))).toBe('holiday');
    expect(dayType(iso('2024-02-17'))).toBe('holiday');
    expect(dayType(iso('2024-02-04'))).toBe('makeup-workday');
    expect(dayType(iso('2024-02-18'))).toBe('makeup-workday');
    // 2020: the extension (国办发明电〔2020〕1号) made Saturday 1 February a day off.
    expect(isWorkingDay(iso('2020-02-01'))).toBe(false);
    expect(isWorkingDay(iso('2020-01-31'))).toBe(false);
    expect(isWorkingDay(iso('2020-02-03'))).toBe(true);
    expect(isWorkingDay(iso('2020-01-19'))).toBe(true);
    // 2019: Labour Day lengthened by 国办发明电〔2019〕3号.
    expect(isWorkingDay(iso('2019-05-02'))).toBe(false);
    expect(isWorkingDay(iso('2019-05-05'))).toBe(true);
    // 2022-12-31 belongs to the 2023 notice's New Year break.
    expect(dayType(iso('2022-12-31'))).toBe('holiday');
    // 2026
    expect(dayType(iso('2026-01-04'))).toBe('makeup-workday');
    expect(dayType(iso('2026-02-23'))).toBe('holiday');
  });

  it('refuses dates outside the covered years instead of guessing from weekends', () => {
    for (const date of ['2009-12-31', '2027-01-01', '2030-06-03']) {
      expect(() => isWorkingDay(iso(date))).toThrow(CalendarRangeError);
      expect(() => dayType(iso(date))).toThrow(CalendarRangeError);
    }
    const error = thrownBy(() => isWorkingDay(iso('2027-01-04')));
    expect(error).toBeInstanceOf(CalendarRangeError);
    expect(error).toMatchObject({ name: 'CalendarRangeError', date: '2027-01-04', coverage: calendarCoverage() });
    // A count that runs past an end names the first day beyond it, not the (covered) input.
    expect(() => addWorkingDays(iso('2026-12-30'), 2)).toThrow(
      expect.objectContaining({ name: 'CalendarRangeError', date: '2027-01-01' }),
    );
    expect(() => addWorkingDays(iso('2010-01-04'), -1)).toThrow(
      expect.objectContaining({ name: 'CalendarRangeError', date: '2009-12-31' }),
    );
    // The message names the covered range and how to add a year.
    expect(() => addWorkingDays(iso('2026-12-30'), 2)).toThrow(
      "2026-12-30 + 2 is outside the working-day calendar (2010-01-01 to 2026-12-31); add a year's notice with prcCalendar.extend(parseHolidayNotice(text))",
    );
    expect(() => countWorkingDays(iso('2024-01-01'), iso('2027-01-01'))).toThrow(CalendarRangeError);
  });

  it('rejects malformed input with ParseError OUT_OF_RANGE', () => {
    for (const bad of ['2024-02-30', '2024-6-4', '20240604', '', '2024-06-04T00:00']) {
      expect(() => isWorkingDay(bad as IsoDate)).toThrow(ParseError);
    }
    expect(() => addWorkingDays(iso('2024-06-04'), 1.5)).toThrow(ParseError);
    expect(() => countWorkingDays(iso('2024-06-05'), iso('2024-06-04'))).toThrow(ParseError);
  });
});

describe('working-day arithmetic', () => {
  it('counts both ends and moves by working days', () => {
    expect(countWorkingDays(iso('2024-06-04'), iso('2024-06-04'))).toBe(1);
    expect(countWorkingDays(iso('2024-06-08'), iso('2024-06-10'))).toBe(0);
    expect(countWorkingDays(iso('2024-01-01'), iso('2024-12-31'))).toBe(251);
    expect(addWorkingDays(iso('2024-06-04'), 15)).toBe('2024-06-26');
    expect(addWorkingDays(iso('2024-09-27'), 1)).toBe('2024-09-29'); // Sunday 29 September worked
    expect(addWorkingDays(iso('2024-09-30'), 1)).toBe('2024-10-08');
    expect(addWorkingDays(iso('2024-10-08'), -1)).toBe('2024-09-30');
    expect(addWorkingDays(iso('2024-10-03'), -1)).toBe('2024-09-30');
    expect(addWorkingDays(iso('2024-10-03'), 0)).toBe('2024-10-08');
    expect(addWorkingDays(iso('2024-09-30'), 0)).toBe('2024-09-30');
    expect(nextWorkingDay(iso('2024-09-30'))).toBe('2024-10-08');
    expect(nextWorkingDay(iso('2024-10-12'))).toBe('2024-10-14');
  });

  it('addWorkingDays and countWorkingDays agree (property)', () => {
    fc.assert(
      fc.property(coveredDay, fc.integer({ min: -60, max: 60 }), (date, n) => {
        let target: IsoDate;
        try {
          target = addWorkingDays(date, n);
        } catch (error) {
          expect(error).toBeInstanceOf(CalendarRangeError);
          // Only when the answer lies outside: fewer than |n| working days (one for n = 0) remain
          // between `date` (not counted unless n = 0) and that end of the coverage.
          const [from, to] = n < 0 ? [iso('2010-01-01'), date] : [date, iso('2026-12-31')];
          const remaining = countWorkingDays(from, to) - (n !== 0 && isWorkingDay(date) ? 1 : 0);
          expect(remaining).toBeLessThan(Math.max(Math.abs(n), 1));
          return;
        }
        expect(isWorkingDay(target)).toBe(true);
        if (n > 0) {
          expect(target > date).toBe(true);
          // n working days in (date, target]
          expect(countWorkingDays(date, target) - (isWorkingDay(date) ? 1 : 0)).toBe(n);
        } else if (n < 0) {
          expect(target < date).toBe(true);
          // |n| working days in [target, date)
          expect(countWorkingDays(target, date) - (isWorkingDay(date) ? 1 : 0)).toBe(-n);
        } else {
          expect(target >= date).toBe(true);
          expect(countWorkingDays(date, target)).toBe(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('matches a day-by-day walk (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: first + 40, max: last - 40 }), fc.integer({ min: -20, max: 20 }), (day, n) => {
        let walked = day;
        if (n === 0) {
          while (!isWorkingDay(fromDayNumber(walked))) walked++;
        }
        for (let left = Math.abs(n); left > 0; ) {
          walked += Math.sign(n);
          if (isWorkingDay(fromDayNumber(walked))) left--;
        }
        expect(addWorkingDays(fromDayNumber(day), n)).toBe(fromDayNumber(walked));
      }),
      { numRuns: 1000 },
    );
  });

  it('countWorkingDays is additive over adjacent ranges (property)', () => {
    fc.assert(
      fc.property(coveredDay, coveredDay, coveredDay, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort();
        if (x === undefined || y === undefined || z === undefined || y === z) return;
        const next = fromDayNumber(toDayNumber(y) + 1);
        expect(countWorkingDays(x, y) + countWorkingDays(next, z)).toBe(countWorkingDays(x, z));
      }),
    );
  });
});

describe('the index is built on first use', () => {
  type Api = typeof import('@gongbao/utils/dates');
  it.each([
    ['isWorkingDay', (api: Api) => api.isWorkingDay(iso('2024-06-11')), true],
    ['dayType', (api: Api) => api.dayType(iso('2024-06-10')), 'holiday'],
    ['addWorkingDays', (api: Api) => api.addWorkingDays(iso('2024-06-07'), 1), '2024-06-11'],
    ['countWorkingDays', (api: Api) => api.countWorkingDays(iso('2024-06-07'), iso('2024-06-11')), 2],
    [
      'applyDuration',
      (api: Api) => api.applyDuration(iso('2024-06-07'), { value: 2, unit: 'workingDay' }),
      '2024-06-11',
    ],
  ])('%s answers right as the first call of a fresh module', async (_, ask, expected) => {
    vi.resetModules();
    expect(ask(await import('@gongbao/utils/dates'))).toEqual(expected);
  });
});
