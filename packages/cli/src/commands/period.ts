/**
 * Periods counted from a day, as documents set time limits: 自收到申请之日起15个工作日内,
 * 收到通知后30日内, 自2024年6月4日起公示七个工作日 — read with `findDates` and `parseDuration`, the
 * last day computed by `applyDuration` on the command's calendar.
 */
import { applyDuration, type Duration, findDates, type IsoDate } from '@gongbao/utils/dates';
import type { Calendar } from '../notice-calendar.js';

/** A time limit read from a text: the period, and the day it is counted from. */
export interface Period {
  /** The duration, as `parseDuration` reads it (`{ value, unit, raw }`). */
  readonly duration: Duration;
  /**
   * The day the text names as the period's first day (自2024年6月4日起), or `undefined` when it
   * counts from an event (自收到申请之日起, 收到通知后) whose day the user gives as the reference.
   */
  readonly from: IsoDate | undefined;
}

/** What may stand between the start and the duration: 起, 后 … (自收到申请之日起, 收到通知后). */
const STARTS = ['起', '后', '之后', '以后'];

/** At most this many characters between a first day and the duration: 自2024年6月4日起公示七个工作日. */
const MAX_VERB = 4;

/**
 * The period a text sets, when it is one: a duration (15个工作日内) alone, or after what it counts
 * from — a day (自2024年6月4日起) or an event (自收到申请之日起, 收到通知后). What follows the
 * duration (作出决定, 办结) is allowed. `undefined` for any other text.
 */
export function readPeriod(text: string): Period | undefined {
  const finds = findDates(text);
  for (const [i, find] of finds.entries()) {
    if (find.type !== 'duration') continue;
    // The period's first day when the text gives it, a few characters before (自2024年6月4日起公示).
    const previous = i > 0 ? finds[i - 1] : undefined;
    if (
      previous !== undefined &&
      (previous.type === 'effective' || previous.type === 'date') &&
      previous.date !== null &&
      find.index - previous.end <= MAX_VERB
    ) {
      return { duration: find.duration, from: previous.date };
    }
    const before = text.slice(0, find.index).trim();
    if (before === '' || STARTS.some((word) => before.endsWith(word)))
      return { duration: find.duration, from: undefined };
  }
  return undefined;
}

/** The day after an ISO date (in UTC: no time zone involved). */
function nextDay(date: IsoDate): IsoDate {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10) as IsoDate;
}

/**
 * The last day of a period: counted from its first day when the text gives one (that day
 * included), or from the day of the event (`reference`), which is not counted (民法典 第201条:
 * 开始的当日不计入, 自下一日开始计算). Calendar units by `applyDuration`; working days as
 * `applyDuration` counts them (the n-th working day of the period), on the command's calendar,
 * which `--notice` may have extended past the built-in one.
 */
export function periodEnd(period: Period, reference: IsoDate, calendar: Calendar): IsoDate {
  const includeStart = period.from !== undefined;
  const start = period.from ?? reference;
  const { value, unit } = period.duration;
  if (unit !== 'workingDay') return applyDuration(start, period.duration, { includeStart });
  const first = includeStart ? start : nextDay(start);
  return calendar.addWorkingDays(first, calendar.isWorkingDay(first) ? value - 1 : value);
}
