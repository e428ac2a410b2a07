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

/**
 * The value of a numeral the grammar captured, -1 when it is malformed — exactly as
 * `parseChineseNumber` reads it below 1亿 (a test compares the two on every string the grammar can
 * capture): positional numerals (十五, 一十五, 一百零五, 一百十, 两千, 一万二千, 六千八 = 6800, 一万零五百),
 * and digits one by one (2024, ２０２４, 二〇二四, 二零二五, 二○二四) — but those only as a year: with
 * `count`, a count or an ordinal, 二〇二四 and 一二 are -1 (Arabic and full-width digits still read).
 */
export function numeral(text: string, count?: boolean): number {
  if (/^\d+$/.test(text)) return +text; // the common case, fast
  // A digit's value: an Arabic or full-width digit's code (less 0xfee0) less 48, a Chinese one's
  // place in 一…九 (两 is 2), 0 for 〇 and its stand-ins; -1 for any other character. No replace
  // with a callback: that is ~6× as slow as a test, even when nothing matches.
  const digitValue = (char: string) => {
    const arabic = (char.charCodeAt(0) % 0xfee0) - 48;
    return arabic >>> 0 < 10 ? arabic : ZERO.includes(char) ? 0 : char === '两' ? 2 : HAN.indexOf(char) + 1 || -1;
  };
  if (!/[十百千万两]/.test(text)) {
    // Digit by digit (the grammar captures nothing but digits and these units): a year or a
    // code, never a count.
    if (text.length > 1 && count && /[^0-9０-９]/.test(text)) return -1;
    let value = 0;
    for (const char of text) value = value * 10 + digitValue(char);
    return value;
  }
  let total = 0; // the part in 万
  let section = 0; // the part below 万
  let digit = -1; // a digit not yet followed by its unit
  let last = 5; // the power of ten of the last unit (十 1, 百 2, 千 3, 万 4); 5 before any
  let zero = false; // a 零 since that unit
  // A section ends (at 万 or at the end) with its pending digit: the units digit after 十 or 零, or
  // at the very end the unit below the last one (六千八 is 6800); else the numeral skipped a place.
  const close = (end: boolean): boolean => {
    if (digit < 0) return !zero;
    if (zero ? last < 2 : last > 1 && last < 5 && !end) return false;
    section += zero || last === 1 || last === 5 ? digit : digit * 10 ** (last - 1);
    return true;
  };
  for (const char of text) {
    const value = digitValue(char);
    const power = '十百千万'.indexOf(char) + 1;
    if (value > 0 && digit < 0) digit = value;
    else if (!value && digit < 0 && !zero && last < 5) zero = true;
    else if (power === 4 && !total && close(false) && section) {
      total = section * 1e4;
      section = 0;
      last = 4;
    } else if (
      power > 0 &&
      power < 4 &&
      power < last &&
      (digit > 0 || power === 1) &&
      // 零 exactly where a place is skipped after an earlier unit: 一千零五十, 一百五十, not 一千五十
      (last < 5 && power < last - 1) === zero
    ) {
      section += (digit < 0 ? 1 : digit) * 10 ** power;
      last = power;
    } else return -1;
    if (power) {
      digit = -1;
      zero = false;
    }
  }
  return close(true) && text ? total + section : -1;
}

/** Reads a captured number (a count or ordinal with `count`, see {@link numeral}); a malformed one throws `INVALID_NUMBER` at `index`. */
export function readNumber(text: string, input: string, index?: number, count?: boolean): number {
  const value = numeral(text, count);
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
