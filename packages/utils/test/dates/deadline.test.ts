import { daysInMonth, type IsoDate, ParseError, parseDeadline, toIsoDate } from '@gongbao/utils/dates';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/dates/day-number.js';
import { parseErrorOf } from '../helpers.js';

const iso = (s: string) => s as IsoDate;
const codeOf = (run: () => unknown): string => parseErrorOf(run).code;

describe('parseDeadline: absolute deadlines', () => {
  it.each([
    ['2024年6月底前', '2024-06-30', 'month-end'],
    ['2024年底前', '2024-12-31', 'year-end'],
    ['2024年年底前', '2024-12-31', 'year-end'],
    ['2024年底', '2024-12-31', 'year-end'],
    ['2024 年底前', '2024-12-31', 'year-end'],
    ['2024年年底之前', '2024-12-31', 'year-end'],
    ['2024年末', '2024-12-31', 'year-end'],
    ['2024年', '2024-12-31', 'year-end'],
    ['2024年2月底前', '2024-02-29', 'month-end'],
    ['2025年2月底前', '2025-02-28', 'month-end'],
    ['2024 年 10 月底前', '2024-10-31', 'month-end'],
    ['2024年6月', '2024-06-30', 'month-end'],
    ['2024年6月份', '2024-06-30', 'month-end'],
    ['2024年5月15日前', '2024-05-15', 'date'],
    ['2024年5月15日之前', '2024-05-15', 'date'],
    ['2024年5月15日', '2024-05-15', 'date'],
    ['截至2024年12月31日', '2024-12-31', 'date'],
    ['到2024年底', '2024-12-31', 'year-end'],
    ['二〇二四年六月底前', '2024-06-30', 'month-end'],
    ['2024年上半年', '2024-06-30', 'half-year'],
    ['2024年下半年', '2024-12-31', 'half-year'],
    ['2024年第三季度', '2024-09-30', 'quarter'],
    ['2024年第一季度', '2024-03-31', 'quarter'],
    ['2024年二季度末', '2024-06-30', 'quarter'],
    ['2024年第4季度', '2024-12-31', 'quarter'],
  ])('%s → %s (%s)', (text, date, kind) => {
    expect(parseDeadline(text)).toEqual({ date, kind, raw: text.trim() });
    // An absolute deadline ignores the reference.
    expect(parseDeadline(text, { reference: iso('2030-01-01') }).date).toBe(date);
  });
});

describe('parseDeadline: relative and recurring deadlines', () => {
  const reference = iso('2024-06-04');
  it.each([
    ['每年11月5日前', '2024-11-05', 'recurring'],
    ['每年5月1日前', '2025-05-01', 'recurring'],
    ['每年6月4日前', '2024-06-04', 'recurring'],
    ['每年8月底前', '2024-08-31', 'recurring'],
    ['每年一月底前', '2025-01-31', 'recurring'],
    ['每年12月底之前', '2024-12-31', 'recurring'],
    ['每年上半年', '2024-06-30', 'recurring'],
    ['每年第一季度', '2025-03-31', 'recurring'],
    ['每年2月29日前', '2028-02-29', 'recurring'],
    ['每月3日前', '2024-07-03', 'recurring'],
    ['每月15日前', '2024-06-15', 'recurring'],
    ['每月底前', '2024-06-30', 'recurring'],
    ['次年一月份', '2025-01-31', 'relative'],
    ['次年3月底前', '2025-03-31', 'relative'],
    ['当年', '2024-12-31', 'relative'],
    ['当年年底前', '2024-12-31', 'relative'],
    ['明年', '2025-12-31', 'relative'],
    ['明年6月30日前', '2025-06-30', 'relative'],
    ['去年底', '2023-12-31', 'relative'],
    ['6月底前', '2024-06-30', 'relative'],
    ['9月15日前', '2024-09-15', 'relative'],
    ['次月10日前', '2024-07-10', 'relative'],
    ['本月底', '2024-06-30', 'relative'],
  ])('%s with reference 2024-06-04 → %s (%s)', (text, date, kind) => {
    expect(parseDeadline(text, { reference })).toEqual({ date, kind, raw: text });
  });

  it('needs the reference', () => {
    expect(codeOf(() => parseDeadline('每年11月5日前'))).toBe('REFERENCE_REQUIRED');
    expect(codeOf(() => parseDeadline('次年一月份'))).toBe('REFERENCE_REQUIRED');
    // Impossible days are still found without a reference.
    expect(codeOf(() => parseDeadline('每年2月30日前'))).toBe('INVALID_DATE');
    expect(codeOf(() => parseDeadline('每月32日前'))).toBe('INVALID_DATE');
    expect(() => parseDeadline('当年', { reference: iso('2024-6-4') })).toThrow(ParseError);
  });

  it('recurring deadlines are the next occurrence on or after the reference (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber(iso('1990-01-01')), max: toDayNumber(iso('2090-12-31')) }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (day, month, dayOfMonth) => {
          const reference = fromDayNumber(day);
          const { date, kind } = parseDeadline(`每年${month}月${dayOfMonth}日前`, { reference });
          expect(kind).toBe('recurring');
          expect(date >= reference).toBe(true);
          expect(toDayNumber(date) - day).toBeLessThan(366);
          expect(date.slice(5)).toBe(`${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`);
        },
      ),
    );
  });
});

describe('parseDeadline: errors', () => {
  it.each([
    ['', 'EMPTY'],
    ['  ', 'EMPTY'],
    ['下周', 'NOT_A_DEADLINE'],
    ['尽快', 'NOT_A_DEADLINE'],
    ['2024年6月前', 'AMBIGUOUS'],
    ['2024年前', 'AMBIGUOUS'],
    ['2024年2月30日前', 'INVALID_DATE'],
    ['2023年2月29日', 'INVALID_DATE'],
    ['2024年13月底前', 'INVALID_DATE'],
    ['2024年每月3日前', 'NOT_A_DEADLINE'],
    ['上半年', 'NOT_A_DEADLINE'],
    ['每年', 'NOT_A_DEADLINE'],
    ['2024年6月底前完成', 'NOT_A_DEADLINE'],
    ['每月32日前', 'INVALID_DATE'],
    ['次月0日前', 'INVALID_DATE'],
  ])('%j throws %s', (text, code) => {
    expect(codeOf(() => parseDeadline(text, { reference: iso('2024-06-04') }))).toBe(code);
  });

  it('a date deadline is that day; a month-end deadline the month’s last day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const last = daysInMonth(year, month);
        const end = parseDeadline(`${year}年${month}月底前`);
        expect(end).toEqual({ date: toIsoDate(year, month, last), kind: 'month-end', raw: `${year}年${month}月底前` });
        const day = 1 + ((year * 7 + month) % last);
        expect(parseDeadline(`${year}年${month}月${day}日前`).date).toBe(toIsoDate(year, month, day));
        expect(parseDeadline(`${year}年底前`).date).toBe(`${year}-12-31`);
      }),
    );
  });
});
