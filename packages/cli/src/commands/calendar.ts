/** `gongbao calendar [--year Y] [--json]`: a year's days off, 调休 working days and working-day count. */
import {
  CalendarRangeError,
  calendarSources,
  countWorkingDays,
  daysInMonth,
  dayType,
  type IsoDate,
  toIsoDate,
} from '@gongbao/utils/dates';
import { yearArg } from '../args.js';
import { type Context, writeJson } from '../context.js';
import { todayInChina } from '../today.js';
import { outsideCalendar } from './workdays.js';

interface CalendarOptions {
  readonly year?: string;
  readonly json?: boolean;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 周一 … 周日 of a date (computed in UTC: no time zone involved). */
function weekday(date: IsoDate): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return `周${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}

/** Every day of the year, in order. */
function* daysOf(year: number): Generator<IsoDate> {
  for (let month = 1; month <= 12; month++) {
    for (let day = 1; day <= daysInMonth(year, month); day++) yield toIsoDate(year, month, day);
  }
}

/** Consecutive dates as runs: `02-10 … 02-17 (8 days)`. */
function runs(dates: readonly IsoDate[]): IsoDate[][] {
  const out: IsoDate[][] = [];
  let previous: IsoDate | undefined;
  for (const date of dates) {
    const run = out.at(-1);
    if (run && previous && nextDay(previous) === date) run.push(date);
    else out.push([date]);
    previous = date;
  }
  return out;
}

function nextDay(date: IsoDate): IsoDate {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10) as IsoDate;
}

export function calendarCommand(ctx: Context, options: CalendarOptions): void {
  const year = options.year === undefined ? Number(todayInChina().slice(0, 4)) : yearArg(options.year, '--year');
  const daysOff: IsoDate[] = [];
  const makeupWorkdays: IsoDate[] = [];
  let workingDays: number;
  try {
    for (const date of daysOf(year)) {
      const type = dayType(date);
      if (type === 'holiday') daysOff.push(date);
      else if (type === 'makeup-workday') makeupWorkdays.push(date);
    }
    workingDays = countWorkingDays(toIsoDate(year, 1, 1), toIsoDate(year, 12, 31));
  } catch (error) {
    if (error instanceof CalendarRangeError) throw outsideCalendar(String(year));
    throw error;
  }
  const notices = calendarSources().find((source) => source.year === year)?.notices ?? [];
  if (options.json) {
    writeJson(ctx, { year, notices, daysOff, makeupWorkdays, workingDays });
    return;
  }
  const { bold, dim, green, red } = ctx.color;
  ctx.out.line(bold(`${year}年  ${workingDays} working days`) + dim(`  (${notices.join('、')})`));
  ctx.out.line('放假 days off');
  for (const run of runs(daysOff)) {
    const first = run[0] as IsoDate;
    const last = run.at(-1) as IsoDate;
    const span =
      run.length === 1 ? `${first} ${weekday(first)}` : `${first} ${weekday(first)} … ${last} ${weekday(last)}`;
    ctx.out.line(`  ${red(span)}${run.length > 1 ? dim(`  ${run.length} days`) : ''}`);
  }
  ctx.out.line('调休上班 weekend days worked');
  for (const date of makeupWorkdays) ctx.out.line(`  ${green(`${date} ${weekday(date)}`)}`);
}
