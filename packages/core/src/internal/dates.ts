import type { IsoDate } from '@gongbao/utils';
import type { ValidityPeriod } from '../validity.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` as IsoDate;
}

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * The last day of a period that starts on `start` (inclusive): 5 years from 2024-06-22 end on
 * 2029-06-21. Adding months clamps to the month's last day (2024-01-31 + 1 month → 2024-02-29,
 * so the period ends 2024-02-28). UTC arithmetic only, so no time zone can shift the answer.
 */
export function lastDayOfPeriod(start: string, period: ValidityPeriod): IsoDate {
  const [year, month, day] = parts(start);
  if (period.unit === 'day') return fromUtc(Date.UTC(year, month - 1, day + period.value - 1));
  const months = period.unit === 'year' ? period.value * 12 : period.value;
  const targetMonth = month - 1 + months;
  const lastOfTarget = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, targetMonth, Math.min(day, lastOfTarget)) - 86_400_000);
}

/** `2024-06-04` → `2024年6月4日` (the 成文日期 style of GB/T 9704: no leading zeros). */
export function chineseDate(date: string): string {
  const [year, month, day] = parts(date);
  return `${year}年${month}月${day}日`;
}
