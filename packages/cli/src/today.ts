import type { IsoDate } from '@gongbao/utils/dates';

/** Today's date in China (UTC+8), whatever the machine's time zone. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10) as IsoDate;
}
