import { throwParseError } from './parse-failure.js';

// The plain numeral characters. (Regex literals as strings: bundlers keep their Chinese
// characters as UTF-8, while they escape those of string literals to \uXXXX — twice the bytes
// against the size budget.)
const PLAIN = /零一二三四五六七八九十百千万亿/.source;

// Every character read, in rows of 15 aligned with PLAIN: a character's index modulo 15 is the
// index in PLAIN of what it stands for (a row's gaps hold the plain character again). Row 1 is the
// financial numerals (大写), row 2 the digits of a year (〇) and the traditional 萬 億, rows 3–5
// the other traditional forms and the stand-ins for 〇 — ○ (U+25CB) and the letter O (Ｏ), as
// OCR, word processors and typists write it in years (二OO六) — rows 6 and 7 the Arabic and
// full-width digits. read() names places in it: 两 (62) and 兩 (77), and the Arabic rows (≥ 90).
const NUMERALS =
  PLAIN +
  /零壹贰叁肆伍陆柒捌玖拾佰仟万亿〇一二三四五六七八九十百千萬億○一貳參四五陸七八九十百千万亿O一两三四五六七八九十百千万亿Ｏ一兩三四五六七八九十百千万亿0123456789十百千万亿０１２３４５６７８９十百千万亿/
    .source;

/**
 * The official numeral of `value` as indexes into PLAIN, with every 一十 written out: a digit and
 * its unit for each place, one 零 for each run of skipped places, none before 万, 亿 or the end,
 * and an empty 万 group after 亿 left out with its 万 (一亿零一, 一万亿).
 */
function officialTokens(value: number): number[] {
  const decimal = String(value);
  const tokens: number[] = [];
  let zero = false; // a 零 is due before the next digit
  let group = false; // the current group of four places has a digit
  for (let place = decimal.length, i = 0; place--; i++) {
    const digit = decimal.charCodeAt(i) - 48;
    if (digit) {
      if (zero) tokens.push(0);
      tokens.push(digit);
      if (place % 4) tokens.push(9 + (place % 4));
      zero = false;
      group = true;
    } else zero = true;
    if (place % 4 === 0 && place) {
      if (group || place !== 4) {
        tokens.push(place % 8 ? 13 : 14);
        zero = false;
      }
      group = false;
    }
  }
  return tokens.length ? tokens : [0];
}

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

/**
 * {@link parseCount}, but `NaN` instead of an error, for the finders that try every line: no
 * error object is built for the many strings that are not numerals.
 *
 * @internal
 */
export const readCount = (text: string): number => read(text, true, true);

function read(text: string, count?: boolean, quiet?: boolean): number {
  const trimmed = text.trim();
  const fail = (code: string, index?: number): number =>
    quiet ? NaN : throwParseError('a Chinese number', code, text, index);
  // One pass: each character as its index in PLAIN, with 一 written before a 十 that lacks its digit
  // (as `/(^|[^一-九])十/g` would: a 十 whose previous 十 got its 一 keeps none, 十十 → 一十十).
  const written: number[] = [];
  let positional = false;
  let notCount = false; // digit by digit: a count takes Arabic digits only; 两 is never a digit
  let prefixed = false;
  let previous = -1;
  for (let i = 0; i < trimmed.length; i++) {
    const char = trimmed.charAt(i);
    const index = NUMERALS.indexOf(char);
    if (index < 0) return fail('UNEXPECTED_CHARACTER', text.indexOf(trimmed) + i);
    const token = index % 15;
    if (token > 9) positional = true;
    if (count ? index < 90 : index === 62 || index === 77) notCount = true; // 62, 77: 两 兩 (rows 4, 5)
    prefixed = token === 10 && (previous < 1 || previous > 9) && !prefixed;
    if (prefixed) written.push(1);
    written.push(token);
    previous = token;
  }

  let result = 0;
  if (!positional && trimmed) {
    if (trimmed.length > 1 && notCount) return fail('MALFORMED');
    for (const token of written) result = result * 10 + token;
  } else {
    // A trailing unit left implicit: 六千八 is 六千八百, 一亿五 is 一亿五千万.
    const unit = written[written.length - 2] ?? 0;
    if (unit > 10 && previous > 0 && previous < 10) {
      if (unit === 14) written.push(12);
      written.push(unit - 1);
    }
    // Evaluate as if well-formed, then accept only if the numeral is how the value is written.
    let myriads = 0; // the part in 万 within the current 亿 group
    let section = 0; // the part below 万
    let digit = 0;
    for (const token of written) {
      if (token < 10) digit = token;
      else if (token < 13) {
        section += digit * (token < 11 ? 10 : token < 12 ? 100 : 1000); // 十 百 千
        digit = 0;
      } else if (token < 14) {
        myriads = (section + digit) * 1e4;
        section = digit = 0;
      } else {
        result = (myriads + section + digit) * 1e8;
        myriads = section = digit = 0;
      }
    }
    result += myriads + section + digit;
    if (Number.isSafeInteger(result)) {
      const official = officialTokens(result);
      let same = official.length === written.length;
      for (let i = 0; same && i < written.length; i++) same = official[i] === written[i];
      if (!same) return fail('MALFORMED');
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
  if (digitByDigit) return String(value).replace(/\d/g, (digit) => NUMERALS.charAt(+digit + (financial ? 15 : 30)));
  const tokens = officialTokens(value);
  let result = '';
  for (const token of tokens) result += NUMERALS.charAt(token + (financial ? 15 : 0));
  // 十五, 十万: the convention leaves out the 一 of a leading 一十 (financial numerals keep 壹拾).
  return !financial && tokens[1] === 10 && tokens[0] === 1 ? result.slice(1) : result;
}
