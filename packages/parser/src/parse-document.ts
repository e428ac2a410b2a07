import { type Document, DocumentDraftSchema, DocumentSchema } from '@gongbao/core';
import type { Diagnostic } from './diagnostic.js';
import { ParseContext } from './internal/context.js';
import { parseDocumentLines } from './internal/document.js';
import { assertText, validateInto } from './internal/validate.js';

/** Options of {@link parseDocument}. */
export interface ParseDocumentOptions {
  /** Validate the result with `DocumentSchema` and report failures as `schema-invalid` (default true). */
  validate?: boolean;
}

/** The result of {@link parseDocument}: the document and what the parser noticed. */
export interface ParseDocumentResult {
  /**
   * The document (公文). A text without 发文字号 or without a readable 成文日期 gives a document that
   * satisfies only core's `DocumentDraftSchema` (`id`, `docNumber`, `writtenDate` absent); the
   * diagnostics `no-document-number`, `no-signature` or `date-invalid` then say what is missing.
   */
  document: Document;
  /** Findings, in source order of discovery. */
  diagnostics: Diagnostic[];
}

/**
 * Parses one official document (公文), as plain text or in the markdown flavour of the gazette
 * source, following GB/T 9704-2012: title (one or more lines), 发文字号, 主送机关 (a line ending
 * with a colon, split at top-level commas), body as a block tree, 附件说明, one or more issuer lines
 * (joint issuance) or a signing person (令), 成文日期, 附注 in brackets; then the enclosed text(s)
 * and the attachments (tables, or whole documents with their own issuer and date).
 *
 * Every block, table, citation and signature carries its source range. Odd but real input yields
 * diagnostics, never an exception. The result is validated with `DocumentSchema` (or, when the
 * number or the date is missing, `DocumentDraftSchema`); failures are `schema-invalid` errors.
 *
 * @param text - The document text.
 * @param options - See {@link ParseDocumentOptions}.
 * @returns The document and the diagnostics.
 * @throws `ParseError` (from `@gongbao/utils`) when `text` is empty or binary.
 * @example
 * ```ts
 * const { document } = parseDocument(
 *   ['长治市人民政府关于同意设立某某的批复', '长政函〔2024〕31号', '市民政局：',
 *    '你局《关于设立某某的请示》收悉。经研究，同意设立。', '长治市人民政府', '2024年6月5日', '（此件公开发布）'].join('\n'),
 * );
 * document.docNumber.canonical; //=> '长政函〔2024〕31号'
 * document.type;                //=> '批复'
 * document.addressees;          //=> ['市民政局']
 * document.writtenDate;         //=> '2024-06-05'
 * document.disclosure;          //=> 'public'
 * parseDocument('');            //=> throws ParseError
 * ```
 */
export function parseDocument(text: string, options: ParseDocumentOptions = {}): ParseDocumentResult {
  assertText(text, 'a document');
  const ctx = new ParseContext(text);
  const { document } = parseDocumentLines(ctx, ctx.lines);
  if (options.validate !== false) {
    // A complete document is checked as a Document; one without number or date as a draft.
    const partial = document.docNumber === undefined || document.writtenDate === undefined;
    validateInto(ctx, partial ? DocumentDraftSchema : DocumentSchema, document, { start: 0, end: text.length });
  }
  return { document, diagnostics: ctx.diagnostics };
}
