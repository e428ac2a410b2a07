/**
 * The pieces of the date grammar shared by the date, deadline, duration and finder modules:
 * regular-expression sources for years, months, days and spacing, the reading of the numbers they
 * capture, and the one way they fail.
 *
 * @internal
 * @packageDocumentation
 */
import { fail } from './fail.js';
import { daysInMonth, type IsoDate, toIsoDate } from './iso-date.js';

/**
 * Optional spacing inside an expression: typeset text puts spaces around Arabic numbers. The
 * grammar puts it only right after a token (a number, 年, 月 …), never on both sides of an
 * optional part, so that a run of spaces can be taken by one quantifier only, the one after the
 * token before it: no backtracking over the run, linear on any input (recheck proves it).
 */
export const SP = '[ \\t\\u3000]*';
/** Arabic and full-width digits. */
export const DIGIT = '[0-9０-９]';
/** The Chinese digits 1–9. */
export const HAN = '一二三四五六七八九';
/** The characters written for 〇 in years: 〇, ○ (U+25CB), 零 and the letter O (二OO六, full-width Ｏ too). */
const ZERO = '〇○零OＯ';
/** Every digit character, for character classes: Arabic, full-width and Chinese (〇 and its stand-ins for 0). */
export const DIGITS = `0-9０-９${ZERO}${HAN}`;
/** A four-digit year, Arabic/full-width or written digit by digit (二〇二四, 二零二五, 二○二四, 二OO六). */
export const YEAR = `(?<!${DIGIT})(${DIGIT}{4}|[${ZERO}${HAN}]{4})`;
/** A month number: 1–2 digits or 一 … 十二. */
export const MONTH = `(?<!${DIGIT})(${DIGIT}{1,2}|[${HAN}十]{1,2})`;
/** A day number: 1–2 digits or 一 … 三十一. */
export const DAY = `(${DIGIT}{1,2}|[${HAN}十]{1,3})`;

/** Fails with `code`, or with `EMPTY` when `input` is blank. */
export function failUnlessBlank(code: string, input: string): never {
  return fail(input.trim() ? code : 'EMPTY', input);
}

// Digits one by one (2024, ２０２４, 二〇二四, 二零二五, 二○二四), or 十 and 百 with at most one digit
// before each (两 counts things: 两百, 两年, but not 二两).
const NUMERAL = new RegExp(`^(?:[${DIGITS}]+|(?:[${HAN}两]百)?(?:[${HAN}两]?十)?[${HAN}两]?)$`);

/**
 * The value of a numeral the grammar captured, -1 when it is malformed: digits one by one
 * (2024, ２０２４, 二〇二四, 二零二五, 二○二四), or 十 and 百 written as `parseChineseNumber` accepts
 * them (十五, 一十五, 二十, 一百一十, 一百十, 一百二 = 120, 两百). A test checks this against
 * `parseChineseNumber` on every string the grammar can capture.
 */
export function numeral(text: string): number {
  if (/^\d+$/.test(text)) return +text; // the common case, fast
  if (!NUMERAL.test(text)) return -1;
  let total = 0;
  let digits = 0; // the digits since the last unit
  let scale = 1; // what they count: tens after a final 百 (一百二 is 120)
  for (const char of text.replace(/[零○OＯ]/g, '〇').replace(/两/g, '二')) {
    const digit = `〇${HAN}`.indexOf(char);
    if (char === '十' || char === '百') {
      total += char === '十' ? (digits || 1) * 10 : digits * 100;
      scale = char === '百' ? 10 : 1;
      digits = 0;
    } else {
      digits = digits * 10 + (digit < 0 ? char.charCodeAt(0) & 15 : digit); // & 15: an Arabic or full-width digit
    }
  }
  return total + digits * scale;
}

/** Reads a captured number; a malformed one throws `INVALID_NUMBER` at `index`. */
export function readNumber(text: string, input: string, index?: number): number {
  const value = numeral(text);
  return value < 0 ? fail('INVALID_NUMBER', input, index) : value;
}

/**
 * Checks a year, month and day read from `input` (-1 for a malformed numeral) and builds the
 * date. Errors point at the month (`at(1)`) or the day (`at(2)`), or at 0 for a year before 1000.
 */
export function checkedDate(
  input: string,
  year: number,
  month: number,
  day: number,
  at: (part: 1 | 2) => number | undefined,
): IsoDate {
  return month < 0
    ? fail('INVALID_NUMBER', input, at(1))
    : day < 0
      ? fail('INVALID_NUMBER', input, at(2))
      : year < 1000
        ? fail('INVALID_DATE', input, 0)
        : year > 9999
          ? fail('OUT_OF_RANGE', input, 0)
          : month < 1 || month > 12
            ? fail('INVALID_DATE', input, at(1))
            : day < 1 || day > daysInMonth(year, month)
              ? fail('INVALID_DATE', input, at(2))
              : toIsoDate(year, month, day);
}
