import { ParseError } from './parse-error.js';

// Every character parseChineseNumber knows, with its value: 0–9 for digits, 10…10^8 for units.
// Digit strings are listed 0…9; each holds the plain, financial (大写), traditional, Arabic and
// full-width forms. ○ (U+25CB) is how OCR and many word processors render 〇 in years.
const VALUES = new Map<string, number>();
[
  '零〇○0０',
  '一壹1１',
  '二贰貳2２两兩',
  '三叁參3３',
  '四肆4４',
  '五伍5５',
  '六陆陸6６',
  '七柒7７',
  '八捌8８',
  '九玖9９',
].forEach((chars, digit) => {
  for (const char of chars) VALUES.set(char, digit);
});
for (const [chars, unit] of [
  ['十拾', 10],
  ['百佰', 100],
  ['千仟', 1000],
  ['万萬', 1e4],
  ['亿億', 1e8],
] as const) {
  for (const char of chars) VALUES.set(char, unit);
}

const fail = (code: string, input: string, message: string, index?: number): never => {
  throw new ParseError(code, input, message, index);
};

/**
 * Parses a Chinese numeral into a number.
 *
 * Reads positional numerals (一百零五, 十二万三千四百五十六, 一万亿), the colloquial shortening of a
 * trailing digit (六千八 is 6800, 一万五 is 15000), 两 for 2, financial numerals (壹贰叁…拾佰仟),
 * traditional forms (貳 參 陸 萬 億 兩), and digit-by-digit numerals as years are written (二〇二四,
 * 二零二四, 二○二四, also Arabic and full-width digits). Surrounding whitespace is ignored.
 *
 * @param text - The numeral, e.g. `'一百零五'` or `'二〇二四'`.
 * @returns The value, a safe non-negative integer.
 * @throws {@link ParseError} with code `EMPTY` (nothing to read), `UNEXPECTED_CHARACTER` (not a
 * numeral character, or 两 in a digit-by-digit numeral), `UNEXPECTED_DIGIT` (two digits in a row in
 * a positional numeral), `UNEXPECTED_UNIT` (units out of order or repeated: 十十, 一百百, 万万),
 * `MISSING_DIGIT` (百, 千, 万 or 亿 with nothing before it), `UNEXPECTED_ZERO` (a 零 that stands for
 * no skipped place: 一百零五十, 一百零), `AMBIGUOUS` (一百五万: 105万 or 150万?) or `OUT_OF_RANGE`
 * (above `Number.MAX_SAFE_INTEGER`).
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
export function parseChineseNumber(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return fail('EMPTY', text, 'Expected a Chinese number, got an empty string');
  const offset = text.length - text.trimStart().length;
  const length = trimmed.length;

  let digitByDigit = true;
  for (let i = 0; i < length; i++) {
    const value = VALUES.get(trimmed.charAt(i));
    if (value === undefined) return fail('UNEXPECTED_CHARACTER', text, 'Not a Chinese numeral character', offset + i);
    if (value > 9) digitByDigit = false;
  }

  if (digitByDigit) {
    let result = 0;
    for (let i = 0; i < length; i++) {
      const char = trimmed.charAt(i);
      // 两 counts things; it never stands for the digit 2 in a year or code.
      if (length > 1 && (char === '两' || char === '兩')) {
        return fail('UNEXPECTED_CHARACTER', text, '两 cannot be read digit by digit', offset + i);
      }
      result = result * 10 + (VALUES.get(char) ?? 0);
    }
    if (result > Number.MAX_SAFE_INTEGER) return fail('OUT_OF_RANGE', text, 'Number too large');
    return result;
  }

  let total = 0; // the part in 亿
  let myriads = 0; // the part in 万 within the current 亿 group
  let section = 0; // the part below 万
  let digit = -1; // a digit waiting for its unit
  let lastUnit = 1e4; // the last unit below 万 in this section; 1e4 when the section is new
  let previousUnit = 0; // the unit just before the waiting digit (0: after 零 or at the start)
  let lastBigUnit = 0; // the last 万 or 亿 seen
  let zero = false; // a 零 waits for its digit
  let leadingZero = false; // the section after 万/亿 began with 零
  let seenMyriad = false;
  let seenHundredMillion = false;

  // The value of a waiting digit when a 万/亿 (atEnd false) or the end (atEnd true) follows.
  const settle = (index: number, atEnd: boolean): number => {
    if (digit < 0) {
      if (zero) fail('UNEXPECTED_ZERO', text, '零 must be followed by a digit', offset + index - 1);
      return 0;
    }
    if (previousUnit >= 100) {
      // 六千八 = 6800: a bare digit after 百/千/万/亿 ends the number one place lower.
      if (!atEnd) fail('AMBIGUOUS', text, 'A digit after a unit must be followed by a smaller unit', offset + index);
      return (digit * previousUnit) / 10;
    }
    return digit;
  };

  for (let i = 0; i < length; i++) {
    const value = VALUES.get(trimmed.charAt(i)) ?? 0;
    if (value < 10) {
      if (digit >= 0) return fail('UNEXPECTED_DIGIT', text, 'Two digits in a row in a positional numeral', offset + i);
      if (value === 0) {
        if (zero || i === 0) return fail('UNEXPECTED_ZERO', text, 'Misplaced 零', offset + i);
        zero = true;
        if (lastUnit === 1e4) leadingZero = true;
        previousUnit = 0;
      } else {
        digit = value;
      }
    } else if (value < 1e4) {
      if (value >= lastUnit) return fail('UNEXPECTED_UNIT', text, 'Units must decrease', offset + i);
      if (digit < 0) {
        if (value !== 10) return fail('MISSING_DIGIT', text, 'A digit must precede 百 or 千', offset + i);
        digit = 1; // 十二, 一百十: 十 alone means 一十
      }
      // 零 stands for at least one skipped place: 一百零五十 skips nothing.
      if (zero && lastUnit < 1e4 && value * 10 >= lastUnit) {
        return fail('UNEXPECTED_ZERO', text, '零 must stand for a skipped place', offset + i);
      }
      section += digit * value;
      digit = -1;
      zero = false;
      lastUnit = value;
      previousUnit = value;
    } else {
      if (value === 1e4 ? seenMyriad : seenHundredMillion) {
        return fail('UNEXPECTED_UNIT', text, `${trimmed.charAt(i)} appears twice`, offset + i);
      }
      const group = section + settle(i, false);
      if (value === 1e4) {
        if (group === 0) return fail('MISSING_DIGIT', text, 'A number must precede 万', offset + i);
        // 一亿零五千万 skips no place: the 千万 place follows 亿 directly.
        if (leadingZero && group >= 1000) return fail('UNEXPECTED_ZERO', text, 'Misplaced 零', offset + i);
        myriads = group * 1e4;
        seenMyriad = true;
      } else {
        if (myriads + group === 0) return fail('MISSING_DIGIT', text, 'A number must precede 亿', offset + i);
        total = (myriads + group) * 1e8;
        myriads = 0;
        seenMyriad = false;
        seenHundredMillion = true;
      }
      section = 0;
      digit = -1;
      zero = false;
      leadingZero = false;
      lastUnit = 1e4;
      previousUnit = value;
      lastBigUnit = value;
    }
  }
  const tail = settle(length, true);
  if (leadingZero && lastBigUnit === 1e4 && section + tail >= 1000) {
    return fail('UNEXPECTED_ZERO', text, 'Misplaced 零', offset);
  }
  const result = total + myriads + section + tail;
  if (result > Number.MAX_SAFE_INTEGER) return fail('OUT_OF_RANGE', text, 'Number too large');
  return result;
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
 * @throws RangeError when `value` is negative, not an integer or above `Number.MAX_SAFE_INTEGER`.
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
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`Expected a safe non-negative integer, got ${value}`);
  }
  const financial = options.financial === true;
  const digits = financial ? '零壹贰叁肆伍陆柒捌玖' : '零一二三四五六七八九';
  const decimal = String(value);
  if (options.digitByDigit === true) {
    let result = '';
    for (const char of decimal) result += char === '0' && !financial ? '〇' : digits.charAt(Number(char));
    return result;
  }
  if (value === 0) return '零';
  const units = financial ? ' 拾佰仟' : ' 十百千';
  let result = '';
  let zero = false;
  let groupHasDigit = false;
  for (let i = 0; i < decimal.length; i++) {
    const place = decimal.length - 1 - i;
    const digit = Number(decimal.charAt(i));
    if (digit === 0) {
      if (result !== '') zero = true;
    } else {
      if (zero) result += '零';
      zero = false;
      groupHasDigit = true;
      result += digits.charAt(digit) + (place % 4 === 0 ? '' : units.charAt(place % 4));
    }
    if (place % 4 === 0 && place > 0) {
      // 一万亿: the 亿 is still written when its own group is empty but a higher one is not.
      if (groupHasDigit || (place === 8 && result !== '')) {
        result += place === 8 ? '亿' : '万';
        zero = false;
      }
      groupHasDigit = false;
    }
  }
  return !financial && result.startsWith('一十') ? result.slice(1) : result;
}
