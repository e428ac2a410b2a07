/**
 * The calendar that never runs out: parseHolidayNotice of a stored notice, and prcCalendar.extend
 * with next year's arrangement (then a first query, which builds the index). Run with
 * `pnpm vitest bench --run --project utils calendar`; `bench/figures.ts` writes the README figures.
 */
import { readFileSync } from 'node:fs';
import { parseHolidayNotice, prcCalendar } from '@gongbao/utils/calendar';
import { bench, describe } from 'vitest';

const notice = readFileSync(new URL('../notices/2026.txt', import.meta.url), 'utf8');
// A stand-in for next year's notice: the 2026 one moved to 2027, weekday notes removed.
const next = parseHolidayNotice(notice.replaceAll('2026年', '2027年').replace(/\([^)]*\)/g, ''));

let sink = 0;

describe('the holiday notice', () => {
  bench(`parseHolidayNotice (the 2026 notice, a forum copy of ${notice.length} characters)`, () => {
    sink += parseHolidayNotice(notice).holidays.length;
  });
  bench('prcCalendar.extend(next year) + the first isWorkingDay', () => {
    sink += prcCalendar.extend(next).isWorkingDay('2027-01-04') ? 1 : 0;
  });
});

export { sink };
