/**
 * The heads of the documents of a text that have no 发文字号 — a 通告 glued after a 批复, two web
 * pages one after the other — found where one document has ended (see {@link documentEnds}).
 */
import { documentTypeFromTitle, enclosedTextTypeFromTitle } from '@gongbao/core';
import { addresseesOfLine } from './addressees.js';
import type { ParseContext } from './context.js';
import { documentEnds, endBlockLast, isClosingFormula } from './document-ends.js';
import { isChromeLine, isFooterLine } from './furniture.js';
import { endsTitle, isBodyLine } from './head-lines.js';
import { type GazetteHead, isTitleLine } from './heads.js';
import { compact, titleKey, visibleLength } from './rules.js';
import type { SourceLine } from './scan.js';
import { isBoxLabel } from './site-metadata.js';

/** The most title lines of a head without 发文字号 (GB/T 9704-2012 §7.2.6: a title over one to three lines). */
const TITLE_LINES = 3;

/** The heads of a text with those of its documents that have no 发文字号, and whether the first head follows the end of a document. */
export interface AllHeads {
  heads: GazetteHead[];
  /** Whether a document's end (signature and 成文日期) stands before the first head: the text before it is a document. */
  endBeforeFirst: boolean;
  /**
   * For a head after the end of the document before it: the line where its document's lines
   * start, at or above the head — the page furniture right above it goes with it (see runStart).
   */
  runFrom: Map<GazetteHead, number>;
}

/**
 * The heads of a text with those of its documents that have no 发文字号 (a 通告 glued after a
 * 批复, two web pages one after the other) added in order. After the end of a document (its
 * 成文日期 under its signature, see {@link documentEnds}) — whatever page furniture follows it, a
 * web page's footer and the next page's navigation — one to three title lines that name a 公文
 * type start a document:
 * - over a 主送机关 line (looking past a metadata box and page furniture): any type, 意见 and
 *   决定 too (an enclosed text has no addressees);
 * - else a type no enclosed text has (通告, 通知, 批复 …, not 意见 or 决定, which a 印发 notice may
 *   publish), over text that ends as a document does before the next head.
 * Not a title directly under an attachment's label or over one (a document attached to another). A
 * 规章 or a plan that a document publishes has no such title, and one the document quotes in 《》
 * stays its enclosure (documentRuns). Linear: each line is looked at a bounded number of times.
 */
export function withNumberless(ctx: ParseContext, heads: readonly GazetteHead[]): AllHeads {
  const lines = ctx.lines;
  const { ends, lists } = documentEnds(lines);
  // For each line, the next end at or after it: does the text from a title on end as a document?
  const nextEnd = new Int32Array(lines.length + 1);
  nextEnd[lines.length] = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) nextEnd[i] = ends[i] !== 0 ? i : (nextEnd[i + 1] as number);
  const out: GazetteHead[] = [];
  let endBeforeFirst = false;
  let h = 0;
  let ended = -1; // the last line of the current document's end (its date or 附注), or -1 while it has none
  let labelled = false; // whether an attachment's label follows that end
  let tabled = false; // whether a table follows that label
  let listed = ''; // the 附件说明 of that document (compact), where it has one
  let headTo = -1; // the last line of the latest head: its own lines start nothing
  let last: SourceLine | undefined; // the filled line before this one
  const runFrom = new Map<GazetteHead, number>();
  const push = (head: GazetteHead) => {
    if (out.length === 0) endBeforeFirst = ended !== -1;
    if (ended !== -1) runFrom.set(head, runStart(lines, ended, head.startIndex, listed));
    out.push(head);
    headTo = Math.max(headTo, head.numberLine.index);
    ended = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind === 'blank') continue;
    while (h < heads.length && (heads[h] as GazetteHead).startIndex <= i) push(heads[h++] as GazetteHead);
    if (ended !== -1 && i > ended && i > headTo && !(last && isAttachmentLabel(last))) {
      const head = numberlessHead(lines, i, heads, h, nextEnd);
      if (head !== undefined) push(head);
    }
    if (isAttachmentLabel(line)) labelled = true;
    else if (labelled && isTableRow(line)) tabled = true;
    const bodyEnd = ends[i] as number;
    if (bodyEnd !== 0) {
      // A second end after this document's, with running text of its own above it: a document
      // without title (a 公告 copied from its first sentence on). After an attachment's label,
      // only text under a table that closes as a 公文 does (特此公告, a signature, a date): a
      // table's own continuation (注, 填表说明, 联系人) has no closing formula.
      const own = !labelled || (tabled && isClosingFormula((lines[bodyEnd - 1] as SourceLine).text));
      const start = ended !== -1 && own ? untitledStart(lines, ended, bodyEnd - 1, labelled) : -1;
      if (start !== -1) push({ titleLines: [], numberLine: lines[start] as SourceLine, startIndex: start });
      ended = endBlockLast(lines, i);
      labelled = false;
      tabled = false;
      listed = listText(lines, (lists[i] as number) - 1, i);
    }
    last = line;
  }
  for (; h < heads.length; h++) out.push(heads[h] as GazetteHead);
  return { heads: out, endBeforeFirst, runFrom };
}

