/** `gongbao deadline "<text>" [--reference D] [--notice FILE]`. */
import { CalendarRangeError, type IsoDate, ParseError, parseDeadline } from '@gongbao/utils/dates';
import { dateArg } from '../args.js';
import { failure } from '../cli-error.js';
import { type Context, writeJson } from '../context.js';
import { type Calendar, commandCalendar } from '../notice-calendar.js';
import { type Period, periodEnd, readPeriod } from './period.js';
import { outsideCalendar } from './workdays.js';

interface DeadlineOptions {
  readonly reference?: string;
  readonly notice?: readonly string[];
  readonly json?: boolean;
}

const FORMS =
  'It reads 2024年6月底前, 2024年底前, 2024年5月15日前, 2024年上半年, 2024年第三季度, 每年11月5日前, 次年一月份, ' +
  'and periods: 自收到申请之日起15个工作日内 (with --reference, the day it counts from), 自2024年6月4日起30日内.';

function explain(error: ParseError, text: string): Error {
  switch (error.code) {
    case 'EMPTY':
      return failure('the deadline is empty', `Give one, e.g. gongbao deadline 2024年6月底前. ${FORMS}`);
    case 'AMBIGUOUS':
      return failure(
        `'${text}' is ambiguous: before that month (year), or by its end?`,
        'Write it as 2024年5月底前 or 2024年6月底前.',
      );
    case 'REFERENCE_REQUIRED':
      return failure(`'${text}' counts from a date`, "Add --reference YYYY-MM-DD (usually the document's 成文日期).");
    case 'INVALID_DATE':
      return failure(`'${text}' names no real day`, 'Check the month and the day.');
    default:
      return failure(`'${text}' is not a deadline gongbao reads`, FORMS);
  }
}

/** What kind of day the deadline falls on, when it is not a working day (and the calendar covers it). */
function dayOffNote(calendar: Calendar, date: IsoDate): string | undefined {
  try {
    const type = calendar.dayType(date);
    if (type === 'workday' || type === 'makeup-workday') return undefined;
    return `${date} is a ${type === 'weekend' ? 'weekend day' : 'day off (放假)'}; the next working day is ${calendar.nextWorkingDay(date)}`;
  } catch (error) {
    if (!(error instanceof CalendarRangeError)) throw error;
    const { to } = calendar.coverage;
    if (date <= to) return undefined; // the next working day is beyond the calendar
    const year = date.slice(0, 4);
    return `the calendar ends ${to}; to know whether ${date} is a working day, give the ${year} holiday notice: --notice FILE`;
  }
}

const UNITS = { year: 'years', month: 'months', day: 'days', workingDay: 'working days' } as const;

/** A period's last day, or the failure that says what is missing. */
function periodDeadline(period: Period, text: string, reference: IsoDate | undefined, calendar: Calendar) {
  if (period.from === undefined && reference === undefined) {
    throw failure(
      `'${text}' counts from an event, not from a date it gives`,
      'Add --reference YYYY-MM-DD: the day of that event (收到申请之日 …); that day is not counted.',
    );
  }
  const start = period.from ?? (reference as IsoDate);
  let date: IsoDate;
  try {
    date = periodEnd(period, start, calendar);
  } catch (error) {
    if (error instanceof CalendarRangeError) throw outsideCalendar(error.date, calendar.coverage);
    if (error instanceof ParseError) throw explain(error, text);
    throw error;
  }
  const { value, unit } = period.duration;
  return {
    date,
    kind: 'period' as const,
    raw: text,
    from: start,
    includeStart: period.from !== undefined,
    duration: period.duration,
    explanation:
      period.from === undefined
        ? `${value} ${UNITS[unit]} after ${start} (that day not counted)`
        : `${value} ${UNITS[unit]} from ${start} (that day included)`,
  };
}

export async function deadlineCommand(ctx: Context, words: string[], options: DeadlineOptions): Promise<void> {
  const text = words.join(' ');
  const reference = options.reference === undefined ? undefined : dateArg(options.reference, '--reference');
  const { calendar } = await commandCalendar(ctx, options.notice);
  let deadline: ReturnType<typeof parseDeadline>;
  try {
    deadline = parseDeadline(text, reference === undefined ? {} : { reference });
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    // Not a deadline by a date: a period counted from a day (自收到申请之日起15个工作日内)?
    const period = error.code === 'NOT_A_DEADLINE' ? readPeriod(text) : undefined;
    if (period === undefined) throw explain(error, text.trim());
    const { explanation, ...result } = periodDeadline(period, text.trim(), reference, calendar);
    if (options.json) {
      await writeJson(ctx, result);
      return;
    }
    ctx.out.line(`${result.date}  ${ctx.color.dim(`${result.kind}  ${result.raw}`)}`);
    ctx.out.line(ctx.color.dim(`  ${explanation}`));
    const note = dayOffNote(calendar, result.date);
    if (note) ctx.out.line(ctx.color.dim(`  ${note}`));
    return;
  }
  if (options.json) {
    await writeJson(ctx, deadline);
    return;
  }
  ctx.out.line(`${deadline.date}  ${ctx.color.dim(`${deadline.kind}  ${deadline.raw}`)}`);
  const note = dayOffNote(calendar, deadline.date);
  if (note) ctx.out.line(ctx.color.dim(`  ${note}`));
}
