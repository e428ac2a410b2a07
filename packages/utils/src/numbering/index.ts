/**
 * Numbering: Chinese numerals, outline markers, 发文字号 (document numbers), issue numbers and
 * text normalisation.
 *
 * @packageDocumentation
 */
export { ParseError } from './parse-error.js';
