/**
 * Deadlines as official documents write them: 2024年6月底前, 2024年底前, 2024年上半年,
 * 每年11月5日前, 次年一月份 — resolved to the last day they allow.
 *
 * @packageDocumentation
 */
import { checkedDate } from './chinese-date.js';
import { DAY, fail, MONTH, readNumber, SP, YEAR } from './date-grammar.js';
import { dayNumberOf, fromDayNumber, partsOf, toDayNumber } from './day-number.js';
import { daysInMonth, type IsoDate } from './iso-date.js';

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

const RELATIVE_YEARS: Record<string, number> = {
  今年: 0,
  本年: 0,
  当年: 0,
  明年: 1,
  次年: 1,
  翌年: 1,
  去年: -1,
  上年: -1,
};
const RELATIVE_MONTHS: Record<string, number> = { 本月: 0, 当月: 0, 次月: 1, 下月: 1, 上月: -1 };

/**
 * The deadline grammar, unanchored; group numbers are listed in {@link G}.
 *
 * @internal
 */
export const DEADLINE_SOURCE =
  `(?:(每年)|${YEAR}${SP}年|(${Object.keys(RELATIVE_YEARS).join('|')}))?${SP}` +
  '(?:' +
  `(每月)${SP}(?:${DAY}${SP}日|(底|末))` +
  `|${MONTH}${SP}月${SP}份?${SP}(?:${DAY}${SP}日|(底|末))?` +
  `|(${Object.keys(RELATIVE_MONTHS).join('|')})${SP}(?:${DAY}${SP}日|(底|末))?` +
  `|年?${SP}(底|末)` +
  '|([上下])半年' +
  `|第?${SP}([1-4１-４一二三四])${SP}季度${SP}末?` +
  `)?${SP}(之前|以前|前|为止|止)?`;

/**
 * Capture groups of {@link DEADLINE_SOURCE}, by position.
 *
 * @internal
 */
export enum G {
  Every = 1,
  Year,
  RelativeYear,
  Monthly,
  MonthlyDay,
  MonthlyEnd,
  Month,
  Day,
  MonthEnd,
  RelativeMonth,
  RelativeMonthDay,
  RelativeMonthEnd,
  YearEnd,
  Half,
  Quarter,
  Before,
}

const DEADLINE = new RegExp(`^\\s*(?:截至|截止到?|到|至|于|在|最迟|不晚于)?${SP}${DEADLINE_SOURCE}\\s*$`, 'd');

/** The matched text of group `g` and its offset in the input. */
type Groups = (g: number) => [text: string | undefined, index: number];

/**
 * Resolves a match of {@link DEADLINE_SOURCE}; `date` is null when a reference is needed but
 * not given.
 *
 * @internal
 */
