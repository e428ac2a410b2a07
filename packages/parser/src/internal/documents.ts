import { type Document, type DocumentDraft, DocumentDraftSchema, DocumentSchema } from '@gongbao/core';
import type { ParseContext } from './context.js';
import { findHeads, type GazetteHead } from './heads.js';
import { validateInto } from './validate.js';

/** The documents of a text, as runs of its lines `[from, to)`, and the head that starts each one after the first. */
export interface DocumentRuns {
  runs: Array<{ from: number; to: number }>;
  /** The head of `runs[i + 1]`. */
  laterHeads: GazetteHead[];
}

/**
 * Splits a text into its documents by its own structure: every document head (title lines over a
 * whole 发文字号, as in a gazette) after the first starts a new document; what precedes the second
 * head (a web page's navigation, the first head, its body) is the first document. An enclosed
 * 规章 or an attachment has no 发文字号 of its own, so it stays in its document.
 */
export function documentRuns(ctx: ParseContext): DocumentRuns {
  const heads = findHeads(ctx, 0, ctx.lines.length, new Set());
  const laterHeads = heads.slice(1);
  const runs: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (const head of laterHeads) {
    runs.push({ from, to: head.startIndex });
    from = head.startIndex;
  }
  runs.push({ from, to: ctx.lines.length });
  return { runs, laterHeads };
}

/** Whether a draft has every field a Document requires (the schema then checks their values). */
function hasRequiredFields(doc: DocumentDraft): doc is Document {
  return (
    doc.id !== undefined &&
    doc.docNumber !== undefined &&
    doc.writtenDate !== undefined &&
    doc.title !== undefined &&
    doc.type !== undefined &&
    doc.issuers.length > 0
  );
}

/**
 * Whether a parsed document is complete: it has every required field and (unless `validate` is
 * false) passes `DocumentSchema`; an incomplete one is checked with `DocumentDraftSchema`.
 * Failures are `schema-invalid` diagnostics at `range`.
 */
export function isComplete(
  ctx: ParseContext,
  document: DocumentDraft,
  validate: boolean,
  range: { start: number; end: number },
): document is Document {
  if (hasRequiredFields(document)) return !validate || validateInto(ctx, DocumentSchema, document, range);
  if (validate) validateInto(ctx, DocumentDraftSchema, document, range);
  return false;
}
