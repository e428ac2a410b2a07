/** `gongbao workdays add <date> <n>` and `gongbao workdays count <from> <to>`, with `--notice FILE`. */
import { type CalendarCoverage, CalendarRangeError } from '@gongbao/utils/dates';
import { dateArg, integerArg } from '../args.js';
import { failure, usageError } from '../cli-error.js';
import { type Context, writeJson } from '../context.js';
import { commandCalendar } from '../notice-calendar.js';

/** The options of the working-day commands. */
export interface CalendarOptions {
  /** The holiday notices that extend the calendar for this command (`-`: stdin). */
  readonly notice?: readonly string[];
  readonly json?: boolean;
}

/** A failure for a date the calendar does not cover, naming what it covers and how to add a year. */
export function outsideCalendar(what: string, coverage: CalendarCoverage): Error {
  const { from, to } = coverage;
  const next = Number(to.slice(0, 4)) + 1;
  return failure(
    `${what} is outside the working-day calendar (${from} … ${to})`,
    `The calendar covers the years of the State Council's holiday notices, ${from.slice(0, 4)}–${to.slice(0, 4)}; ` +
      `for ${next}, give its notice: --notice FILE (the text of 《国务院办公厅关于${next}年部分节假日安排的通知》).`,
  );
}

export async function workdaysAddCommand(
  ctx: Context,
  dateText: string,
  nText: string,
  options: CalendarOptions,
): Promise<void> {
  const date = dateArg(dateText, 'date');
  const n = integerArg(nText, 'n');
  const { calendar } = await commandCalendar(ctx, options.notice);
  let result: string;
  try {
    result = calendar.addWorkingDays(date, n);
  } catch (error) {
    if (error instanceof CalendarRangeError)
      throw outsideCalendar(
        error.date === date ? date : `${date} ${n < 0 ? '−' : '+'} ${Math.abs(n)} working days`,
        calendar.coverage,
      );
    throw error;
  }
  if (options.json) await writeJson(ctx, { date, workingDays: n, result });
  else ctx.out.line(result);
}

export async function workdaysCountCommand(
  ctx: Context,
  fromText: string,
  toText: string,
  options: CalendarOptions,
): Promise<void> {
  const from = dateArg(fromText, 'from');
  const to = dateArg(toText, 'to');
  if (to < from) throw usageError(`the last day ${to} is before the first ${from}`, 'Give the earlier date first.');
  const { calendar } = await commandCalendar(ctx, options.notice);
  let count: number;
  try {
    count = calendar.countWorkingDays(from, to);
  } catch (error) {
    if (error instanceof CalendarRangeError) throw outsideCalendar(error.date, calendar.coverage);
    throw error;
  }
  if (options.json) await writeJson(ctx, { from, to, workingDays: count });
  else ctx.out.line(String(count));
}
