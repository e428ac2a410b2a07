/**
 * The query logic behind `getDocument`, `findDocuments` and `searchText`, as pure functions over
 * any list of documents (the public functions bind them to this documents).
 */
import type { Block, Document, IsoDate, ReadonlyDeep, SourceRange } from '@gongbao/core';
import { isIsoDate, normalizeDocumentNumber, ParseError } from '@gongbao/utils';
import { prepareQuery, type Searchable, searchable } from './searchable.js';
import { shown } from './shown.js';
import { type TextPiece, textPieces } from './text-blocks.js';

/**
 * The shape of a document id: 机关代字-年份-序号 (or 机关代字-序号 for orders) — the pattern of
 * `DocumentIdSchema` of `@gongbao/core`, repeated so that the data does not load zod at run time.
 */
const DOCUMENT_ID = /^[^\s〔〕[\]()（）]+?-(?:\d{4}-)?[1-9]\d*$/u;

/** A document as this package exports it: deep-frozen, typed read-only. */
type Doc = ReadonlyDeep<Document>;

/** No document id or 发文字号 is this long; longer input is rejected before any parsing. */
const MAX_NUMBER_LENGTH = 200;

/** Longest search text accepted, in UTF-16 code units (no text of the issue is longer). */
export const MAX_QUERY_LENGTH = 10_000;

/** Throws ParseError `NOT_TEXT` unless `value` is a string. */
function assertString(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new ParseError('NOT_TEXT', shown(value), `${what}: expected a string, got ${typeof value}`);
  }
}

/**
 * The document with this id or 发文字号 (any spelling), or `undefined` when the list has none.
 *
 * @throws ParseError when the input is neither a document id nor a document number: code `EMPTY`
 *   (empty or whitespace only), `MALFORMED_DOCUMENT_NUMBER` (any other string), `NOT_TEXT` (not a
 *   string).
 */
export function lookupDocument(documents: readonly Doc[], idOrNumber: string): Doc | undefined {
  assertString(idOrNumber, 'getDocument');
  const trimmed = idOrNumber.trim();
  if (trimmed === '') throw new ParseError('EMPTY', idOrNumber, 'Expected a document id or number, got an empty text');
  const malformed = () =>
    new ParseError(
      'MALFORMED_DOCUMENT_NUMBER',
      idOrNumber.slice(0, MAX_NUMBER_LENGTH),
      'Expected a document id (长政发-2024-5) or 发文字号 (长政发〔2024〕5号)',
    );
  if (trimmed.length > MAX_NUMBER_LENGTH) throw malformed();
  const byId = documents.find((doc) => doc.id === trimmed);
  if (byId) return byId;
  if (DOCUMENT_ID.test(trimmed)) return undefined;
  let canonical: string;
  try {
    canonical = normalizeDocumentNumber(trimmed);
  } catch (error) {
    if (error instanceof ParseError) throw malformed();
    throw error;
  }
  return documents.find((doc) => doc.docNumber.canonical === canonical);
}

/**
 * The prepared form of a search text, checked.
 *
 * @throws ParseError `NOT_TEXT` (not a string), `TOO_LONG` (over {@link MAX_QUERY_LENGTH}),
 *   `EMPTY` (nothing but whitespace).
 */
export function checkedQuery(query: unknown, what: string): string {
  assertString(query, what);
  if (query.length > MAX_QUERY_LENGTH) {
    throw new ParseError(
      'TOO_LONG',
      query.slice(0, 200),
      `${what}: a search text is at most ${MAX_QUERY_LENGTH} characters, got ${query.length}`,
    );
  }
  const prepared = prepareQuery(query);
  if (prepared === '') throw new ParseError('EMPTY', query, `${what}: expected a non-empty search text`);
  return prepared;
}

/** Criteria of `findDocuments`; every given criterion must hold (AND). */
export interface DocumentQuery {
  /** 栏目: the gazette section, exactly, e.g. `市政府规范性文件`. */
  readonly section?: string;
  /** An issuing organisation: matches when an issuer's name contains this text, e.g. `财政局`. */
  readonly issuer?: string;
  /** 文种, exactly, e.g. `批复`. */
  readonly type?: string;
  /** 成文日期 on or after this ISO date. */
  readonly writtenFrom?: string;
  /** 成文日期 on or before this ISO date. */
  readonly writtenTo?: string;
  /** Text anywhere in the document (title, body, enclosures, attachments); spaces and width ignored. */
  readonly text?: string;
}

