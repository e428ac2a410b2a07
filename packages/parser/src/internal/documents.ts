import { type Document, type DocumentDraft, DocumentDraftSchema, DocumentSchema } from '@gongbao/core';
import type { ParseContext } from './context.js';
import { parseDocumentLines } from './document.js';
import { findHeads, type GazetteHead } from './heads.js';
import { headTitle, withNumberless } from './numberless.js';
import { titleKey } from './rules.js';
import type { SourceLine } from './scan.js';
import { validateInto } from './validate.js';

/** The lines `[from, to)` of one document of a text. */
export interface DocumentRun {
  from: number;
  to: number;
}

/** The documents of a text, as runs of its lines `[from, to)`, and the head that starts each one after the first. */
export interface DocumentRuns {
  runs: DocumentRun[];
  /** The head of `runs[i + 1]`. */
  laterHeads: GazetteHead[];
}

/**
 * Splits a text into its documents by its own structure: every document head (title lines over a
 * whole 发文字号, as in a gazette) after the first starts a new document; what precedes the second
 * head (a web page's navigation, the first head, its body) is the first document. An enclosed
 * 规章 or an attachment has no 发文字号 of its own, so it stays in its document; neither does a
 * document its document forwards or publishes, though it has one (转发…的通知 over the forwarded
 * notice with its 发文字号): a head whose title the document's own title contains, or its text
 * quotes in 《》 before it, is an enclosure. A document without 发文字号 (a 通告) after another
 * starts where the other ends (see {@link withNumberless}).
 */
export function documentRuns(ctx: ParseContext): DocumentRuns {
  const { heads, endBeforeFirst, runFrom } = withNumberless(ctx, findHeads(ctx, 0, ctx.lines.length, new Set()));
  const laterHeads: GazetteHead[] = [];
  const runs: DocumentRun[] = [];
  let from = 0;
  let title = heads[0] ? headTitle(heads[0]) : '';
  const quoted = new Set<string>();
  let scanned = heads[0]?.startIndex ?? 0; // quoted titles are collected once per line: linear
  let previous = heads[0];
  // A document without a head of these forms (a 通告 without 发文字号) before the first head:
  // when it ends as a document does, the first head starts a document of its own.
  if (previous && previous.startIndex > 0 && endBeforeFirst) {
    const to = runFrom.get(previous) ?? previous.startIndex;
    runs.push({ from, to });
    laterHeads.push(previous);
    from = to;
  }
  for (const head of heads.slice(1)) {
    for (; scanned < head.startIndex; scanned++) {
      for (const m of (ctx.lines[scanned] as SourceLine).text.matchAll(/《([^《》]+)》/gu))
        quoted.add(titleKey(m[1] as string));
    }
    const key = headTitle(head);
    // Not the same title again: two copies of one document are two documents.
    if (key !== '' && key !== title && (title.includes(key) || quoted.has(key))) continue;
    // The same title and number with no text between (a web page's heading strip over the
    // document: title / 发文字号 / date / 发布机关, then the document): one document.
    if (key === title && !hasText(ctx, previous, head)) {
      previous = head;
      continue;
    }
    previous = head;
    const to = runFrom.get(head) ?? head.startIndex;
    runs.push({ from, to });
    laterHeads.push(head);
    from = to;
    title = key;
    quoted.clear();
  }
  runs.push({ from, to: ctx.lines.length });
  return { runs, laterHeads };
}

/** Whether a line of running text (a sentence) stands between the number of one head and the next head. */
function hasText(ctx: ParseContext, before: GazetteHead | undefined, head: GazetteHead): boolean {
  const from = before?.numberLine ? before.numberLine.index + 1 : head.startIndex;
  for (let i = from; i < head.startIndex; i++) {
    const text = (ctx.lines[i] as SourceLine).text;
    if (/[。；！？!?]/u.test(text) || text.length > 60) return true;
  }
  return false;
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

/** One document read from its run: a `Document` when complete, else a `DocumentDraft`. */
export type ReadDocument = { complete: true; document: Document } | { complete: false; document: DocumentDraft };

/**
 * Reads the document of one run and checks it (see {@link isComplete}); schema failures are
 * reported at `fallback`, or at the document's own range when it is not given.
 */
export function readRun(
  ctx: ParseContext,
  run: DocumentRun,
  validate: boolean,
  fallback?: { start: number; end: number },
): ReadDocument {
  const lines = run.from === 0 && run.to === ctx.lines.length ? ctx.lines : ctx.lines.slice(run.from, run.to);
  const document = parseDocumentLines(ctx, lines).document;
  const range = fallback ?? document.source ?? { start: 0, end: ctx.source.length };
  return isComplete(ctx, document, validate, range) ? { complete: true, document } : { complete: false, document };
}
