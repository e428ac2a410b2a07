/**
 * Deadlines as official documents write them: 2024年6月底前, 2024年底前, 2024年上半年,
 * 每年11月5日前, 次年一月份 — resolved to the last day they allow.
 *
 * @packageDocumentation
 */
import { checkedDate, DAY, failUnlessBlank, MONTH, numeral, readNumber, SP, YEAR } from './date-grammar.js';
import { dayNumberOf, fromDayNumber, toDayNumber } from './day-number.js';
import { fail } from './fail.js';
import type { IsoDate } from './iso-date.js';

/**
 * What a deadline expression names:
 * - `'date'` — a day: 2024年5月15日前;
 * - `'month-end'` — the end of a month: 2024年6月底前, 2024年6月;
 * - `'year-end'` — the end of a year: 2024年底前, 2024年年底, 2024年;
 * - `'half-year'` — 2024年上半年 (30 June), 2024年下半年 (31 December);
 * - `'quarter'` — 2024年第三季度, 2024年三季度末 (the quarter's last day);
 * - `'relative'` — a year or month given relative to a reference date: 当年, 明年, 次年一月份,
 *   次月10日前, or a month without a year (6月底前);
 * - `'recurring'` — 每年11月5日前, 每年8月底前, 每月15日前, 每月底前: the next occurrence on or
 *   after the reference date.
 */
export type DeadlineKind = 'date' | 'month-end' | 'year-end' | 'half-year' | 'quarter' | 'relative' | 'recurring';

/** A parsed deadline. */
export interface Deadline {
  /** The last day the deadline allows. */
  readonly date: IsoDate;
  /** What the expression names. */
  readonly kind: DeadlineKind;
  /** The expression as given (trimmed). */
  readonly raw: string;
}

/** Options of {@link parseDeadline}. */
export interface ParseDeadlineOptions {
  /**
   * The date that relative (当年, 次年, 次月, a month without a year) and recurring (每年, 每月)
   * deadlines are counted from — usually the document's 成文日期 or effective date.
   */
  readonly reference?: IsoDate;
}

/**
 * The deadline grammar, unanchored. Groups: 1 year, 2 the word before 年 (每 or a relative year:
 * 今本当明次翌去上), 3 month, 4 the word before 月 (每 or a relative month: 本当次下上), 5 day,
 * 6 month end, 7 year end, 8 half year, 9 quarter, 10 前.
 *
 * @internal
 */
export const DEADLINE_SOURCE =
  `(?:(?:${YEAR}${SP}|([每今本当明次翌去上]))年${SP})?` +
  `(?:(?:${MONTH}${SP}月${SP}份?|([每本当次下上])月${SP})(?:${DAY}${SP}日${SP}|([底末]))?` +
  `|年?([底末])|([上下])半年|(?:第${SP})?([1-4１-４一二三四])${SP}季度末?)?(之?前|以前|为?止)?`;

// Matched on the text without trailing whitespace: anchored, spacing only after a token (see SP)
// — linear.
const DEADLINE = new RegExp(`^\\s*(?:(?:截至|截止到?|到|至|于|在|最迟|不晚于)${SP})?${DEADLINE_SOURCE}$`, 'd');

/**
 * Resolves a match of {@link DEADLINE_SOURCE}; `date` is null when a reference is needed but not
 * given. Errors point into `input` where the match has `indices` (the `d` flag). With `inText`,
 * returns `undefined` for what running text does not surely mean as a deadline.
 *
 * @internal
 */
