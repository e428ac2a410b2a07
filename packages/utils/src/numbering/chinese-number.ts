import { throwParseError } from './parse-failure.js';

// The plain numeral characters, and the other forms parseChineseNumber reads, by the plain one
// they stand for: financial (大写), traditional, Arabic and full-width digits, and ○ (U+25CB) and
// the letter O (Ｏ), which is how OCR, word processors and typists render 〇 in years (二OO六).
// (Regex literals as strings: bundlers keep their Chinese characters as UTF-8, while they escape
// those of string literals to \uXXXX — twice the bytes against the size budget.)
const PLAIN = /零一二三四五六七八九十百千万亿/.source;

/** The plain character `char` stands for (no table built at load: a bundler could not drop it). */
function plainCharOf(char: string): string | undefined {
  const i = /[0-9０-９]/.test(char)
    ? char.charCodeAt(0) & 15 // & 15: the digit's value, Arabic or full-width
    : /〇○OＯ 壹 贰貳两兩 叁參 肆 伍 陆陸 柒 捌 玖 拾 佰 仟 萬 億/.source
        .split(' ')
        .findIndex((chars) => chars.includes(char));
  return i < 0 ? undefined : PLAIN.charAt(i);
}

/** Writes out what the official convention leaves implicit: 十 → 一十, 六千八 → 六千八百. */
const explicit = (plain: string): string =>
  plain.replace(/(^|[^一二三四五六七八九])十/g, '$1一十').replace(
    /([百千万亿])([一二三四五六七八九])$/,
    (_, unit: string, digit: string) =>
      // The unit below: 六千八 is 六千八百, 一亿五 is 一亿五千万.
      `${unit}${digit}${unit === '亿' ? '千' : ''}${PLAIN.charAt(PLAIN.indexOf(unit) - 1)}`,
  );

/**
 * Parses a Chinese numeral into a number.
 *
 * Reads positional numerals written by the official convention (一百零五, 十二万三千四百五十六,
 * 一万亿), with what common usage leaves out or swaps: 十 for 一十 anywhere (一百十, 十亿零十), a
 * trailing unit (六千八 is 6800, 一万五 is 15000, 一百一 is 110), 两 for 二, 〇 for 零, financial
 * numerals (壹贰叁…拾佰仟), traditional forms (貳 參 陸 萬 億 兩) and single Arabic or full-width
 * digits (3万). It also reads digit-by-digit numerals as years are written (二〇二四, 二零二四,
 * 二○二四, 2024). Surrounding whitespace is ignored. Anything else is malformed: 十十, 一百百,
 * 一百零五十, 一千五十 (written 一千零五十), 一百五万 (105万 or 150万?).
 *
 * @param text - The numeral, e.g. `'一百零五'` or `'二〇二四'`.
 * @returns The value, a safe non-negative integer.
 * @throws {@link ParseError} with code `UNEXPECTED_CHARACTER` (not a numeral character; `index` is
 * its offset), `MALFORMED` (empty, 两 in a digit-by-digit numeral, or not a numeral the convention
 * writes) or `OUT_OF_RANGE` (above `Number.MAX_SAFE_INTEGER`).
 * @example
 * ```ts
 * parseChineseNumber('一百零五');        //=> 105
 * parseChineseNumber('一百十');          //=> 110
 * parseChineseNumber('十二万三千四百五十六'); //=> 123456
 * parseChineseNumber('六千八');          //=> 6800
 * parseChineseNumber('两万');            //=> 20000
 * parseChineseNumber('二〇二四');        //=> 2024
 * parseChineseNumber('壹仟零伍');        //=> 1005
 * parseChineseNumber('十十');            //=> throws ParseError
 * ```
 */
export const parseChineseNumber = (text: string): number => read(text);

/**
 * Reads a count or an ordinal (第N条, N、, 第N期): {@link parseChineseNumber}, but a numeral
 * written digit by digit (二〇二四, 一二) is a year or a code, never a count — `MALFORMED`.
 * Arabic and full-width digits (12, １２) still read.
 *
 * @internal
 */
export const parseCount = (text: string): number => read(text, true);

