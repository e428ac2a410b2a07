import type { Citation, Document, GazetteIssue, Table, TocEntry } from '@gongbao/core';
import type { ParseContext } from './context.js';
import { parseDocumentLines } from './document.js';
import { findHeads, withTocHeads } from './heads.js';
import { readIssueLine, readMasthead } from './masthead.js';
import { compact, titleKey, visibleLength } from './rules.js';
import type { SourceLine } from './scan.js';
import { isTocHeading, readToc, type Toc, type TocLine } from './toc.js';

/** The gazette as parsed, before validation. */
export interface ParsedGazette {
  issue: GazetteIssue;
  tables: Table[];
}

/** The back cover: two or more short unpunctuated lines at the very end (传达政令 / 宣传政策 / 指导工作). */
function findBackCover(lines: readonly SourceLine[], floor: number): { start: number; texts: string[] } | undefined {
  const texts: string[] = [];
  let start = lines.length;
  for (let i = lines.length - 1; i >= floor; i--) {
    const line = lines[i] as SourceLine;
    if (line.kind === 'blank') continue;
    if (line.kind === 'table-row' || visibleLength(line.text) > 12 || !/^[\p{Script=Han}A-Za-z·\s]+$/u.test(line.text))
      break;
    texts.unshift(line.text);
    start = i;
  }
  return texts.length >= 2 ? { start, texts } : undefined;
}

/**
 * Parses a whole gazette issue: masthead, table of contents, the documents split at their heads,
 * matched one-to-one to the TOC entries (section, start page, end page = the page before the next
 * entry's, as documents start on a new page), citations resolved within the issue, back cover.
 */
export function parseGazetteLines(ctx: ParseContext): ParsedGazette {
  const lines = ctx.lines;
  const tocIndex = lines.findIndex(isTocHeading);
  const toc: Toc | undefined = tocIndex === -1 ? undefined : readToc(ctx, tocIndex);
  const sections = new Set(toc?.sections ?? []);
  const bodyFrom = toc ? toc.endIndex : 0;
  const back = findBackCover(lines, bodyFrom);
  const bodyTo = back?.start ?? lines.length;
  const heads = withTocHeads(
    ctx,
    findHeads(ctx, bodyFrom, bodyTo, sections),
    { from: bodyFrom, to: bodyTo },
    sections,
    toc?.entries ?? [],
  );
  const mastheadEnd = tocIndex !== -1 ? tocIndex : (heads[0]?.startIndex ?? 0);
  const masthead = readMasthead(ctx, lines.slice(0, mastheadEnd));
  if (toc?.issueLine !== undefined && masthead.number === undefined) readIssueLine(masthead, toc.issueLine);
  if (toc?.frequency !== undefined && masthead.frequency === undefined) masthead.frequency = toc.frequency;
  const first = lines.find((l) => l.kind !== 'blank');
  if (first && (masthead.title === undefined || masthead.number === undefined)) {
    ctx.report('no-masthead', 'No gazette title or issue number before the table of contents', first.start, first.end);
  }
  if (first && !toc) ctx.report('no-toc', 'No table of contents (目录)', first.start, first.end);
  else if (toc && toc.entries.length === 0) {
    const heading = lines[tocIndex] as SourceLine;
    ctx.report('no-toc', 'The table of contents (目录) lists no entry', heading.start, heading.end);
  }
  if (heads.length === 0) {
    const first = lines[bodyFrom] ?? lines[0];
    if (first)
      ctx.report(
        'no-documents',
        'No document head (title + 发文字号) found',
        first.start,
        lines[lines.length - 1]?.end ?? first.end,
      );
  }
  // Text between the table of contents and the first document: one diagnostic per run of such
  // lines (blank lines inside a run continue it), not one per line. Without a table of contents
  // what precedes the first document is the masthead, once it reads as one (an issue number).
  const firstStart = heads[0]?.startIndex ?? bodyTo;
  const mastheadRead = masthead.number !== undefined;
  const unparsedFrom = toc ? bodyFrom : mastheadRead && heads.length > 0 ? firstStart : bodyFrom;
  let run: { from: SourceLine; to: SourceLine } | undefined;
  const flush = () => {
    if (!run) return;
    const { from, to } = run;
    const which = from === to ? `Line ${from.line} belongs` : `Lines ${from.line}–${to.line} belong`;
    ctx.report('unparsed-text', `${which} to no document`, from.start, to.end);
    run = undefined;
  };
  for (let i = unparsedFrom; i < firstStart; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind === 'blank') continue;
    if (sections.has(compact(line.text))) flush();
    else if (run) run.to = line;
    else run = { from: line, to: line };
  }
  flush();

  const documents: Document[] = [];
  const tables: Table[] = [];
  heads.forEach((head, h) => {
    const end = heads[h + 1]?.startIndex ?? bodyTo;
    const parsed = parseDocumentLines(ctx, lines.slice(head.startIndex, end), head);
    // A gazette document is a Document: GazetteIssueSchema checks every required field.
    documents.push(parsed.document as Document);
    for (const table of parsed.tables) tables.push(table);
  });

  const tocEntries = matchToc(ctx, toc?.entries ?? [], documents);
  resolveCitations(documents);

  const issue = {
    ...(masthead.title !== undefined ? { title: masthead.title } : {}),
    ...(masthead.romanizedTitle !== undefined ? { romanizedTitle: masthead.romanizedTitle } : {}),
    ...(masthead.year !== undefined ? { year: masthead.year } : {}),
    ...(masthead.number !== undefined ? { number: masthead.number } : {}),
    ...(masthead.cumulative !== undefined ? { cumulative: masthead.cumulative } : {}),
    ...(masthead.frequency !== undefined ? { frequency: masthead.frequency } : {}),
    ...(masthead.publicationDate !== undefined ? { publicationDate: masthead.publicationDate } : {}),
    ...(masthead.sponsor !== undefined ? { sponsor: masthead.sponsor } : {}),
    ...(masthead.editor !== undefined ? { editor: masthead.editor } : {}),
    ...(masthead.printer !== undefined ? { printer: masthead.printer } : {}),
    ...(Object.keys(masthead.contact).length > 0 ? { contact: masthead.contact } : {}),
    editorialBoard: masthead.editorialBoard,
    toc: tocEntries,
    documents,
    ...(back ? { backCover: back.texts } : {}),
    ...(masthead.source ? { source: masthead.source } : {}),
  } as GazetteIssue;
  return { issue, tables };
}