/**
 * Where a document without title starts whose body ends at line `bodyLast`, after another
 * document's end at line `ended`: the first of the lines of running text (sentences, numbered
 * paragraphs) that run up to `bodyLast`; -1 when there is none, or when a title (a line naming a
 * document type or an enclosed text) stands between — then the text is what the document before
 * publishes — or, `underTable` (after an attachment's label), when the text does not start right
 * under the attachment's table. Each line is read once per end.
 */
function untitledStart(lines: readonly SourceLine[], ended: number, bodyLast: number, underTable: boolean): number {
  let start = -1;
  let k = bodyLast;
  for (; k > ended; k--) {
    const line = lines[k] as SourceLine;
    if (line.kind === 'blank') continue;
    if (!isBodyLine(line)) break;
    start = k;
  }
  if (start === -1) return -1;
  // Under an attachment's table: the text must start right under the table.
  if (underTable && !(k > ended && isTableRow(lines[k] as SourceLine))) return -1;
  for (; k > ended; k--) {
    const line = lines[k] as SourceLine;
    if (line.kind !== 'blank' && line.kind !== 'table-row' && endsTitle(line.text)) return -1;
  }
  return start;
}

/**
 * Where the lines of a document whose head is at `head` start, after the end of the document
 * before it at line `ended`. What stands between is what the document before attaches or
 * publishes, a web page's footer, and the next page's navigation and heading: the lines of page
 * furniture right above the head (short lines, dates, chrome) are read with it, as on its own
 * page; from the first line above them that is not furniture — running text, a table row, an
 * attachment's label or listed title (the document's attachment), a footer's first line
 * (责任编辑, 相关链接 …: nothing after it is the first document's) — up, the lines are the first
 * document's. Reads each line between once.
 */
function runStart(lines: readonly SourceLine[], ended: number, head: number, listed: string): number {
  for (let k = head - 1; k > ended; k--) {
    const line = lines[k] as SourceLine;
    if (line.kind === 'blank') continue;
    if (isTableRow(line) || isFooterLine(line.text) || isAttachmentLabel(line) || isBodyLine(line)) return k + 1;
    // The title of an attachment the document lists.
    if (
      listed !== '' &&
      line.text.length <= 200 &&
      visibleLength(line.text) >= 4 &&
      listed.includes(compact(line.text))
    )
      return k + 1;
  }
  return ended + 1;
}

/** A row of a table: tab-separated cells, or cells between pipes (`1 | 精密智控设备安装 | 3750 |`). */
function isTableRow(line: SourceLine): boolean {
  if (line.kind === 'table-row') return true;
  const first = line.text.indexOf('|');
  return first !== -1 && line.text.indexOf('|', first + 1) !== -1;
}

