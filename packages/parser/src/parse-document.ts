import type { Document, DocumentDraft } from '@gongbao/core';
import type { Diagnostic } from './diagnostic.js';
import { ParseContext } from './internal/context.js';
import { type DocumentRun, documentRuns, readRun } from './internal/documents.js';
import { assertText } from './internal/validate.js';

/** Options of {@link parseDocument}. */
export interface ParseDocumentOptions {
  /** Validate the result with `DocumentSchema` and report failures as `schema-invalid` (default true). */
  validate?: boolean;
}

/**
 * The result of {@link parseDocument}: the document, whether it is complete, and what the parser
 * noticed. `complete: true` — the text has every element `DocumentSchema` requires (发文字号,
 * 成文日期, title, type, issuer) and the document is a `Document`; `complete: false` — it lacks
 * one, and the document is a `DocumentDraft` (the diagnostics say what is missing). Narrow on
 * `complete` before reading `document.docNumber` as present.
 */
export type ParseDocumentResult =
  | {
      /** The text has every required element; the document validates as `DocumentSchema`. */
      complete: true;
      /** The document (公文). */
      document: Document;
      /** Findings, in source order of discovery. */
      diagnostics: Diagnostic[];
    }
  | {
      /** An element is missing (发文字号, 成文日期, title, type or issuer); see the diagnostics. */
      complete: false;
      /** The document as read (公文 without some required element). */
      document: DocumentDraft;
      /** Findings, in source order of discovery. */
      diagnostics: Diagnostic[];
    };

/**
 * Parses one official document (公文), as plain text or in the markdown flavour of the gazette
 * source, following GB/T 9704-2012: title (one or more lines), 发文字号, 主送机关 (a line ending
 * with a colon, split at top-level commas), body as a block tree, 附件说明, one or more issuer lines
 * (joint issuance) or a signing person (令), 成文日期, 附注 in brackets; then the enclosed text(s)
 * and the attachments (tables, or whole documents with their own issuer and date).
 *
 * A web copy may carry the site's navigation and its metadata box (索引号, 发文机关, 发文字号,
 * 成文日期 …): the document is found among them, the box fills the facts the body lacks
 * (`siteMetadata.used`) and a disagreement is a `metadata-mismatch` warning.
 *
 * A text holding more than one document (a second head — title lines over a whole 发文字号, or a
 * 令's header over 第N号 — after the first) yields the first one and a `multiple-documents` error at each further head;
 * {@link parseDocuments} reads each.
 *
 * Every block, table, citation and signature carries its source range. Odd but real input yields
 * diagnostics, never an exception. A complete result is validated with `DocumentSchema`, an
 * incomplete one with `DocumentDraftSchema`; failures are `schema-invalid` errors (and make the
 * result incomplete).
 *
 * @param text - The document text.
 * @param options - See {@link ParseDocumentOptions}.
 * @returns `{ complete, document, diagnostics }`: a `Document` when `complete`, else a `DocumentDraft`.
 * @throws `ParseError` (from `@gongbao/utils`) when `text` is empty or binary.
 * @example
 * ```ts
 * const { complete, document } = parseDocument(
 *   ['长治市人民政府关于同意设立某某的批复', '长政函〔2024〕31号', '市民政局：',
 *    '你局《关于设立某某的请示》收悉。经研究，同意设立。', '长治市人民政府', '2024年6月5日', '（此件公开发布）'].join('\n'),
 * );
 * document.docNumber?.canonical; //=> '长政函〔2024〕31号'
 * document.type;                //=> '批复'
 * document.addressees;          //=> ['市民政局']
 * document.writtenDate;         //=> '2024-06-05'
 * document.disclosure;          //=> 'public'
 * complete;                     //=> true
 * parseDocument('市民政局：\n同意。').complete; //=> false
 * parseDocument('');            //=> throws ParseError
 * ```
 */
export function parseDocument(text: string, options: ParseDocumentOptions = {}): ParseDocumentResult {
  assertText(text, 'a document');
  const ctx = new ParseContext(text);
  const { runs, laterHeads } = documentRuns(ctx);
  // A second document is reported at its head, and left out (parseDocuments reads each).
  for (const head of laterHeads) {
    const first = head.titleLines[0] ?? head.numberLine;
    ctx.report(
      'multiple-documents',
      `A second document starts here${head.docNumber ? ` (${head.docNumber.canonical})` : ''}: parseDocuments reads each`,
      first.start,
      head.numberLine.end,
    );
  }
  const { complete, document } = readRun(ctx, runs[0] as DocumentRun, options.validate !== false, {
    start: 0,
    end: text.length,
  });
  return complete
    ? { complete, document, diagnostics: ctx.diagnostics }
    : { complete, document, diagnostics: ctx.diagnostics };
}
