/**
 * Dates benchmarks: the working-day calendar against chinese-days, and parseChineseDate against
 * chrono-node's Chinese (simplified) parser, on the same inputs. Run with
 * `pnpm vitest bench --run --project utils`; the ratios are recorded in the package README.
 */
import chineseDays from 'chinese-days';
import * as chrono from 'chrono-node';
import { bench, describe } from 'vitest';
import { fromDayNumber, toDayNumber } from '../src/dates/day-number.js';
import { addWorkingDays, type IsoDate, isWorkingDay, parseChineseDate } from '../src/dates/index.js';

const { findWorkday, isWorkday } = chineseDays;

// 256 dates spread over 2019-01-01 … 2026-11-30 (so that 15 working days later is still covered).
const firstDay = toDayNumber('2019-01-01' as IsoDate);
const span = toDayNumber('2026-11-30' as IsoDate) - firstDay;
const dates: IsoDate[] = Array.from({ length: 256 }, (_, i) => fromDayNumber(firstDay + Math.floor((i * span) / 255)));

const chineseDates = ['2024年6月4日', '2024 年 5 月 22 日', '二〇二四年六月四日', '二零二五年一月八日'];

let sink = 0;

describe('addWorkingDays(·, 15) — 256 dates', () => {
  bench('@gongbao/utils addWorkingDays', () => {
    for (const date of dates) sink += addWorkingDays(date, 15).length;
  });
  bench('chinese-days findWorkday', () => {
    for (const date of dates) sink += findWorkday(15, date).length;
  });
});

describe('isWorkingDay — 256 dates', () => {
  bench('@gongbao/utils isWorkingDay', () => {
    for (const date of dates) sink += isWorkingDay(date) ? 1 : 0;
  });
  bench('chinese-days isWorkday', () => {
    for (const date of dates) sink += isWorkday(date) ? 1 : 0;
  });
});

describe('parseChineseDate — 4 strings (Arabic, spaced, 〇, 零)', () => {
  bench('@gongbao/utils parseChineseDate', () => {
    for (const text of chineseDates) sink += parseChineseDate(text).length;
  });
  bench('chrono-node zh.hans.parseDate', () => {
    for (const text of chineseDates) sink += chrono.zh.hans.parseDate(text)?.getDate() ?? 0;
  });
});

export { sink };
