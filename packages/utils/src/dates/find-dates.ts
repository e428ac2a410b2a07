/**
 * Finding the dates, deadlines, effective dates and durations in running text.
 *
 * @packageDocumentation
 */
import { ParseError } from '../numbering/parse-error.js';
import { checkedDate, DAY, DIGITS, MONTH, numeral, SP, YEAR } from './date-grammar.js';
import { toDayNumber } from './day-number.js';
import { DEADLINE_SOURCE, type DeadlineKind, resolveDeadline } from './deadline.js';
import { DURATION_SOURCE, type Duration, durationPrefix, parseDuration } from './duration.js';
import type { IsoDate } from './iso-date.js';

/** A calendar date in the text that is not part of a deadline or effective date: 2024年6月4日. */
export interface FoundCalendarDate {
  /** What was found. */
  readonly type: 'date';
  /** The date. */
  readonly date: IsoDate;
  /** The text found. */
  readonly raw: string;
  /** UTF-16 offset of its first character. */
  readonly index: number;
  /** UTF-16 offset just after its last character. */
  readonly end: number;
}

/** A deadline: 2024年底前, 2024年6月底前, 2024年5月15日前, 每年11月5日前, 次年一月份. */
export interface FoundDeadline {
  /** What was found. */
  readonly type: 'deadline';
  /** What the deadline names (see {@link DeadlineKind}). */
  readonly kind: DeadlineKind;
  /**
   * The last day the deadline allows; `null` for relative and recurring deadlines when no
   * `reference` was given.
   */
  readonly date: IsoDate | null;
  /** The text found. */
  readonly raw: string;
  /** UTF-16 offset of its first character. */
  readonly index: number;
  /** UTF-16 offset just after its last character. */
  readonly end: number;
}

/** When a text takes effect: 自2024年6月22日起执行, 自2024年6月起施行, 自公布之日起施行. */
export interface FoundEffectiveDate {
  /** What was found. */
  readonly type: 'effective';
  /**
   * The first day in force (the 1st for a month: 自2024年6月起 → 2024-06-01); `null` when the
   * text takes effect on its publication (自公布/发布/印发之日起), a date the text itself does not give.
   */
  readonly date: IsoDate | null;
  /** The text found. */
  readonly raw: string;
  /** UTF-16 offset of its first character. */
  readonly index: number;
  /** UTF-16 offset just after its last character. */
  readonly end: number;
}

/** A duration: 有效期5年, 公示期为七个工作日, 15个工作日内, 30天内, 两个月内. */
export interface FoundDuration {
  /** What was found. */
  readonly type: 'duration';
  /** The duration, as {@link parseDuration} reads it. */
  readonly duration: Duration;
  /** The text found. */
  readonly raw: string;
  /** UTF-16 offset of its first character. */
  readonly index: number;
  /** UTF-16 offset just after its last character. */
  readonly end: number;
}

/** Anything {@link findDates} finds. */
export type FoundDate = FoundCalendarDate | FoundDeadline | FoundEffectiveDate | FoundDuration;

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /** The date relative and recurring deadlines count from (see {@link parseDeadline}). */
  readonly reference?: IsoDate;
}

// Sticky: each runs only at the places ANCHORED gives. Spacing only after a token (see SP) and
// every match starts at a token, so each attempt is linear. A deadline starts with a digit, a
// numeral or one of 每今本当明次翌去上.
const DEADLINE_IN_TEXT = new RegExp(`(?=[${DIGITS}十每今本当明次翌去上])${DEADLINE_SOURCE}`, 'y');
const EFFECTIVE_IN_TEXT = new RegExp(
  `自${SP}(?:${YEAR}${SP}年${SP}${MONTH}${SP}月${SP}(?:${DAY}${SP}日${SP})?|(?:公布|发布|印发|颁布|公开发布)之日${SP})起${SP}(?:施行|执行|实施|生效)?`,
  'y',
);
// In running text a duration is not part of a longer number (一百二十天 is not 二十天); a bare 期 is
// too common to introduce one.
const DURATION_IN_TEXT = new RegExp(`${durationPrefix(false)}(?<![${DIGITS}两十百千万])${DURATION_SOURCE}`, 'y');

/**
 * Where a find can start: every find holds an anchor — the 自 of an effective date, the 年, 月 or
 * 季 of a deadline, the unit of a duration (年 月 天 日 周 星期 工作日) — and between its start and
 * its first anchor only the characters of the run group 1 captures (numbers, spacing, 个 为 是 半,
 * 每今本当明次翌去上, 有效期限 公示告 试用). So the patterns run sticky at each place of that run and
 * at 自, not at every character (a regex scan led by a character class costs ~20 ns a character).
 * The lookbehind comes after the anchor, so each run is read once, back from its anchor.
 *
 * @internal
 */
export const ANCHORED = new RegExp(
  `[自年月季天日周星工](?<=([${DIGITS}两十百千万半个为是每今本当明次翌去上有效期限公示告试用 \\t\\u3000]*).)`,
  'g',
);

/**
 * The places, in text order, where a find can start: each anchor and the run before it (see
 * ANCHORED). Runs end at the anchor before, so no place comes twice; yielded, not collected (a
 * run can be as long as the text).
 *
 * @internal
 */
export function* placesOf(text: string): Generator<number> {
  for (const { index, 1: run = '' } of text.matchAll(ANCHORED)) {
    for (let place = index - run.length; place <= index; place++) yield place;
  }
}

