/**
 * The functions of `@gongbao/utils` the parser uses, in one place.
 */
export {
  type DocumentNumber,
  findDocumentNumbers,
  type IsoDate,
  type OutlineMarker,
  ParseError,
  parseChineseDate,
  parseDocumentNumber,
  parseDuration,
  parseIssueNumber,
  parseOutlineMarker,
  removeCjkSpaces,
  toIsoDate,
  validityEnd,
} from '@gongbao/utils';