export function resolveDeadline(
  match: RegExpExecArray,
  input: string,
  reference: IsoDate | undefined,
  inText?: boolean,
): { date: IsoDate | null; kind: DeadlineKind } | undefined {
  const [, yearText, yearWord, monthText, monthWord, dayText, monthEnd, yearEnd, half, quarter, before] = match;
  const every = yearWord === '每';
  const monthly = monthWord === '每';
  // Without the `d` flag (findDates), no indices: the error is not shown there.
  const at = (group: number) => match.indices?.[group]?.[0];
  const part = (p: 1 | 2) => at(2 * p + 1); // the month (group 3) or the day (group 5)
  const hasYear = yearText || yearWord;
  const yearPart = yearEnd || half || quarter;
  const bareYear = hasYear && !monthText && !yearPart;
  // In running text, only what is surely a deadline: a day with a year, 每月, 次月 or 前 (not a
  // bare 6月4日), an end (底/末), a half year or quarter of a year, 每年 or 次年 with a month.
  if (
    inText &&
    !((dayText && (hasYear || monthWord || before)) || monthEnd || (hasYear && yearPart) || (monthText && yearWord))
  ) {
    return undefined;
  }
  // Not a deadline: nothing dated, 每月/次月 after a year, 每月 without a day or end, 每年 alone.
  if (
    !(hasYear ? !monthWord && !(every && bareYear && !before) : monthWord || monthText) ||
    (monthly && !dayText && !monthEnd)
  ) {
    failUnlessBlank('NOT_A_DEADLINE', input);
  }
  // 2024年6月前: before June, or by the end of June? Documents use both.
  if (before && ((monthText && !dayText && !monthEnd) || bareYear)) fail('AMBIGUOUS', input, 0);

  // The month written, or the one a half year, a quarter or a year ends with.
  const month = monthText
    ? readNumber(monthText, input, at(3), true)
    : half === '上'
      ? 6
      : quarter
        ? 3 * numeral(quarter) // one character of [1-4１-４一二三四]: always reads
        : 12;
  const day = dayText ? readNumber(dayText, input, at(5), true) : 0;
  if (dayText && (day < 1 || day > 31)) fail('INVALID_DATE', input, at(5));
  // The last day allowed in a month: the day, or the month's end (day 0 of the month after);
  // checkedDate rejects a month past 12, a day the month lacks and a year outside 1000…9999
  // (OUT_OF_RANGE for 明年 of a reference in 9999).
  const lastDay = (year: number, m: number) => {
    checkedDate(input, year, m, day || 1, part);
    return dayNumberOf(year, m + +!day, day);
  };
  const recurring = every || monthly;
  if (yearText) {
    const year = numeral(yearText); // four digits, read one by one: always reads
    if (year < 1000) fail('INVALID_DATE', input, at(1));
    const kind = monthText ? (dayText ? 'date' : 'month-end') : half ? 'half-year' : quarter ? 'quarter' : 'year-end';
    return { date: fromDayNumber(lastDay(year, month)), kind };
  }
  const kind = recurring ? 'recurring' : 'relative';
  if (reference === undefined) {
    if (monthText) lastDay(2000, month); // still rejects 2月30日 and 13月 (2000 is a leap year)
    return { date: null, kind };
  }
  const referenceDay = toDayNumber(reference);
  const referenceYear = +reference.slice(0, 4);
  const referenceMonth = +reference.slice(5, 7);
  // Years and months counted from the reference: 去年/上年/上月 −1, 明年/次年/翌年/次月/下月 +1, 今/本/当 0.
  const relative = monthWord || yearWord || '.';
  const shift = +'明次翌下'.includes(relative) - +'去上'.includes(relative);
  // A recurring deadline is the next occurrence on or after the reference; a day that some years
  // or months lack (每年2月29日, 每月31日) is looked for in the following ones.
  for (let step = 0; ; step++) {
    try {
      // Month `index` counts from year 0 (year * 12 + month - 1).
      const index = referenceYear * 12 + referenceMonth - 1 + step + shift;
      const candidate = every
        ? lastDay(referenceYear + step, month)
        : monthWord
          ? lastDay(Math.floor(index / 12), (index % 12) + 1)
          : lastDay(referenceYear + shift, month);
      if (!recurring || candidate >= referenceDay) return { date: fromDayNumber(candidate), kind };
    } catch (error) {
      if (!recurring || step > 10) throw error;
    }
  }
}

/**
 * Parses a deadline expression into the last day it allows.
 *
 * Conventions: 前/之前/以前 after a day includes that day (2024年5月15日前 → 15 May); 底/末 is the
 * last day of the month or year; a bare month or year means its last day; 上半年 ends on 30 June and
 * a quarter on its last day. 2024年6月前 is rejected as ambiguous (before June, or by its end?).
 * Relative and recurring expressions need `options.reference`. A leading 到/至/截至/于/在/最迟 is
 * allowed.
 *
 * @param text - The expression, alone.
 * @param options - `reference`: the date relative and recurring deadlines count from.
 * @returns `{ date, kind, raw }`.
 * @throws {@link ParseError} with code `EMPTY`, `NOT_A_DEADLINE`, `AMBIGUOUS`, `INVALID_DATE`
 *   (2024年2月30日前), `INVALID_NUMBER`, `REFERENCE_REQUIRED` or `OUT_OF_RANGE` (a day after
 *   9999-12-31: 明年底前 counted from a reference in 9999).
 * @throws ParseError (code `OUT_OF_RANGE`) when `options.reference` is not an ISO date.
 * @example
 * ```ts
 * parseDeadline('2024年6月底前').date;  //=> '2024-06-30'
 * parseDeadline('2024 年底前');         //=> { date: '2024-12-31', kind: 'year-end', raw: '2024 年底前' }
 * parseDeadline('2025年2月底前').date;  //=> '2025-02-28'
 * parseDeadline('2024年5月15日前').kind; //=> 'date'
 * parseDeadline('2024年上半年').date;   //=> '2024-06-30'
 * parseDeadline('2024年第三季度').date; //=> '2024-09-30'
 * const reference = '2024-11-20' as IsoDate;
 * parseDeadline('每年11月5日前', { reference }); //=> { date: '2025-11-05', kind: 'recurring', raw: '每年11月5日前' }
 * parseDeadline('次年一月份', { reference }).date; //=> '2025-01-31'
 * parseDeadline('每年11月5日前'); //=> throws ParseError
 * parseDeadline('下周');         //=> throws ParseError
 * ```
 */
export function parseDeadline(text: string, options: ParseDeadlineOptions = {}): Deadline {
  const match = DEADLINE.exec(text.trimEnd());
  if (!match) failUnlessBlank('NOT_A_DEADLINE', text);
  const { date, kind } = resolveDeadline(match, text, options.reference) ?? {};
  return date && kind ? { date, kind, raw: text.trim() } : fail('REFERENCE_REQUIRED', text);
}
