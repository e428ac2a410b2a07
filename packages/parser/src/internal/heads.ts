import { isTitleLike } from './blocks.js';
import type { ParseContext } from './context.js';
import type { DocumentHead } from './frame.js';
import { isChromeLine } from './furniture.js';
import {
  firstColon,
  isOrderHeader,
  mayStandAboveAbout,
  namesIssuer,
  numberAndDateOf,
  orderNumberOf,
  SENTENCE,
} from './head-lines.js';
import { markerOfLine, paragraphOf } from './paragraphs.js';
import { compact, dateOfLine, documentNumberOfLine, noteOfLine, titleKey, visibleLength } from './rules.js';
import type { SourceLine } from './scan.js';
import { isOrganizationName, signatureOfLine } from './signature.js';
import { isBoxLabel } from './site-metadata.js';
import { isWholeTitle } from './title.js';
import type { TocLine } from './toc.js';

/** A document head found in the text, with the index of the line where its document starts. */
export interface GazetteHead extends DocumentHead {
  startIndex: number;
  /** The line of the number (a 令's 第N号 line, or its header line when the number is on it). */
  numberLine: SourceLine;
}

/** Whether a line can be part of a document title above a 发文字号. */
export function isTitleLine(line: SourceLine, sections: ReadonlySet<string>, below?: SourceLine): boolean {
  if (line.kind === 'table-row' || line.kind === 'blank' || line.kind === 'list-item') return false;
  if (sections.has(compact(line.text))) return false;
  if (noteOfLine(line.text) !== undefined || dateOfLine(line.text) !== undefined) return false;
  if (documentNumberOfLine(line.text) !== undefined || isChromeLine(line.text)) return false;
  // Sentence punctuation inside: a news headline (…交流会！东阳市南马镇发布公告), not a 公文 title.
  if (SENTENCE.test(line.text)) return false;
  // A metadata line of a web page (发布机关:国务院办公厅, or the label 发文字号 alone) above the head.
  const colon = firstColon(line.text);
  if (isBoxLabel(colon > 0 ? line.text.slice(0, colon) : line.text)) return false;
  if (line.kind === 'heading') return markerOfLine(line) === undefined && visibleLength(line.text) <= 120;
  // An issuer's name is a title line when the title goes on with 关于 below it.
  const continuesTitle = below?.text.startsWith('关于') === true;
  return isTitleLike(paragraphOf(line)) && (continuesTitle || signatureOfLine(line.text) === undefined);
}

/**
 * The one to three title lines above line `i` (a 发文字号), from `floor` on: lines that can be part
 * of a title (see {@link isTitleLine}), up to a title that is whole ({@link isWholeTitle}); above a
 * title that starts with 关于 only its issuer, or a line ending with 印发/转发.
 */
function titleLinesAbove(
  lines: readonly SourceLine[],
  i: number,
  floor: number,
  sections: ReadonlySet<string>,
): SourceLine[] {
  const titleLines: SourceLine[] = [];
  let joined = '';
  for (let k = i - 1; k >= floor && titleLines.length < 3; k--) {
    const l = lines[k] as SourceLine;
    if (l.kind === 'blank') continue;
    if (!isTitleLine(l, sections, titleLines[0])) break;
    if (titleLines.length > 0) {
      // Headings and plain lines do not mix in one title.
      if ((titleLines[0] as SourceLine).kind === 'heading' && l.kind !== 'heading') break;
      // Joint issuers on lines of their own (长治市人民政府办公室 / 中共长治市委办公室 / 关于…) are one title.
      const jointIssuer =
        isOrganizationName(compact(l.text)) && isOrganizationName(compact((titleLines[0] as SourceLine).text));
      if (isWholeTitle(joined) && !jointIssuer) break;
      if (joined.startsWith('关于') && !mayStandAboveAbout(l.text)) break;
    }
    titleLines.unshift(l);
    joined = compact(l.text) + joined;
  }
  return titleLines;
}

/** The next line at or after `i` that is not blank, before `to`. */
function nextFilled(lines: readonly SourceLine[], i: number, to: number): SourceLine | undefined {
  for (let k = i; k < to; k++) if ((lines[k] as SourceLine).kind !== 'blank') return lines[k];
  return undefined;
}

/**
 * Finds the heads of the documents of a text, by the forms of GB/T 9704-2012 — the one head
 * finder of parseDocument, parseDocuments and parseGazette:
 * - a line that is a whole 发文字号 (or one in brackets with its date, as 1980s texts print it:
 *   `（国检监〔1989〕565号 一九八九年十月十六日）`) under one to three title lines (headings, or short
 *   unpunctuated lines);
 * - a 令: its header `XX人民政府令` with `第N号` on the next line, or a number line that names its
 *   issuer (`东莞市人民政府令第123号`) — the 令's header is its title, whatever stands above it.
 * Linear: each line is looked at a bounded number of times.
 */
