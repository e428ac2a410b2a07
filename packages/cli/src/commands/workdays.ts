/** `gongbao workdays add <date> <n>` and `gongbao workdays count <from> <to>`. */
import { addWorkingDays, CalendarRangeError, calendarCoverage, countWorkingDays } from '@gongbao/utils/dates';
import { dateArg, integerArg } from '../args.js';
import { failure, usageError } from '../cli-error.js';
import { type Context, writeJson } from '../context.js';

interface JsonOption {
  readonly json?: boolean;
}

/** A failure for a date the calendar does not cover, naming what it covers. */
export function outsideCalendar(what: string): Error {
  const { from, to } = calendarCoverage();
  return failure(
    `${what} is outside the working-day calendar (${from} … ${to})`,
    `The calendar covers the years of the State Council's holiday notices, ${from.slice(0, 4)}–${to.slice(0, 4)}.`,
  );
}

export function workdaysAddCommand(ctx: Context, dateText: string, nText: string, options: JsonOption): void {
  const date = dateArg(dateText, 'date');
  const n = integerArg(nText, 'n');
  let result: string;
  try {
    result = addWorkingDays(date, n);
  } catch (error) {
    if (error instanceof CalendarRangeError)
      throw outsideCalendar(error.date === date ? date : `${date} ${n < 0 ? '−' : '+'} ${Math.abs(n)} working days`);
    throw error;
  }
  if (options.json) writeJson(ctx, { date, workingDays: n, result });
  else ctx.out.line(result);
}

export function workdaysCountCommand(ctx: Context, fromText: string, toText: string, options: JsonOption): void {
  const from = dateArg(fromText, 'from');
  const to = dateArg(toText, 'to');
  if (to < from) throw usageError(`the last day ${to} is before the first ${from}`, 'Give the earlier date first.');
  let count: number;
  try {
    count = countWorkingDays(from, to);
  } catch (error) {
    if (error instanceof CalendarRangeError) throw outsideCalendar(error.date);
    throw error;
  }
  if (options.json) writeJson(ctx, { from, to, workingDays: count });
  else ctx.out.line(String(count));
}
