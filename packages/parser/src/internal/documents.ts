import {
  type Document,
  type DocumentDraft,
  DocumentDraftSchema,
  DocumentSchema,
  documentTypeFromTitle,
  enclosedTextTypeFromTitle,
} from '@gongbao/core';
import type { ParseContext } from './context.js';
import { parseDocumentLines } from './document.js';
import { findHeads, type GazetteHead, isTitleLine } from './heads.js';
import { dateOfLine, noteOfLine, titleKey } from './rules.js';
import type { SourceLine } from './scan.js';
import { signatureOfLine } from './signature.js';
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
  const heads = withNumberless(ctx, findHeads(ctx, 0, ctx.lines.length, new Set()));
  const laterHeads: GazetteHead[] = [];
  const runs: DocumentRun[] = [];
  let from = 0;
  let title = heads[0] ? titleOf(heads[0]) : '';
  const quoted = new Set<string>();
  let scanned = heads[0]?.startIndex ?? 0; // quoted titles are collected once per line: linear
  let previous = heads[0];
  // A document without a head of these forms (a 通告 without 发文字号) before the first head:
  // when it ends as a document does, the first head starts a document of its own.
  if (previous && previous.startIndex > 0 && endsDocument(ctx, previous.startIndex)) {
    runs.push({ from, to: previous.startIndex });
    laterHeads.push(previous);
    from = previous.startIndex;
  }
  for (const head of heads.slice(1)) {
    for (; scanned < head.startIndex; scanned++) {
      for (const m of (ctx.lines[scanned] as SourceLine).text.matchAll(/《([^《》]+)》/gu))
        quoted.add(titleKey(m[1] as string));
    }
    const key = titleOf(head);
    // Not the same title again: two copies of one document are two documents.
    if (key !== title && (title.includes(key) || quoted.has(key))) continue;
    // The same title and number with no text between (a web page's heading strip over the
    // document: title / 发文字号 / date / 发布机关, then the document): one document.
    if (key === title && !hasText(ctx, previous, head)) {
      previous = head;
      continue;
    }
    previous = head;
    runs.push({ from, to: head.startIndex });
    laterHeads.push(head);
    from = head.startIndex;
    title = key;
    quoted.clear();
  }
  runs.push({ from, to: ctx.lines.length });
  return { runs, laterHeads };
}

/** The most title lines of a head without 发文字号 (GB/T 9704-2012 §7.2.6: a title over one to three lines). */
const TITLE_LINES = 3;

/**
 * The heads of a text with those of its documents that have no 发文字号 (a 通告 glued after a
 * 批复) added in order: where one document ends (a 成文日期 under its signature, under a
 * sentence; its 附注 after), one to three title lines that name a 公文 type no enclosed text has
 * (通告, 通知, 批复 …, not 意见 or 决定, which an enclosed text may be), over text that ends as a
 * document does, before the next head. A 规章 or a plan that a document publishes has no such
 * title, and one the document quotes in 《》 stays its enclosure (documentRuns). Linear: each line
 * is looked at a bounded number of times.
 */
function withNumberless(ctx: ParseContext, heads: readonly GazetteHead[]): GazetteHead[] {
  const lines = ctx.lines;
  const out: GazetteHead[] = [];
  let h = 0;
  let last: SourceLine | undefined; // the filled line before this one
  let lastButOne: SourceLine | undefined;
  // Whether the text before the next head ends as a document: read once per head, not per candidate.
  let endTo = -1;
  let endsThere = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind === 'blank') continue;
    while (h < heads.length && (heads[h] as GazetteHead).startIndex < i) out.push(heads[h++] as GazetteHead);
    const atEnd =
      last !== undefined &&
      (dateOfLine(last.text) !== undefined ||
        (noteOfLine(last.text) !== undefined && lastButOne !== undefined && dateOfLine(lastButOne.text) !== undefined));
    lastButOne = last;
    last = line;
    if (!atEnd || heads[h]?.startIndex === i || !endsDocument(ctx, i)) continue;
    const to = heads[h]?.startIndex ?? lines.length;
    const head = numberlessHead(lines, i, to);
    if (head === undefined) continue;
    if (endTo !== to) {
      endTo = to;
      endsThere = endsDocument(ctx, to);
    }
    if (endsThere) out.push(head);
  }
  for (; h < heads.length; h++) out.push(heads[h] as GazetteHead);
  return out;
}

/** The title lines from `i` on that name a 公文 type (see {@link withNumberless}), as a head; text must follow before `to`. */
function numberlessHead(lines: readonly SourceLine[], i: number, to: number): GazetteHead | undefined {
  const titleLines: SourceLine[] = [];
  let text = '';
  for (let k = i; k < to && titleLines.length < TITLE_LINES; k++) {
    const line = lines[k] as SourceLine;
    if (line.kind === 'blank') continue;
    let next = k + 1;
    while (next < to && (lines[next] as SourceLine).kind === 'blank') next++;
    const below = next < to ? lines[next] : undefined;
    if (line.kind === 'table-row' || !isTitleLine(line, new Set(), below)) return undefined;
    // An attachment's label (附件, 附件2, 附表): what follows is the document's attachment.
    if (titleLines.length === 0 && /^附[件表]/u.test(line.text)) return undefined;
    titleLines.push(line);
    text += line.text;
    if (documentTypeFromTitle(text) === undefined || /令$/u.test(text)) continue;
    if (enclosedTextTypeFromTitle(text) !== undefined || below === undefined) return undefined;
    return { titleLines, numberLine: line, startIndex: i };
  }
  return undefined;
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

/** A head's title as one comparable key. */
const titleOf = (head: GazetteHead): string => titleKey(head.titleLines.map((line) => line.text).join(''));

/** How many filled lines above a head the end of a document before it may be (附注, footer). */
const END_WINDOW = 6;

/**
 * Whether the lines before `to` end a document (GB/T 9704-2012 §7.3): a 成文日期 line among the
 * last few filled lines, under one to three signature lines, under a line that ends a sentence.
 * Looks at a bounded number of lines.
 */
function endsDocument(ctx: ParseContext, to: number): boolean {
  const filled: SourceLine[] = [];
  for (let i = to - 1; i >= 0 && filled.length < END_WINDOW + 4; i--) {
    const line = ctx.lines[i] as SourceLine;
    if (line.kind !== 'blank' && line.kind !== 'table-row') filled.push(line);
  }
  for (let d = 0; d < Math.min(END_WINDOW, filled.length); d++) {
    if (dateOfLine((filled[d] as SourceLine).text) === undefined) continue;
    let k = d + 1;
    while (k < filled.length && k <= d + 3 && signatureOfLine((filled[k] as SourceLine).text) !== undefined) k++;
    const above = filled[k];
    return k > d + 1 && above !== undefined && /[。；！？][”’」）)]?$/u.test(above.text);
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