/** What a find is, without its place in the text. */
type Found = FoundDate extends infer F ? (F extends FoundDate ? Omit<F, 'raw' | 'index' | 'end'> : never) : never;

/**
 * Reads a match: a find, `undefined` (not one: retry from the next character)
 * or `null` (skip it all).
 */
type Read = (match: RegExpExecArray, reference: IsoDate | undefined) => Found | null | undefined;

// Impossible dates (2024年2月30日) and ambiguous forms (2024年6月前) are not reported, and neither
// is any part of them (2月30日前).
const deadlineMention: Read = (match, reference) => {
  const { date = null, kind } = resolveDeadline(match, match[0], reference, true) ?? {};
  return !kind
    ? undefined
    : kind === 'date' && !match[10]
      ? { type: 'date', date: date as IsoDate }
      : { type: 'deadline', kind, date };
};

// The captured parts checked as parseChineseDate checks them (no second parse of a rebuilt
// string); a month alone starts on its 1st (自2024年6月起).
const effectiveMention: Read = (match) => {
  const [raw, year, month = '', day] = match;
  return {
    type: 'effective',
    date: year
      ? checkedDate(raw, numeral(year), numeral(month, true), day ? numeral(day, true) : 1, () => undefined)
      : null,
  };
};

const durationMention: Read = (match) => {
  const [raw, number = '', counted, unit, within] = match;
  // Bare "3年" is too often part of something else (近3年, 第3年); ask for a marker: a prefix
  // (有效期, 公示期为 … — then the match does not start with the number), 个, 内, 工作日 or 天.
  return !raw.startsWith(number) || counted || within || unit === '工作日' || unit === '天'
    ? { type: 'duration', duration: parseDuration(raw) }
    : undefined;
};

/**
 * The three scans: a pattern (sticky, run at the places of placesOf), how to read its match, and
 * what a ParseError means — an impossible or ambiguous deadline is skipped whole (`null`); a bad
 * effective date or duration is not one, and the search goes on from the next character.
 *
 * @internal
 */
export const SCANS = [
  [EFFECTIVE_IN_TEXT, effectiveMention, undefined],
  [DEADLINE_IN_TEXT, deadlineMention, null],
  [DURATION_IN_TEXT, durationMention, undefined],
] as const;

/**
 * Finds every calendar date, deadline, effective date and duration in running text, with its
 * offsets and parsed value, in text order. Overlapping finds are resolved in favour of the one
 * that starts first (then the longer one): 自2024年6月22日起执行 is one effective date, not a
 * date inside it.
 *
 * What is found: full dates (2024年6月4日, 2024 年 5 月 22 日, 二〇二四年六月四日); deadlines with a
 * year, an end or a 前 (2024 年底前, 2025年6月底前, 2024年5月15日前, 2024年上半年, 2024年第三季度,
 * 每年11月5日前, 每月15日前, 次年一月份, 6月底前); effective dates (自…起施行/执行/实施); durations
 * with a marker (有效期5年, 公示期为七个工作日, 15个工作日内, 30天内, 两个月内). Not reported: bare
 * years and months (2024年, 2025年1月开始), 当年 without a month, impossible dates, and the
 * ambiguous 2024年6月前.
 *
 * @param text - Any text.
 * @param options - `reference` for relative and recurring deadlines.
 * @returns The finds, ordered by `index`.
 * @throws ParseError (code `OUT_OF_RANGE`) when `options.reference` is not an ISO date.
 * @example
 * ```ts
 * const found = findDates('本办法自2024年6月22日起执行，有效期5年。2024 年底前完成。');
 * found.map((f) => f.type); //=> ['effective', 'duration', 'deadline']
 * found[0];                 //=> { type: 'effective', date: '2024-06-22', raw: '自2024年6月22日起执行', index: 3, end: 17 }
 * found.find((f) => f.type === 'deadline')?.date; //=> '2024-12-31'
 * findDates('每年11月5日前报送', { reference: '2024-06-04' as IsoDate }).find((f) => f.type === 'deadline')?.date; //=> '2024-11-05'
 * ```
 */
export function findDates(text: string, options: FindDatesOptions = {}): FoundDate[] {
  const { reference } = options;
  if (reference !== undefined) toDayNumber(reference); // validates it up front
  const found: FoundDate[] = [];
  // Each scan as a global scan would go — from each place on, past a find, else on to the next
  // place — at the places in text order, all three in one pass. Of the finds at a place (a sticky
  // match starts there) the longest is kept unless an earlier find covers the place.
  const next = [0, 0, 0];
  let covered = 0;
  for (const place of placesOf(text)) {
    let best = undefined as FoundDate | undefined;
    SCANS.forEach(([pattern, read, failed], k) => {
      if (place < (next[k] as number)) return;
      pattern.lastIndex = place;
      const match = pattern.exec(text);
      if (!match) return;
      let find: Found | null | undefined;
      // A find never ends in spacing, whatever its kind.
      const raw = match[0].trimEnd();
      const end = place + raw.length;
      try {
        find = match[0] ? read(match, reference) : undefined;
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        find = failed;
      }
      if (find && end > (best?.end ?? 0)) best = { ...find, raw, index: place, end } as FoundDate;
      next[k] = find === undefined ? place + 1 : place + match[0].length;
    });
    if (best && place >= covered) {
      found.push(best);
      covered = best.end;
    }
  }
  return found;
}