export function resolveDeadline(
  group: Groups,
  input: string,
  reference: IsoDate | undefined,
): { date: IsoDate | null; kind: DeadlineKind } {
  const has = (g: number): boolean => group(g)[0] !== undefined;
  const num = (g: number): number => {
    const [text = '', index] = group(g);
    return readNumber(text, input, index);
  };
  const every = has(G.Every);
  const monthly = has(G.Monthly);
  const absoluteYear = has(G.Year);
  const relativeMonth = has(G.RelativeMonth);
  const month = has(G.Month);
  const dayGroup = monthly ? G.MonthlyDay : month ? G.Day : G.RelativeMonthDay;
  const day = has(dayGroup);
  const monthEnd = has(G.MonthEnd) || has(G.RelativeMonthEnd);
  const yearEnd = has(G.YearEnd);
  const half = group(G.Half)[0];
  const quarter = has(G.Quarter);
  const hasYear = every || absoluteYear || has(G.RelativeYear);

  if (!hasYear && !monthly && !month && !relativeMonth) {
    return fail(input.trim() ? 'NOT_A_DEADLINE' : 'EMPTY', input, 'Not a deadline');
  }
  if ((monthly || relativeMonth) && hasYear) {
    return fail('NOT_A_DEADLINE', input, 'Year before 每月/次月');
  }
  if ((yearEnd || half !== undefined || quarter) && !hasYear) {
    return fail('NOT_A_DEADLINE', input, 'No year', 0);
  }
  const bareYear = hasYear && !month && !yearEnd && half === undefined && !quarter;
  if (has(G.Before) && ((month && !day && !monthEnd) || bareYear)) {
    // 2024年6月前: before June, or by the end of June? Documents use both.
    return fail('AMBIGUOUS', input, 'Month/year + 前', 0);
  }
  if (every && bareYear) return fail('NOT_A_DEADLINE', input, 'Bare 每年');

  const monthNumber = month ? num(G.Month) : 0;
  const dayNumber = day ? num(dayGroup) : 0;
  const monthAt = group(G.Month)[1];
  const dayAt = group(dayGroup)[1];
  if (day && (dayNumber < 1 || dayNumber > 31)) fail('INVALID_DATE', input, 'No such day', dayAt);
  // The last day allowed in `year` (or in month `monthIndex` = year * 12 + month - 1).
  const lastDayIn = (year: number): number => {
    if (month) {
      if (day) return toDayNumber(checkedDate(year, monthNumber, dayNumber, input, monthAt, dayAt));
      checkedDate(year, monthNumber, 1, input, monthAt, dayAt);
      return dayNumberOf(year, monthNumber, daysInMonth(year, monthNumber));
    }
    if (half !== undefined) return dayNumberOf(year, half === '上' ? 6 : 12, half === '上' ? 30 : 31);
    if (quarter) {
      const q = num(G.Quarter);
      return dayNumberOf(year, q * 3, q === 1 || q === 4 ? 31 : 30);
    }
    return dayNumberOf(year, 12, 31);
  };
  const lastDayInMonth = (monthIndex: number): number => {
    const year = Math.floor(monthIndex / 12);
    const m = (monthIndex % 12) + 1;
    return day
      ? toDayNumber(checkedDate(year, m, dayNumber, input, monthAt, dayAt))
      : dayNumberOf(year, m, daysInMonth(year, m));
  };

  if (absoluteYear) {
    const year = num(G.Year);
    if (year < 1000) fail('INVALID_DATE', input, 'Year < 1000', group(G.Year)[1]);
    const kind: DeadlineKind = month
      ? day
        ? 'date'
        : 'month-end'
      : half !== undefined
        ? 'half-year'
        : quarter
          ? 'quarter'
          : 'year-end';
    return { date: fromDayNumber(lastDayIn(year)), kind };
  }

  if (reference === undefined) {
    if (month) lastDayIn(2000); // still rejects 2月30日 and 13月 (2000 is a leap year)
    return { date: null, kind: every || monthly ? 'recurring' : 'relative' };
  }
  const referenceDay = toDayNumber(reference);
  const [refYear, refMonth] = partsOf(referenceDay);

  if (every || monthly) {
    // The next occurrence on or after the reference. A day that some years or months lack
    // (每年2月29日, 每月31日) is looked for in the following ones.
    for (let step = 0; step < 12; step++) {
      try {
        const candidate = every ? lastDayIn(refYear + step) : lastDayInMonth(refYear * 12 + refMonth - 1 + step);
        if (candidate >= referenceDay) return { date: fromDayNumber(candidate), kind: 'recurring' };
      } catch (error) {
        if (step === 11) throw error;
      }
    }
    return fail('INVALID_DATE', input, 'Never occurs');
  }
  if (relativeMonth) {
    const offset = RELATIVE_MONTHS[group(G.RelativeMonth)[0] ?? ''] ?? 0;
    return { date: fromDayNumber(lastDayInMonth(refYear * 12 + refMonth - 1 + offset)), kind: 'relative' };
  }
  const offset = RELATIVE_YEARS[group(G.RelativeYear)[0] ?? ''] ?? 0;
  return { date: fromDayNumber(lastDayIn(refYear + offset)), kind: 'relative' };
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
 *   (2024年2月30日前), `INVALID_NUMBER` or `REFERENCE_REQUIRED`.
 * @throws RangeError when `options.reference` is not an ISO date.
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
  const match = DEADLINE.exec(text);
  if (!match) {
    return fail(text.trim() ? 'NOT_A_DEADLINE' : 'EMPTY', text, 'Not a deadline');
  }
  const { date, kind } = resolveDeadline((g) => [match[g], match.indices?.[g]?.[0] ?? 0], text, options.reference);
  if (date === null) {
    return fail('REFERENCE_REQUIRED', text, 'Needs options.reference');
  }
  return { date, kind, raw: text.trim() };
}