/** The most characters of a 附件说明 compared with the lines after the document. */
const LIST_TEXT = 2000;

/** The text of the 附件说明 from line `from` (-1: none) up to the date at `to` (its signature included), compact; bounded. */
function listText(lines: readonly SourceLine[], from: number, to: number): string {
  let text = '';
  for (let k = Math.max(from, 0); from >= 0 && k < to && text.length < LIST_TEXT; k++)
    text += compact((lines[k] as SourceLine).text.slice(0, LIST_TEXT));
  return text;
}

/** An attachment's label (附件, 附件2, 附表): what follows it is the document's attachment. */
const isAttachmentLabel = (line: SourceLine): boolean => /^附[件表]/u.test(line.text.trim());

/** How many lines of a metadata box or page furniture may stand between a title and its 主送机关. */
const TO_ADDRESSEES = 8;

/** The next filled line after `k`, before `to`. */
function filledAfter(lines: readonly SourceLine[], k: number, to: number): SourceLine | undefined {
  for (let j = k + 1; j < to; j++) if ((lines[j] as SourceLine).kind !== 'blank') return lines[j];
  return undefined;
}

/** Whether a 主送机关 line follows line `k` (past a metadata box and page furniture), before `to`. */
function addresseesFollow(lines: readonly SourceLine[], k: number, to: number): boolean {
  let at = filledAfter(lines, k, to);
  for (let n = 0; at !== undefined && n < TO_ADDRESSEES; n++) {
    if (addresseesOfLine(at) !== undefined) return true;
    const colon = at.text.search(/[:：|]/u);
    const label = colon > 0 ? at.text.slice(0, colon) : at.text;
    if (at.kind !== 'table-row' && !isChromeLine(at.text) && !isBoxLabel(label)) return false;
    at = filledAfter(lines, at.index, to);
  }
  return false;
}

/**
 * The title lines from `i` on that name a 公文 type (see {@link withNumberless}), as a head;
 * `nextEnd[k]` is the first end at or after line k.
 */
function numberlessHead(
  lines: readonly SourceLine[],
  i: number,
  heads: readonly GazetteHead[],
  h: number,
  nextEnd: Int32Array,
): GazetteHead | undefined {
  const to = heads[h]?.startIndex ?? lines.length;
  const titleLines: SourceLine[] = [];
  let text = '';
  for (let k = i; k < to && titleLines.length < TITLE_LINES; k++) {
    const line = lines[k] as SourceLine;
    if (line.kind === 'blank') continue;
    const below = filledAfter(lines, k, to);
    if (line.kind === 'table-row' || !isTitleLine(line, NO_SECTIONS, below)) return undefined;
    if (titleLines.length === 0 && isAttachmentLabel(line)) return undefined;
    titleLines.push(line);
    text += line.text;
    if (documentTypeFromTitle(text) === undefined || /令$/u.test(text)) continue;
    // A title printed over its attachment label is the attachment's.
    if (below === undefined || isAttachmentLabel(below)) return undefined;
    // A page heading over the document's own head (the same title over its 发文字号): the text
    // must end before the head after that one.
    const next = heads[h];
    const endBy = next && headTitle(next) === titleKey(text) ? (heads[h + 1]?.startIndex ?? lines.length) : to;
    const addressed = addresseesFollow(lines, k, to);
    if (!addressed && (enclosedTextTypeFromTitle(text) !== undefined || (nextEnd[below.index] as number) >= endBy))
      return undefined;
    return { titleLines, numberLine: line, startIndex: i };
  }
  return undefined;
}

const NO_SECTIONS: ReadonlySet<string> = new Set();

/** A head's title as one comparable key. */
export const headTitle = (head: GazetteHead): string => titleKey(head.titleLines.map((line) => line.text).join(''));
