import {
  daysInMonth,
  formatChineseDate,
  type IsoDate,
  isIsoDate,
  ParseError,
  parseChineseDate,
  toIsoDate,
} from '@gongbao/utils/dates';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber, weekdayOf } from '../../src/dates/day-number.js';
import { orParseError, parseErrorOf } from '../helpers.js';

const anyDate = fc.integer({ min: 1000, max: 9999 }).chain((year) =>
  fc.integer({ min: 1, max: 12 }).chain((month) =>
    fc.record({
      year: fc.constant(year),
      month: fc.constant(month),
      day: fc.integer({ min: 1, max: daysInMonth(year, month) }),
    }),
  ),
);

describe('ISO dates and day numbers', () => {
  it('round-trips every date through its day number (property)', () => {
    fc.assert(
      fc.property(anyDate, ({ year, month, day }) => {
        const date = toIsoDate(year, month, day);
        expect(isIsoDate(date)).toBe(true);
        const n = toDayNumber(date);
        expect(fromDayNumber(n)).toBe(date);
        if (date !== '9999-12-31') expect(fromDayNumber(n + 1) > date).toBe(true);
        else expect(() => fromDayNumber(n + 1)).toThrow(ParseError);
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips day numbers, consecutive days differ by one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -718000, max: 2900000 }), (n) => {
        const date = fromDayNumber(n);
        expect(isIsoDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(n);
        expect(weekdayOf(n + 7)).toBe(weekdayOf(n));
      }),
      { numRuns: 3000 },
    );
  });

  it('anchors: the Unix epoch, weekdays, leap days', () => {
    expect(toDayNumber('1970-01-01' as IsoDate)).toBe(0);
    expect(toDayNumber('2000-03-01' as IsoDate) - toDayNumber('2000-02-28' as IsoDate)).toBe(2);
    expect(toDayNumber('1900-03-01' as IsoDate) - toDayNumber('1900-02-28' as IsoDate)).toBe(1);
    expect(weekdayOf(toDayNumber('2024-06-04' as IsoDate))).toBe(2); // Tuesday
    expect(weekdayOf(toDayNumber('1949-10-01' as IsoDate))).toBe(6); // Saturday
    expect(fromDayNumber(19878)).toBe('2024-06-04');
  });

  it('rejects strings that are not real dates', () => {
    for (const bad of [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-6-4',
      ' 2024-06-04',
      '２０２４-06-04',
      '0000-01-01',
    ]) {
      expect(() => toDayNumber(bad as IsoDate), bad).toThrow(ParseError);
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('isIsoDate accepts exactly what toIsoDate can build (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          let built: string | undefined;
          try {
            built = toIsoDate(year, month, day);
          } catch (error) {
            expect(error).toBeInstanceOf(ParseError);
          }
          expect(isIsoDate(text)).toBe(built === text);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('parseChineseDate', () => {
  it.each([
    ['2024年6月4日', '2024-06-04'],
    ['2024 年 5 月 22 日', '2024-05-22'],
    ['二〇二四年六月四日', '2024-06-04'],
    ['二零二五年一月八日', '2025-01-08'],
    ['二○二四年十二月三十一日', '2024-12-31'],
    // The letter O typed for 〇 (二OO六 of a 2006 notice), also full-width, also beside Arabic digits.
    ['二OO六年二月二十日', '2006-02-20'],
    ['二ＯＯ三年二月二十一日', '2003-02-21'],
    ['二O一一年5月16日', '2011-05-16'],
    ['２０２４年６月４日', '2024-06-04'],
    ['2024年06月04日', '2024-06-04'],
    ['  2024年2月29日\n', '2024-02-29'],
    ['二〇二四年二月二十九日', '2024-02-29'],
    ['二〇二四年十月十日', '2024-10-10'],
  ])('%s → %s', (text, expected) => {
    expect(parseChineseDate(text)).toBe(expected);
  });

  it.each([
    ['2024年2月30日', 'INVALID_DATE', 7],
    ['2023年2月29日', 'INVALID_DATE', 7],
    ['2024年0月1日', 'INVALID_DATE', 5],
    ['2024年13月1日', 'INVALID_DATE', 5],
    ['二〇二四年十三月一日', 'INVALID_DATE', 5],
    ['2024年6月', 'PARTIAL_DATE', 7],
    ['六月四日', 'PARTIAL_DATE', 0],
    ['', 'EMPTY', undefined],
    ['   ', 'EMPTY', undefined],
    ['24年6月4日', 'NOT_A_DATE', undefined],
    ['2024-06-04', 'NOT_A_DATE', undefined],
    ['2024年6月4日前', 'NOT_A_DATE', undefined],
    ['二〇二四年十十月四日', 'INVALID_NUMBER', 5],
    ['0999年1月1日', 'INVALID_DATE', 0],
  ])('%j throws ParseError %s', (text, code, index) => {
    const error = parseErrorOf(() => parseChineseDate(text));
    expect(error.code).toBe(code);
    expect(error.input).toBe(text);
    expect(error.index).toBe(index);
  });

  it('never returns anything but a real date for arbitrary input (property)', () => {
    const pieces = fc.constantFrom(
      '2024',
      '二〇二四',
      '年',
      '月',
      '日',
      '6',
      '六',
      '十',
      '三十一',
      '0',
      '13',
      ' ',
      '二',
      '前',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')),
        (text) => {
          const date = orParseError(() => parseChineseDate(text));
          if (!(date instanceof ParseError)) expect(isIsoDate(date)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('formatChineseDate', () => {
  it('writes 成文日期 style without leading zeros, and hanzi with 〇', () => {
    expect(formatChineseDate('2024-06-04' as IsoDate)).toBe('2024年6月4日');
    expect(formatChineseDate('2024-06-04' as IsoDate, { style: 'arabic' })).toBe('2024年6月4日');
    expect(formatChineseDate('2024-06-04' as IsoDate, { style: 'hanzi' })).toBe('二〇二四年六月四日');
    expect(formatChineseDate('2025-01-08' as IsoDate, { style: 'hanzi' })).toBe('二〇二五年一月八日');
    expect(formatChineseDate('2000-10-20' as IsoDate, { style: 'hanzi' })).toBe('二〇〇〇年十月二十日');
    expect(formatChineseDate('2019-11-11' as IsoDate, { style: 'hanzi' })).toBe('二〇一九年十一月十一日');
    expect(() => formatChineseDate('2024-02-30' as IsoDate)).toThrow(ParseError);
  });

  it('round-trips through parseChineseDate in both styles (property)', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.constantFrom('arabic', 'hanzi') as fc.Arbitrary<'arabic' | 'hanzi'>,
        ({ year, month, day }, style) => {
          const date = toIsoDate(year, month, day);
          expect(parseChineseDate(formatChineseDate(date, { style }))).toBe(date);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
