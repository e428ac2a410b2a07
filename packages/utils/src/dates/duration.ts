/**
 * Durations as official documents write them — 有效期两年, 七个工作日, 15个工作日内, 30天内,
 * 两个月内 — and the dates they lead to, working days counted on the PRC calendar.
 *
 * @packageDocumentation
 */
import { DIGIT, failUnlessBlank, HAN, readNumber, SP } from './date-grammar.js';
import { fromDayNumber, outOfRange, toDayNumber } from './day-number.js';
import { fail } from './fail.js';
import type { IsoDate } from './iso-date.js';
import { validityEnd } from './validity.js';
import { addWorkingDays, isWorkingDay } from './working-days.js';

/** The unit of a {@link Duration}. `'workingDay'` is a working day of the PRC calendar (工作日). */
export type DurationUnit = 'year' | 'month' | 'day' | 'workingDay';

/** A parsed duration. */
export interface Duration {
  /** How many units (a positive integer). */
  readonly value: number;
  /** The unit. */
  readonly unit: DurationUnit;
  /** The expression as given (trimmed). */
  readonly raw: string;
}

/** Options of {@link applyDuration}. */
export interface ApplyDurationOptions {
  /**
   * Whether `start` is the period's first day (default `true`: 自6月4日起公示七个工作日, a validity
   * from its effective date). Pass `false` when `start` is an event that is not counted and the
   * period begins the next day (民法典 第201条: 开始的当日不计入 — 收到申请之日起30日内).
   */
  readonly includeStart?: boolean;
}

/**
 * The duration grammar, unanchored: group 1 the number, 2 个, 3 the unit, 4 内/以内. A Chinese
 * numeral of up to 15 characters: the longest below 1亿 (九千九百九十九万九千九百九十九), all the
 * date grammar's reader takes.
 *
 * @internal
 */
export const DURATION_SOURCE = `(${DIGIT}{1,3}|[〇○零${HAN}两十百千万]{1,15}|半)${SP}(?:(个)${SP})?(工作日|年|月|天|日|周|星期)${SP}([以之]?内)?`;

/**
 * What may introduce a duration: 有效期, 公示期 (为) …, and with `bareTerm` a bare 期 (too common
 * in running text to introduce one there).
 *
 * @internal
 */
export const durationPrefix = (bareTerm: boolean): string =>
  `(?:(?:有效期|期限|公示期|公告期|试用期${bareTerm ? '|期' : ''})${SP}(?:[为是]${SP})?)?`;

const UNITS: Record<string, DurationUnit> = { 工作日: 'workingDay', 年: 'year', 月: 'month' };

// Matched on the text without trailing whitespace: anchored, spacing only after a token (see SP)
// — linear.
const DURATION = new RegExp(`^\\s*${durationPrefix(true)}${DURATION_SOURCE}$`, 'd');

/**
 * Parses a duration: 有效期两年, 有效期为3年, 七个工作日, 15个工作日内, 30天内, 30日内, 两个月内, 3年,
 * 半年 (6 months), 两周 (14 days).
 *
 * Months need 个 (3个月; 3月 is March), and 日 needs 内 or a prefix (30日内; 30日 alone is a day
 * of the month).
 *
 * @param text - The expression, alone; an optional 有效期/期限/公示期 (为) prefix and 内/以内 suffix.
 * @returns `{ value, unit, raw }`.
 * @throws {@link ParseError} with code `EMPTY`, `NOT_A_DURATION`, `AMBIGUOUS` (3月, 30日),
 *   `INVALID_NUMBER` or `INVALID_VALUE` (0, or 半 with a unit other than 年).
 * @example
 * ```ts
 * parseDuration('有效期两年');   //=> { value: 2, unit: 'year', raw: '有效期两年' }
 * parseDuration('七个工作日');   //=> { value: 7, unit: 'workingDay', raw: '七个工作日' }
 * parseDuration('15个工作日内').value; //=> 15
 * parseDuration('两个月内').unit;      //=> 'month'
 * parseDuration('30天内').unit;        //=> 'day'
 * parseDuration('3月');                //=> throws ParseError
 * ```
 */
export function parseDuration(text: string): Duration {
  const raw = text.trim();
  const match = DURATION.exec(text.trimEnd());
  if (!match) return failUnlessBlank('NOT_A_DURATION', text);
  const [, numberText = '', counted, unit = '', within] = match;
  const at = match.indices?.[1]?.[0]; // the `d` flag and a group that always takes part: always set
  // 3月 is March, and 30日 a day of the month unless 内 or a prefix says otherwise.
  if ((unit === '月' && !counted) || (unit === '日' && !within && raw.startsWith(numberText)))
    fail('AMBIGUOUS', text, at);
  // 半 reads only in 半年, as 6 months; a week is 7 days.
  const half = numberText === '半';
  const value = half
    ? unit === '年'
      ? 6
      : 0
    : readNumber(numberText, text, at, true) * ('周星期'.includes(unit) ? 7 : 1);
  return value ? { value, unit: half ? 'month' : (UNITS[unit] ?? 'day'), raw } : fail('INVALID_VALUE', text, at);
}

/**
 * The last day of a duration that starts on `start`: calendar units by the rule of
 * {@link validityEnd}, working days on the PRC calendar (the n-th working day of the period).
 *
 * @param start - The first day of the period, or (with `includeStart: false`) the event it
 *   follows.
 * @param duration - `{ value, unit }`, e.g. from {@link parseDuration}.
 * @param options - `includeStart`.
 * @returns The last day of the period.
 * @throws CalendarRangeError when working days must be counted outside the calendar's coverage.
 * @throws ParseError (code `OUT_OF_RANGE`) when `start` is not an ISO date or `duration.value` is not a positive integer.
 * @example
 * ```ts
 * applyDuration('2024-06-22' as IsoDate, parseDuration('有效期5年'));    //=> '2029-06-21'
 * applyDuration('2024-06-04' as IsoDate, parseDuration('公示期为七个工作日')); //=> '2024-06-13'
 * applyDuration('2024-06-04' as IsoDate, { value: 30, unit: 'day' }, { includeStart: false }); //=> '2024-07-04'
 * ```
 */
export function applyDuration(
  start: IsoDate,
  duration: { readonly value: number; readonly unit: DurationUnit },
  options: ApplyDurationOptions = {},
): IsoDate {
  const { value, unit } = duration;
  if (!Number.isInteger(value) || value < 1) outOfRange(value);
  const first = options.includeStart === false ? fromDayNumber(toDayNumber(start) + 1) : start;
  return unit === 'workingDay'
    ? addWorkingDays(first, isWorkingDay(first) ? value - 1 : value) // the value-th working day from `first`
    : validityEnd(first, unit === 'year' ? { years: value } : unit === 'month' ? { months: value } : { days: value });
}
