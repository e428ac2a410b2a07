import type { Document, ReadonlyDeep } from '@gongbao/core';
import { type DocumentQuery, filterDocuments, lookupDocument } from './internal/queries.js';
import { issue } from './issue.js';

export type { DocumentQuery } from './internal/queries.js';

/**
 * The 17 documents (公文) of the issue, in gazette order (the order of the table of contents);
 * deep-frozen and typed read-only (`documents.push(x)` throws, `documents[0].title = ''` throws in
 * strict mode), the same array as `issue.documents`.
 *
 * @example
 * ```ts
 * documents.length; //=> 17
 * documents[0]?.docNumber.canonical; //=> '长政发〔2024〕5号'
 * documents.map((d) => d.section).filter((s, i, all) => all.indexOf(s) === i).length; //=> 6
 * ```
 */
export const documents: ReadonlyDeep<Document[]> = issue.documents;

/**
 * The document with this id or 发文字号, in any spelling: `长政发〔2024〕5号`, `长政发[2024]5号`,
 * `长政办函（2024）13号`, `长人社规〔2024〕1 号`, full-width digits, 第 before the serial, or the id
 * `长政发-2024-5`.
 *
 * @param idOrNumber - A document id or a document number.
 * @returns The document, or `undefined` when this issue has no document with that id or number.
 * @throws ParseError (from `@gongbao/utils`) when the input is neither a document id nor a
 *   document number — a typo should not look like "absent": code `EMPTY` for an empty or
 *   all-whitespace string, `MALFORMED_DOCUMENT_NUMBER` for any other string (also one longer than
 *   200 characters), `NOT_TEXT` for a value that is not a string (`null`, a number …).
 * @example
 * ```ts
 * getDocument('长政发[2024]5号')?.title; //=> '长治市人民政府关于印发长治市加强和改进全市消防工作实施意见的通知'
 * getDocument('长政办函（2024）13号')?.id; //=> '长政办函-2024-13'
 * getDocument('长人社规〔2024〕1 号')?.issuers.length; //=> 2
 * getDocument('长政发〔2024〕7号'); //=> undefined
 * getDocument('消防工作'); //=> throws ParseError
 * getDocument(''); //=> throws ParseError
 * ```
 */
export function getDocument(idOrNumber: string): ReadonlyDeep<Document> | undefined {
  return lookupDocument(documents, idOrNumber);
}

/**
 * The documents matching every given criterion, in gazette order.
 *
 * @param query - `section` (栏目, exact), `issuer` (part of an issuer's name), `type` (文种, exact),
 *   `writtenFrom`/`writtenTo` (成文日期 range, inclusive ISO dates), `text` (anywhere in the
 *   document; matched as {@link searchText} matches). An empty query returns all.
 * @returns The matching documents.
 * @throws ParseError (from `@gongbao/utils`): code `INVALID_DATE` for a date that is not
 *   `YYYY-MM-DD`; for `text`, the codes of {@link searchText} (`EMPTY`, `TOO_LONG`, `NOT_TEXT`).
 * @example
 * ```ts
 * findDocuments({ type: '批复' }).map((d) => d.id); //=> ['长政函-2024-22', '长政函-2024-30']
 * findDocuments({ issuer: '财政局' }).map((d) => d.id); //=> ['长人社规-2024-1']
 * findDocuments({ section: '市政府部门规范性文件', writtenFrom: '2024-04-30' }).length; //=> 2
 * findDocuments({ text: '低空经济' }).map((d) => d.id); //=> ['长政办发-2024-14']
 * ```
 */
export function findDocuments(query: DocumentQuery = {}): ReadonlyDeep<Document[]> {
  return filterDocuments(documents, query);
}