export function findHeads(ctx: ParseContext, from: number, to: number, sections: ReadonlySet<string>): GazetteHead[] {
  const lines = ctx.lines;
  const heads: GazetteHead[] = [];
  let floor = from;
  for (let i = from; i < to; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind === 'blank' || line.kind === 'table-row') continue;
    // A 令's header over 第N号.
    if (isOrderHeader(line.text)) {
      const serialLine = nextFilled(lines, i + 1, to);
      const docNumber = serialLine && orderNumberOf(line.text, serialLine.text);
      if (serialLine && docNumber) {
        heads.push({ titleLines: [line], numberLine: serialLine, docNumber, startIndex: line.index });
        floor = serialLine.index + 1;
        i = serialLine.index;
        continue;
      }
    }
    const bracketed = documentNumberOfLine(line.text) ? undefined : numberAndDateOf(line.text);
    const docNumber = documentNumberOfLine(line.text) ?? bracketed?.number;
    if (!docNumber) continue;
    const titleLines = titleLinesAbove(lines, i, floor, sections);
    if (titleLines.length === 0) {
      // A 令 numbered on its header line is its own title.
      if (!bracketed && namesIssuer(docNumber.agency)) {
        heads.push({ titleLines: [line], numberLine: line, docNumber, startIndex: line.index });
        floor = i + 1;
      }
      continue;
    }
    const head: GazetteHead = {
      titleLines,
      numberLine: line,
      docNumber,
      startIndex: (titleLines[0] as SourceLine).index,
    };
    if (bracketed?.date !== undefined) head.writtenDate = bracketed.date;
    heads.push(head);
    floor = i + 1;
  }
  return heads;
}

/** The most lines of a title found from the table of contents (GB/T 9704-2012: one to three). */
const TOC_TITLE_LINES = 3;

/**
 * The heads of a gazette with those found from its table of contents added, in order: a document
 * whose 发文字号 line is missing (a printing or copying slip) has no head of the forms
 * {@link findHeads} reads, and its text would be read as the end of the document before it. For
 * each TOC entry whose number no head has, one to three title lines whose text is the entry's
 * title start its document, with the entry's number (reported as `no-document-number`: the text
 * has none, the TOC's is used). Linear: each line starts at most three title texts, of title lines
 * only (short, see isTitleLine).
 */
export function withTocHeads(
  ctx: ParseContext,
  heads: readonly GazetteHead[],
  range: { from: number; to: number },
  sections: ReadonlySet<string>,
  entries: readonly TocLine[],
): GazetteHead[] {
  const numbers = new Set(heads.map((head) => head.docNumber?.canonical));
  const wanted = new Map<string, TocLine>();
  for (const entry of entries) {
    if (entry.docNumber && !numbers.has(entry.docNumber.canonical)) wanted.set(titleKey(entry.title), entry);
  }
  if (wanted.size === 0) return [...heads];
  const lines = ctx.lines;
  const out: GazetteHead[] = [];
  let h = 0;
  for (let i = range.from; i < range.to && wanted.size > 0; i++) {
    while (h < heads.length && (heads[h] as GazetteHead).startIndex <= i) {
      const head = heads[h++] as GazetteHead;
      out.push(head);
      i = Math.max(i, head.numberLine.index + 1); // a head's own lines start nothing
    }
    const titleLines: SourceLine[] = [];
    let key = '';
    for (let k = i; k < range.to && titleLines.length < TOC_TITLE_LINES; k++) {
      const line = lines[k] as SourceLine;
      if (line.kind === 'blank') continue;
      if (!isTitleLine(line, sections, nextFilled(lines, k + 1, range.to))) break;
      titleLines.push(line);
      key += titleKey(line.text);
      const entry = wanted.get(key);
      if (entry?.docNumber === undefined) continue;
      wanted.delete(key);
      ctx.report(
        'no-document-number',
        `No 发文字号 under the title "${compact(entry.title)}"; the table of contents gives ${entry.docNumber.canonical}`,
        (titleLines[0] as SourceLine).start,
        line.end,
      );
      out.push({ titleLines: [...titleLines], numberLine: line, docNumber: entry.docNumber, startIndex: i });
      i = k;
      break;
    }
  }
  for (; h < heads.length; h++) out.push(heads[h] as GazetteHead);
  return out;
}
