/**
 * Numbering: Chinese numerals, outline markers, 发文字号 (document numbers), issue numbers and
 * text normalisation.
 *
 * @packageDocumentation
 */
export { type FormatChineseNumberOptions, formatChineseNumber, parseChineseNumber } from './chinese-number.js';
export {
  compareDocumentNumbers,
  type DocumentNumber,
  formatDocumentNumber,
  normalizeDocumentNumber,
  parseDocumentNumber,
} from './document-number.js';
export { type DocumentNumberMatch, findDocumentNumbers } from './find-document-numbers.js';
export { formatIssueNumber, type IssueNumber, parseIssueNumber } from './issue-number.js';
export {
  formatOutlineMarker,
  type OutlineMarker,
  type OutlineMarkerKind,
  parseOutlineMarker,
} from './outline-marker.js';
export { ParseError } from './parse-error.js';
export {
  normalizeBrackets,
  removeCjkSpaces,
  toAsciiDigits,
} from './text-normalization.js';
