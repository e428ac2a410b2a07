/** `gongbao deadline "<text>" [--reference D]`. */
import {
  CalendarRangeError,
  dayType,
  type IsoDate,
  nextWorkingDay,
  ParseError,
  parseDeadline,
} from '@gongbao/utils/dates';
import { dateArg } from '../args.js';
import { failure } from '../cli-error.js';
import { type Context, writeJson } from '../context.js';

interface DeadlineOptions {
  readonly reference?: string;
  readonly json?: boolean;
}

const FORMS =
  'It reads 2024年6月底前, 2024年底前, 2024年5月15日前, 2024年上半年, 2024年第三季度, 每年11月5日前, 次年一月份.';

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
function dayOffNote(date: IsoDate): string | undefined {
  try {
    const type = dayType(date);
    if (type === 'workday' || type === 'makeup-workday') return undefined;
    return `${date} is a ${type === 'weekend' ? 'weekend day' : 'day off (放假)'}; the next working day is ${nextWorkingDay(date)}`;
  } catch (error) {
    if (error instanceof CalendarRangeError) return undefined;
    throw error;
  }
}

export function deadlineCommand(ctx: Context, words: string[], options: DeadlineOptions): void {
  const text = words.join(' ');
  const reference = options.reference === undefined ? undefined : dateArg(options.reference, '--reference');
  let deadline: ReturnType<typeof parseDeadline>;
  try {
    deadline = parseDeadline(text, reference === undefined ? {} : { reference });
  } catch (error) {
    if (error instanceof ParseError) throw explain(error, text.trim());
    throw error;
  }
  if (options.json) {
    writeJson(ctx, deadline);
    return;
  }
  ctx.out.line(`${deadline.date}  ${ctx.color.dim(`${deadline.kind}  ${deadline.raw}`)}`);
  const note = dayOffNote(deadline.date);
  if (note) ctx.out.line(ctx.color.dim(`  ${note}`));
}