/** Matches TOC entries to documents by 发文字号; sets section and pages; reports mismatches. */
function matchToc(ctx: ParseContext, entries: readonly TocLine[], documents: Document[]): TocEntry[] {
  const byNumber = new Map<string, number[]>();
  documents.forEach((doc, d) => {
    const key = doc.docNumber?.canonical;
    if (key === undefined) return;
    const list = byNumber.get(key) ?? [];
    if (list.length > 0 && doc.source) {
      ctx.report(
        'duplicate-document-number',
        `${key} is the number of more than one document`,
        doc.source.start,
        doc.source.start,
      );
    }
    list.push(d);
    byNumber.set(key, list);
  });
  const matched = new Set<number>();
  let lastMatched = -1;
  const out: TocEntry[] = [];
  entries.forEach((entry, e) => {
    const next = entries[e + 1];
    const result: TocEntry = {
      ...(entry.section !== '' ? { section: entry.section } : {}),
      title: entry.title,
      ...(entry.docNumber ? { docNumber: entry.docNumber } : {}),
      startPage: entry.startPage,
      source: entry.source,
    };
    if (next && next.startPage >= entry.startPage) result.endPage = Math.max(entry.startPage, next.startPage - 1);
    else if (next)
      ctx.report(
        'toc-pages',
        `Page ${next.startPage} of the next entry is before page ${entry.startPage}`,
        next.source.start,
        next.source.end,
      );
    const candidates = entry.docNumber ? (byNumber.get(entry.docNumber.canonical) ?? []) : [];
    const d = candidates.find((c) => !matched.has(c));
    if (d === undefined) {
      ctx.report(
        'toc-unmatched',
        `TOC entry ${entry.docNumber?.canonical ?? entry.title} has no document in the text`,
        entry.source.start,
        entry.source.end,
      );
      out.push(result);
      return;
    }
    matched.add(d);
    const doc = documents[d] as Document;
    result.documentId = doc.id;
    if (d < lastMatched && doc.source)
      ctx.report(
        'toc-order',
        `${doc.docNumber.canonical} appears out of TOC order`,
        doc.source.start,
        doc.source.start,
      );
    lastMatched = Math.max(lastMatched, d);
    if (titleKey(doc.title) !== titleKey(entry.title) && doc.source) {
      ctx.report(
        'toc-title-mismatch',
        `Title "${doc.title}" differs from the TOC's "${entry.title}"`,
        doc.source.start,
        doc.source.start,
      );
    }
    if (entry.section !== '') doc.section = entry.section;
    doc.pages = { start: entry.startPage, ...(result.endPage !== undefined ? { end: result.endPage } : {}) };
    out.push(result);
  });
  if (entries.length > 0) {
    documents.forEach((doc, d) => {
      if (!matched.has(d) && doc.source) {
        ctx.report(
          'toc-missing-entry',
          `${doc.docNumber?.canonical ?? doc.title} has no entry in the table of contents`,
          doc.source.start,
          doc.source.start,
        );
      }
    });
  }
  return out;
}

/** Points citations at documents of the issue, by number or by exact title. */
function resolveCitations(documents: readonly Document[]): void {
  const byNumber = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const doc of documents) {
    if (doc.docNumber) byNumber.set(doc.docNumber.canonical, doc.id);
    byTitle.set(titleKey(doc.title), doc.id);
  }
  for (const doc of documents) {
    for (const citation of doc.citations as Citation[]) {
      const id =
        (citation.docNumber && byNumber.get(citation.docNumber.canonical)) ||
        (citation.title !== undefined ? byTitle.get(titleKey(citation.title)) : undefined);
      if (id !== undefined && id !== doc.id) citation.resolvedDocumentId = id;
    }
  }
}