function checkedDate(name: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new ParseError('INVALID_DATE', value, `${name}: expected an ISO date YYYY-MM-DD`);
  return value;
}

/** A text piece of a document with its prepared form. */
interface PreparedPiece {
  readonly piece: TextPiece;
  readonly prepared: Searchable;
}

/**
 * Each document's pieces, prepared on the first search that reaches it, so repeated searches are
 * cheap. The documents are deep-frozen, so a cached entry can never disagree with its document.
 */
const preparedByDocument = new WeakMap<Doc, readonly PreparedPiece[]>();

function preparedPieces(doc: Doc): readonly PreparedPiece[] {
  let pieces = preparedByDocument.get(doc);
  if (pieces === undefined) {
    pieces = Array.from(textPieces(doc), (piece) => ({ piece, prepared: searchable(piece.text) }));
    preparedByDocument.set(doc, pieces);
  }
  return pieces;
}

/** Whether the document contains `prepared` (a prepared query) in any of its texts. */
function containsText(doc: Doc, prepared: string): boolean {
  return preparedPieces(doc).some((entry) => entry.prepared.text.includes(prepared));
}

/**
 * The documents matching every given criterion, in list order.
 *
 * @throws ParseError (code `INVALID_DATE`) for a `writtenFrom`/`writtenTo` that is not an ISO date;
 *   the codes of {@link checkedQuery} for `text`.
 */
export function filterDocuments(documents: readonly Doc[], query: DocumentQuery): Doc[] {
  const from = checkedDate('writtenFrom', query.writtenFrom);
  const to = checkedDate('writtenTo', query.writtenTo);
  const prepared = query.text === undefined ? undefined : checkedQuery(query.text, 'text');
  return documents.filter(
    (doc) =>
      (query.section === undefined || doc.section === query.section) &&
      (query.issuer === undefined || doc.issuers.some((issuer) => issuer.name.includes(query.issuer ?? ''))) &&
      (query.type === undefined || doc.type === query.type) &&
      (from === undefined || doc.writtenDate >= from) &&
      (to === undefined || doc.writtenDate <= to) &&
      (prepared === undefined || containsText(doc, prepared)),
  );
}

/** One place where a search text occurs. */
export interface SearchHit {
  /** The document the text is in. */
  readonly document: Doc;
  /**
   * Where in the document: a path of property names and indexes, e.g.
   * `enclosures/0/body/3/children/1` or `attachments/0/body/0/table/rows/12`; `title` for the title.
   */
  readonly path: string;
  /** The block holding the text; `undefined` when the hit is in a title. */
  readonly block: ReadonlyDeep<Block> | undefined;
  /** The whole text of the paragraph, heading, list item, note or table row that matched. */
  readonly text: string;
  /** UTF-16 offset of the match in `text`. */
  readonly offset: number;
  /** The matched characters as written in `text` (may contain the source's stray spaces). */
  readonly match: string;
  /** The match with up to 20 characters of context on each side, `…` where cut. */
  readonly snippet: string;
  /** Where the text is in the verbatim source, when known: the block, or for a table row the row itself. */
  readonly source: ReadonlyDeep<SourceRange> | undefined;
}

const CONTEXT = 20;

function snippetOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/gu, ' ')}${to < text.length ? '…' : ''}`;
}

/**
 * Every occurrence of `query` in the documents' texts, in reading order. Matching ignores
 * whitespace (the source has OCR spaces inside words), full-width/half-width differences and
 * Latin case.
 *
 * @throws ParseError with the codes of {@link checkedQuery}.
 */
export function searchDocuments(documents: readonly Doc[], query: string): SearchHit[] {
  const prepared = checkedQuery(query, 'searchText');
  const hits: SearchHit[] = [];
  for (const document of documents) {
    for (const { piece, prepared: form } of preparedPieces(document)) {
      const { text, offsets } = form;
      for (let at = text.indexOf(prepared); at !== -1; at = text.indexOf(prepared, at + prepared.length)) {
        const start = offsets[at] ?? 0;
        const last = offsets[at + prepared.length - 1] ?? start;
        // The last matched character may be a surrogate pair.
        const end = last + ((piece.text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
        hits.push({
          document,
          path: piece.path,
          block: piece.block,
          text: piece.text,
          offset: start,
          match: piece.text.slice(start, end),
          snippet: snippetOf(piece.text, start, end),
          source: piece.source,
        });
      }
    }
  }
  return hits;
}
