/**
 * The working-day calendar of a command: the built-in PRC calendar of `@gongbao/utils`, extended
 * for this command by the State Council holiday notices given with `--notice FILE` (so that a
 * clerk computes next year's deadlines the day the notice is published). The notice parser loads
 * only when a notice is given: `gongbao workdays add` without one starts as fast as before.
 */
import type { HolidayArrangement, WorkingDayCalendar } from '@gongbao/utils/calendar';
import {
  addWorkingDays,
  type CalendarCoverage,
  calendarCoverage,
  countWorkingDays,
  dayType,
  isWorkingDay,
  nextWorkingDay,
} from '@gongbao/utils/dates';
import { failure, usageError } from './cli-error.js';
import type { Context } from './context.js';
import { checkEncoding, displayName, readText } from './text-input.js';

/** The queries of a working-day calendar (a `WorkingDayCalendar` without `extend`). */
export type Calendar = Omit<WorkingDayCalendar, 'extend'>;

/** A notice given with `--notice`: where it was read and what it arranges. */
export interface GivenNotice {
  /** The path as given (`-` for stdin). */
  readonly path: string;
  /** What `parseHolidayNotice` read from it. */
  readonly arrangement: HolidayArrangement;
}

/** The calendar a command counts on, and the notices that extended it. */
export interface CommandCalendar {
  /** The built-in calendar, or the built-in calendar extended by the notices. */
  readonly calendar: Calendar;
  /** The notices given, in the order given (none without `--notice`). */
  readonly notices: readonly GivenNotice[];
}

/** The built-in calendar, through the package-level functions of `@gongbao/utils/dates`. */
const builtIn: Calendar = {
  get coverage(): CalendarCoverage {
    return calendarCoverage();
  },
  addWorkingDays,
  countWorkingDays,
  dayType,
  isWorkingDay,
  nextWorkingDay,
};

/** A holiday notice is a page of text; anything much larger is not one. */
const MAX_NOTICE_BYTES = 1024 * 1024;

/** 1-based line and column (in characters) of a UTF-16 offset of `text`, in one pass over its start. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(index, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let column = 1;
  for (const _ of text.slice(lineStart, at)) column++;
  return { line, column };
}

/** The part of a ParseError's message after its code (or general words) and before `(at index N)`. */
function detailOf(message: string): string {
  return message
    .replace(/ \(at index \d+\)$/u, '')
    .replace(/^(?:Inconsistent holiday notice|Not a holiday notice|[A-Z_]+): /u, '');
}

const WHAT_TO_DO: Record<string, string> = {
  INCONSISTENT: "correct the notice's text where it contradicts itself (compare it with the notice as published)",
  NOT_A_HOLIDAY_NOTICE:
    'give the text of a 国务院办公厅 notice of holidays (《国务院办公厅关于YYYY年部分节假日安排的通知》)',
};

/** The one-line failure for a notice the parser refused: `file:line:col: CODE: what; what to do`. */
function noticeError(path: string, text: string, error: { code: string; message: string; index?: number }): Error {
  const place =
    error.index === undefined
      ? displayName(path)
      : (({ line, column }) => `${displayName(path)}:${line}:${column}`)(lineAndColumn(text, error.index));
  const next = WHAT_TO_DO[error.code] ?? WHAT_TO_DO.NOT_A_HOLIDAY_NOTICE;
  return failure(`${place}: ${error.code}: ${detailOf(error.message)}; ${next}`);
}

/** The one-line failure for notices that do not fit the built-in calendar (a gap, a year arranged otherwise). */
function extendError(notices: readonly GivenNotice[], error: { code: string; message: string }): Error {
  const names = notices.map((notice) => displayName(notice.path)).join(', ');
  const { from, to } = builtIn.coverage;
  const covered = `the built-in calendar covers ${from.slice(0, 4)}–${to.slice(0, 4)}`;
  const years = notices.map((notice) => notice.arrangement.year).join(', ');
  switch (error.code) {
    case 'NOT_CONSECUTIVE':
      return failure(
        `${names}: NOT_CONSECUTIVE: the notices arrange ${years} but ${covered}; give the notice of every year between too`,
      );
    case 'CONFLICTING_ARRANGEMENTS':
      return failure(
        `${names}: CONFLICTING_ARRANGEMENTS: ${detailOf(error.message)}; ${covered} as its notices state — give the notice of a later year, or an amending notice as published`,
      );
    default:
      return failure(`${names}: ${error.code}: ${error.message}`);
  }
}

/**
 * The calendar for a command: the built-in one, or — with `--notice` — the built-in one extended
 * by the notices read from those files (`-`: stdin).
 *
 * @throws CliError (exit 1) with a one-line message naming the file and the position for a file
 *   that cannot be read, a text that is not a holiday notice (`NOT_A_HOLIDAY_NOTICE`), a notice
 *   that contradicts itself (`INCONSISTENT`), or notices that do not fit the calendar.
 * @throws CliError (exit 2) when stdin is given twice.
 */
export async function commandCalendar(
  ctx: Context,
  paths: readonly string[] | undefined,
  encoding?: string,
): Promise<CommandCalendar> {
  if (paths === undefined || paths.length === 0) return { calendar: builtIn, notices: [] };
  if (paths.filter((path) => path === '-').length > 1) {
    throw usageError('--notice - is given twice; stdin can be read once', 'Give the other notices as files.');
  }
  const checked = checkEncoding(encoding);
  const { ParseError, parseHolidayNotice, prcCalendar } = await import('@gongbao/utils/calendar');
  const notices: GivenNotice[] = [];
  for (const path of paths) {
    const text = await readText(ctx, {
      path,
      encoding: checked,
      maxBytes: MAX_NOTICE_BYTES,
      tooLarge: 'a holiday notice is a page of text: give the notice alone',
    });
    try {
      notices.push({ path, arrangement: parseHolidayNotice(text) });
    } catch (error) {
      if (error instanceof ParseError) throw noticeError(path, text, error);
      throw error;
    }
  }
  // One notice at a time, each year's notice in year order and then the notices amending one, so
  // that the order of the options does not matter (and no array is spread into a call).
  const order = notices
    .slice()
    .sort(
      (a, b) =>
        Number(a.arrangement.amendment === true) - Number(b.arrangement.amendment === true) ||
        a.arrangement.year - b.arrangement.year,
    );
  try {
    let calendar: WorkingDayCalendar = prcCalendar;
    for (const notice of order) calendar = calendar.extend(notice.arrangement);
    return { calendar, notices };
  } catch (error) {
    if (error instanceof ParseError) throw extendError(notices, error);
    throw error;
  }
}
