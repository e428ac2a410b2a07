import { formatChineseNumber, readCount } from './chinese-number.js';
import { throwParseError } from './parse-failure.js';

/**
 * The kinds of outline marker, from GB/T 9704-2012 §7.3.3 (一、 （一） 1. （1）), circled numbers, and
 * the units of legal texts (第N编 part, 章 chapter, 节 section, 条 article, 款 paragraph, 项 item).
 */
export type OutlineMarkerKind =
  | 'chinese'
  | 'parenthesized-chinese'
  | 'arabic'
  | 'parenthesized-arabic'
  | 'circled'
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'paragraph'
  | 'item';

/** A marker that opens a heading or a numbered paragraph. */
export interface OutlineMarker {
  /** Which marker style it is. */
  kind: OutlineMarkerKind;
  /**
   * Depth within its hierarchy: 一、 1, （一） 2, 1. 3, （1） 4, ① 5; for the units of legal
   * texts 编 1, 章 2, 节 3, 条 4, 款 5, 项 6.
   */
  level: number;
  /** The number of the marker, from 1: 三、 is 3, 第十二条 is 12. */
  index: number;
  /** The marker as written, without what follows it: `（一）`, `第十二条`. */
  raw: string;
}

const KINDS = /* @__PURE__ */ (
  'chinese parenthesized-chinese arabic parenthesized-arabic circled part chapter section article paragraph item' as const
).split(' ') as readonly OutlineMarkerKind[];
// A regex literal as a string: bundlers keep it as UTF-8 (see chinese-number.ts).
const LEGAL_UNITS = /编章节条款项/.source;
// Groups: 1–2 第N条 (numeral, unit), 3 （N）, 4–5 N、 or N. (numeral, separator); or ①. The numerals
// are checked by parseChineseNumber. Bounded runs, no nesting: linear on any input. N、 takes only
// numeral characters, so that a line that starts otherwise fails at once: the class is chinese-number's
// NUMERALS written out again, character for character (gzip stores the repeat as one reference).
const MARKER =
  /^(?:第(\S{1,16}?)([编章节条款项])|[(（](\S{1,16}?)[)）]|([零壹贰叁肆伍陆柒捌玖拾佰仟万亿〇一二三四五六七八九十百千萬億○一貳參四五陸七八九十百千万亿O一两三四五六七八九十百千万亿Ｏ一兩三四五六七八九十百千万亿0123456789十百千万亿０１２３４５６７８９十百千万亿]{1,16})(、|[.．](?![\d０-９]))|[①-⑳㉑-㉟㊱-㊿])/;

/**
 * Reads the outline marker at the start of a line.
 *
 * Leading whitespace is skipped. `1.` followed by a digit is a decimal (1.5), not a marker.
 *
 * @param text - A line, e.g. `（三）加强组织领导。` or `第十二条 本办法自…`.
 * @returns The marker, or `undefined` when the line does not start with one.
 * @throws Nothing: text without a marker, or with a malformed numeral (十十、), gives `undefined`.
 * @example
 * ```ts
 * parseOutlineMarker('（三）加强组织领导'); //=> { kind: 'parenthesized-chinese', level: 2, index: 3, raw: '（三）' }
 * parseOutlineMarker('第十二条 本办法自印发之日起施行'); //=> { kind: 'article', level: 4, index: 12, raw: '第十二条' }
 * parseOutlineMarker('⑫')?.index; //=> 12
 * parseOutlineMarker('1.5万元');  //=> undefined
 * ```
 */
export function parseOutlineMarker(text: string): OutlineMarker | undefined {
  const match = MARKER.exec(text.trimStart());
  if (!match) return undefined;
  const [raw, ofUnit, unit = '', parenthesized, plain, separator] = match;
  const numeral = ofUnit ?? parenthesized ?? plain ?? ''; // '' for a circled number
  const arabic = /^[0-9０-９]{1,3}$/.test(numeral);
  // The kind's position in KINDS: Arabic kinds are two after their Chinese counterparts.
  const k = ofUnit ? 5 + LEGAL_UNITS.indexOf(unit) : numeral ? (parenthesized ? 1 : 0) + 2 * +arabic : 4;
  const code = raw.charCodeAt(0);
  const index = numeral ? readCount(numeral) : code - (code < 0x2474 ? 0x245f : code < 0x3260 ? 0x323c : 0x328d);
  // Digits only in the Arabic kinds and in 第N条, at most three; a Chinese numeral takes 、, not a dot.
  return index > 0 && (arabic || !/[0-9０-９]/.test(numeral)) && (k || separator === '、')
    ? { kind: KINDS[k] as OutlineMarkerKind, level: k < 5 ? k + 1 : k - 4, index, raw }
    : undefined;
}

/**
 * Writes an outline marker in the standard form of its kind.
 *
 * Forms: `一、`, `（一）`, `1.`, `（1）`, `①` (1 to 50), `第一编`, `第一章`, `第一节`, `第一条`, `第一款`,
 * `第一项`; parentheses are full-width, numerals follow {@link formatChineseNumber}.
 *
 * @param kind - The marker style.
 * @param index - The number, from 1.
 * @returns The marker text.
 * @throws ParseError (code `OUT_OF_RANGE`) when `index` is not a positive safe integer, or the marker would not
 * read back with {@link parseOutlineMarker}: above 50 for `circled`, above 999 for the Arabic kinds, a numeral
 * of more than 16 characters.
 * @example
 * ```ts
 * formatOutlineMarker('chinese', 3);               //=> '三、'
 * formatOutlineMarker('parenthesized-arabic', 12); //=> '（12）'
 * formatOutlineMarker('article', 110);             //=> '第一百一十条'
 * formatOutlineMarker('circled', 21);              //=> '㉑'
 * ```
 */
export function formatOutlineMarker(kind: OutlineMarkerKind, index: number): string {
  const chinese = formatChineseNumber(index); // throws ParseError unless a safe integer ≥ 0
  const k = KINDS.indexOf(kind);
  const marker =
    k === 4
      ? String.fromCharCode(index <= 20 ? 0x245f + index : index <= 35 ? 0x323c + index : 0x328d + index)
      : k > 4
        ? `第${chinese}${LEGAL_UNITS.charAt(k - 5)}`
        : ([`${chinese}、`, `（${chinese}）`, `${index}.`, `（${index}）`][k] ?? '');
  // Only what reads back: not 0, not ㊿ + 1, not 1000. (three digits at most) or a numeral too long to be a marker.
  const read = parseOutlineMarker(marker);
  return read?.kind === kind && read.index === index ? marker : throwParseError('a marker', 'OUT_OF_RANGE', `${index}`);
}
