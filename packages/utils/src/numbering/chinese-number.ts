import { throwParseError } from './parse-failure.js';

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
 * (above `Number.MAX_SAFE_INTEGER`). `index` is the offset of the offending character.
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
  const offset = text.length - text.trimStart().length;
  const fail = (code: string, index?: number): never =>
    throwParseError('a Chinese number', code, text, index === undefined ? index : offset + index);
  if (trimmed === '') fail('EMPTY');
  const values: number[] = [];
  for (let i = 0; i < trimmed.length; i++)
    values.push(VALUES.get(trimmed.charAt(i)) ?? fail('UNEXPECTED_CHARACTER', i));

  let result: number;
  if (values.every((value) => value < 10)) {
    // 两 counts things; it never stands for the digit 2 in a year or a code.
    const liang = trimmed.search(/[两兩]/);
    if (trimmed.length > 1 && liang >= 0) fail('UNEXPECTED_CHARACTER', liang);
    result = Number(values.join(''));
  } else {
    let hundredMillions = 0; // the part in 亿
    let myriads = 0; // the part in 万 within the current 亿 group
    let section = 0; // the part below 万
    let digit = -1; // a digit waiting for its unit
    let lastUnit = 1e4; // the last unit below 万 in this section; 1e4 when the section is new
    let previousUnit = 0; // the unit just before the waiting digit (0: after 零 or at the start)
    let lastBigUnit = 0; // the last 万 or 亿
    let zero = false; // a 零 waits for its digit
    let leadingZero = false; // the section after 万/亿 began with 零

    // The value of the waiting digit when a 万/亿 (atEnd false) or the end (atEnd true) follows.
    const settle = (index: number, atEnd: boolean): number =>
      digit < 0
        ? zero
          ? fail('UNEXPECTED_ZERO', index - 1)
          : 0
        : previousUnit < 100
          ? digit
          : // 六千八 = 6800: a bare digit after 百/千/万/亿 ends the number one place lower.
            atEnd
            ? (digit * previousUnit) / 10
            : fail('AMBIGUOUS', index);

    values.forEach((value, i) => {
      if (value < 10) {
        if (digit >= 0) fail('UNEXPECTED_DIGIT', i);
        if (value > 0) digit = value;
        else if (zero || i === 0) fail('UNEXPECTED_ZERO', i);
        else {
          zero = true;
          leadingZero ||= lastUnit === 1e4;
          previousUnit = 0;
        }
      } else if (value < 1e4) {
        if (value >= lastUnit) fail('UNEXPECTED_UNIT', i);
        if (digit < 0) digit = value === 10 ? 1 : fail('MISSING_DIGIT', i); // 十二, 一百十: 十 alone is 一十
        // 零 stands for at least one skipped place: 一百零五十 skips none.
        if (zero && lastUnit < 1e4 && value * 10 >= lastUnit) fail('UNEXPECTED_ZERO', i);
        section += digit * value;
        digit = -1;
        zero = false;
        lastUnit = previousUnit = value;
      } else {
        // A 万 already in this 亿 group, or a second 亿.
        if (value === 1e4 ? myriads : hundredMillions) fail('UNEXPECTED_UNIT', i);
        const group = section + settle(i, false);
        if (value === 1e4) {
          if (!group) fail('MISSING_DIGIT', i);
          // 一亿零五千万 skips no place: the 千万 place follows 亿 directly.
          if (leadingZero && group >= 1000) fail('UNEXPECTED_ZERO', i);
          myriads = group * 1e4;
        } else {
          if (!(myriads + group)) fail('MISSING_DIGIT', i);
          hundredMillions = (myriads + group) * 1e8;
          myriads = 0;
        }
        section = 0;
        digit = -1;
        zero = leadingZero = false;
        lastUnit = 1e4;
        previousUnit = lastBigUnit = value;
      }
    });
    const tail = settle(values.length, true);
    if (leadingZero && lastBigUnit === 1e4 && section + tail >= 1000) fail('UNEXPECTED_ZERO');
    result = hundredMillions + myriads + section + tail;
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