function read(text: string, count?: boolean): number {
  const trimmed = text.trim();
  const offset = text.length - text.trimStart().length;
  const fail = (code: string, index?: number): never => throwParseError('a Chinese number', code, text, index);
  // Plain numerals pass through untouched; the regex finds the other characters in one native scan.
  const plain = trimmed.replace(
    /[^零一二三四五六七八九十百千万亿]/g,
    (char, i: number) => plainCharOf(char) ?? fail('UNEXPECTED_CHARACTER', offset + i),
  );

  let result = 0;
  if (/^[零一二三四五六七八九]+$/.test(plain)) {
    // 两 counts things; it never stands for the digit 2 in a year or a code. A count is written
    // positionally (十二), or in Arabic digits.
    if (trimmed.length > 1 && (count ? /[^0-9０-９]/ : /[两兩]/).test(trimmed)) fail('MALFORMED');
    for (const char of plain) result = result * 10 + PLAIN.indexOf(char);
  } else {
    // Evaluate as if well-formed, then accept only if the numeral is how the value is written.
    const written = explicit(plain);
    let myriads = 0; // the part in 万 within the current 亿 group
    let section = 0; // the part below 万
    let digit = 0;
    for (const char of written) {
      const value = PLAIN.indexOf(char);
      if (value < 10) digit = value;
      else if (value < 13) {
        section += digit * 10 ** (value - 9);
        digit = 0;
      } else if (value < 14) {
        myriads = (section + digit) * 1e4;
        section = digit = 0;
      } else {
        result = (myriads + section + digit) * 1e8;
        myriads = section = digit = 0;
      }
    }
    result += myriads + section + digit;
    const canonical = Number.isSafeInteger(result) ? formatChineseNumber(result) : plain;
    if (plain !== canonical && written !== explicit(canonical)) {
      fail('MALFORMED');
    }
  }
  return result > Number.MAX_SAFE_INTEGER ? fail('OUT_OF_RANGE') : result;
}

/** Options of {@link formatChineseNumber}. */
export interface FormatChineseNumberOptions {
  /** Write financial numerals (大写, 壹贰叁…拾佰仟), as on cheques and contracts. Default `false`. */
  financial?: boolean;
  /** Write each decimal digit in turn, as years are written (2024 → 二〇二四). Default `false`. */
  digitByDigit?: boolean;
}

/**
 * Writes a number as a Chinese numeral, by the official convention.
 *
 * The convention of official documents: 零 for each run of skipped places (一千零五, 一万零一), 十
 * rather than 一十 only at the very start (十五, 十万, but 一百一十), and 二, never 两. Financial
 * numerals always write the 壹 of 壹拾. Digit by digit, 0 is 〇 (零 when financial).
 *
 * @param value - A safe non-negative integer.
 * @param options - Financial numerals and/or digit-by-digit style.
 * @returns The Chinese numeral.
 * @throws ParseError (code `OUT_OF_RANGE`) when `value` is negative, not an integer or above `Number.MAX_SAFE_INTEGER`.
 * @example
 * ```ts
 * formatChineseNumber(15);    //=> '十五'
 * formatChineseNumber(110);   //=> '一百一十'
 * formatChineseNumber(1010);  //=> '一千零一十'
 * formatChineseNumber(20000); //=> '二万'
 * formatChineseNumber(15, { financial: true });       //=> '壹拾伍'
 * formatChineseNumber(2024, { digitByDigit: true });  //=> '二〇二四'
 * ```
 */
export function formatChineseNumber(value: number, options: FormatChineseNumberOptions = {}): string {
  if (!Number.isSafeInteger(value) || value < 0) throwParseError('a count', 'OUT_OF_RANGE', `${value}`);
  const { financial, digitByDigit } = options;
  const digits = financial ? /零壹贰叁肆伍陆柒捌玖/.source : PLAIN;
  const decimal = String(value);
  if (digitByDigit) {
    return decimal.replace(/\d/g, (digit) => (digit === '0' && !financial ? '〇' : digits.charAt(+digit)));
  }
  const units = financial ? /拾佰仟/.source : PLAIN.slice(10);
  // Write every place (零 for an empty one, 万 and 亿 always), then drop what the convention leaves
  // out: an empty 万 group after 亿 with its 万 (一亿零一, 一万亿), 零 before 万/亿 and at the end,
  // and all but one 零 of a run.
  let full = '';
  for (let place = decimal.length - 1; place >= 0; place--) {
    const digit = +decimal.charAt(decimal.length - 1 - place);
    full += digit ? digits.charAt(digit) + units.charAt((place % 4) - 1) : '零';
    if (place % 4 === 0 && place) full += place % 8 ? '万' : '亿';
  }
  const result = full.replace(/亿零{4}万/, '亿零').replace(/零+([万亿]|$)|零+/g, (_, after?: string) => after ?? '零');
  return (!financial && result.startsWith('一十') ? result.slice(1) : result) || '零';
}
