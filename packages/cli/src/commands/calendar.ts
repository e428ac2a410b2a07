/**
 * `gongbao calendar [--year Y] [--notice FILE] [--json]`: a year's days off, 调休 working days and
 * working-day count — with `--notice`, on the calendar extended by that holiday notice.
 */
import type { HolidayArrangement } from '@gongbao/utils/calendar';
import { CalendarRangeError, calendarSources, daysInMonth, type IsoDate, toIsoDate } from '@gongbao/utils/dates';
import { yearArg } from '../args.js';
import { type Context, writeJson } from '../context.js';
import { commandCalendar, type GivenNotice } from '../notice-calendar.js';
import { displayName } from '../text-input.js';
import { todayInChina } from '../today.js';
import { outsideCalendar } from './workdays.js';

interface CalendarOptions {
  readonly year?: string;
  readonly notice?: readonly string[];
  readonly json?: boolean;
}

/** The year shown: --year, else the year the last notice given arranges, else this year in China. */
function yearOf(options: CalendarOptions, notices: readonly GivenNotice[]): number {
  if (options.year !== undefined) return yearArg(options.year, '--year');
  const arranged = notices.filter((notice) => !notice.arrangement.amendment).at(-1) ?? notices.at(-1);
  return arranged?.arrangement.year ?? Number(todayInChina().slice(0, 4));
}

/** How a notice given is named: its 发文字号, else its title, else its file. */
function noticeName(notice: GivenNotice): string {
  const { source } = notice.arrangement;
  return source.docNumber ?? source.title ?? displayName(notice.path);
}

/** The name of the holiday of a given notice that has this day off, if one does. */
function holidayName(arrangements: readonly HolidayArrangement[], date: IsoDate): string | undefined {
  for (const { holidays } of arrangements) {
    for (const holiday of holidays) if (holiday.start <= date && date <= holiday.end) return holiday.name;
  }
  return undefined;
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

export async function calendarCommand(ctx: Context, options: CalendarOptions): Promise<void> {
  if (options.year !== undefined) yearArg(options.year, '--year'); // a usage error before any file is read
  const { calendar, notices: given } = await commandCalendar(ctx, options.notice);
  const year = yearOf(options, given);
  const daysOff: IsoDate[] = [];
  const makeupWorkdays: IsoDate[] = [];
  let workingDays: number;
  try {
    for (const date of daysOf(year)) {
      const type = calendar.dayType(date);
      if (type === 'holiday') daysOff.push(date);
      else if (type === 'makeup-workday') makeupWorkdays.push(date);
    }
    workingDays = calendar.countWorkingDays(toIsoDate(year, 1, 1), toIsoDate(year, 12, 31));
  } catch (error) {
    if (error instanceof CalendarRangeError) throw outsideCalendar(String(year), calendar.coverage);
    throw error;
  }
  const ofYear = given.filter((notice) => notice.arrangement.year === year);
  const notices = (calendarSources().find((source) => source.year === year)?.notices ?? []).slice();
  for (const notice of ofYear) {
    const name = noticeName(notice);
    if (!notices.includes(name)) notices.push(name);
  }
  const arrangements = ofYear.map((notice) => notice.arrangement);
  if (options.json) {
    await writeJson(ctx, {
      year,
      notices,
      daysOff,
      makeupWorkdays,
      workingDays,
      ...(given.length > 0 && { arrangements }),
    });
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
    const name = holidayName(arrangements, first);
    const note = [run.length > 1 ? `${run.length} days` : '', name ?? ''].filter(Boolean).join('  ');
    ctx.out.line(`  ${red(span)}${note ? dim(`  ${note}`) : ''}`);
  }
  ctx.out.line('调休上班 weekend days worked');
  for (const date of makeupWorkdays) ctx.out.line(`  ${green(`${date} ${weekday(date)}`)}`);
}
