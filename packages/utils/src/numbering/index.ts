/**
 * Numbering: Chinese numerals, outline markers, 发文字号 (document numbers), issue numbers and
 * text normalisation.
 *
 * @packageDocumentation
 */
export { type FormatChineseNumberOptions, formatChineseNumber, parseChineseNumber } from './chinese-number.js';
export { ParseError } from './parse-error.js';
