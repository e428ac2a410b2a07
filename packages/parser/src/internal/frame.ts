/** The frame of a 公文 (GB/T 9704-2012 §7): head, 主送机关, body, 附件说明, signature, 成文日期, 附注, the rest. */
import {
  CLASSIFICATION_LEVELS,
  type Classification,
  type Document,
  type Signatory,
  URGENCY_LEVELS,
} from '@gongbao/core';
import type { DocumentNumber, IsoDate } from '@gongbao/utils';
import { addresseesOfLine, splitTopLevel } from './addressees.js';
import {
  isBareAttachmentLabel,
  type ListedAttachment,
  opensAttachmentList,
  readAttachmentList,
} from './attachment-list.js';
import type { ParseContext } from './context.js';
import { isChromeLine, isFooterLine } from './furniture.js';
import { type FoundHead, findHead } from './head.js';
import { endsTitle } from './head-lines.js';
import { markerOfLine } from './paragraphs.js';
import { compact, dateOfLine, endsParagraph, looksLikeDateLine, noteOfLine, visibleLength } from './rules.js';
import { pieceOfLine, type SourceLine } from './scan.js';
import { signatureOfLine } from './signature.js';

/** The head of a document found by the gazette splitter: its title lines and number line. */
export interface DocumentHead {
  titleLines: SourceLine[];
  numberLine?: SourceLine;
  docNumber?: DocumentNumber;
  /** The date printed in brackets with the number under the title (a signature's date wins). */
  writtenDate?: IsoDate;
}

/** The frame of a 公文: head, addressees, body lines, 附件说明, signature, date, note, the rest. */
export interface Frame {
  titleLines: SourceLine[];
  docNumber?: DocumentNumber;
  signers?: string[];
  addressees: string[];
  body: SourceLine[];
  listed: ListedAttachment[];
  signatories: Signatory[];
  signatureNames: string[];
  writtenDate?: IsoDate;
  note?: string;
  rest: SourceLine[];
  extra: Partial<Pick<Document, 'copyNumber' | 'classification' | 'urgency'>>;
  /** The whole title when the head's title line is cut short, or a 令's header without its number. */
  fullTitle?: string;
  /** 发文机关标志 (`XX文件`) and an issuer line above the title: issuers when nothing else names them. */
  issuerMark?: string;
  issuerLine?: string;
  signerLine?: SourceLine;
  /** Whether the document was found inside a web page (lines around it left out). */
  chrome?: boolean;
  /** Whether the document has no signature and `rest` follows its 附件说明. */
  unsigned?: boolean;
  /** The line of the 发文字号 when it is one of the title lines (东莞市人民政府令第123号). */
  numberLine?: SourceLine;
}

/** 密级 and its period above the title: 机密★1年. */
const CLASSIFICATION = new RegExp(`^(${CLASSIFICATION_LEVELS.join('|')})(?:\\s*★\\s*(\\S.*))?$`, 'u');

/** The index of the last item that passes `test`, or -1. */
function lastIndexOf<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

/** A 附件说明 at the end of some lines: the lines before it, its items, and the lines after it. */
export interface TrailingList {
  before: SourceLine[];
  items: ListedAttachment[];
  after: SourceLine[];
}

/**
 * The last 附件说明 of `lines` (a line `opens` starts it), split off — the one reading of a
 * trailing attachment list for a document's body (signed or not) and an enclosed text's end:
 * `whole` (a body before its signature, an enclosed text) takes it only when it runs to the last
 * line; otherwise (a body without signature, the attachments' text after it) any list with items
 * is taken, and what follows it is `after`.
 */
export function trailingList(
  ctx: ParseContext,
  lines: readonly SourceLine[],
  opens: (line: SourceLine) => boolean,
  whole: boolean,
): TrailingList | undefined {
  const listAt = lastIndexOf(lines, opens);
  if (listAt === -1) return undefined;
  const { items, used } = readAttachmentList(ctx, lines, listAt);
  if (whole ? listAt + used !== lines.length : items.length === 0) return undefined;
  return { before: lines.slice(0, listAt), items, after: lines.slice(listAt + used) };
}

/** Whether a line is a 主送机关 line: short, ends with a colon, no full stop, no marker. */
function isAddresseeLine(line: SourceLine): boolean {
  const t = line.text;
  return (
    line.kind !== 'table-row' &&
    line.depth === 0 &&
    /[：:]$/u.test(t) &&
    visibleLength(t) <= 200 &&
    !/[。！？；]/u.test(t) &&
    markerOfLine(line) === undefined &&
    !/^附\s*件/u.test(t) &&
    !OPENING_SENTENCE.test(t)
  );
}

/** The first sentence of a body that opens a list (为了…，现公告如下：), not a 主送机关 line. */
const OPENING_SENTENCE =
  /(?:如下|以下|下列)\s*[：:]$|^(?:为了|根据|按照|依据|依照|经研究|经.{0,12}同意|现将|现就|近日|近年来)/u;

/** Reads the frame of a document from its non-blank lines. */
export function readFrame(
  ctx: ParseContext,
  input: readonly SourceLine[],
  head: DocumentHead | undefined,
  skip: ReadonlySet<number> = new Set(),
): Frame {
  let units = input;
  const frame: Frame = {
    titleLines: [],
    addressees: [],
    body: [],
    listed: [],
    signatories: [],
    signatureNames: [],
    rest: [],
    extra: {},
  };
  let p = 0;
  if (head) {
    frame.titleLines = head.titleLines;
    if (head.docNumber) frame.docNumber = head.docNumber;
    if (head.writtenDate) frame.writtenDate = head.writtenDate;
    const last = head.numberLine ?? head.titleLines[head.titleLines.length - 1];
    p = last ? units.findIndex((u) => u.index === last.index) + 1 : 0;
  } else {
    p = readHead(units, frame, skip);
  }
  // 签发人 (upward documents) on its own line.
  const signerLine = frame.signerLine ?? units[p];
  const signer = signerLine && /^签发人\s*[:：]\s*(\S.*)$/u.exec(signerLine.text);
  if (signer) {
    frame.signers = (signer[1] as string).split(/[\s、，,]+/u).filter((x) => x !== '');
    if (signerLine === units[p]) p++;
  }
  let bodyUnits = units;
  const addressees = units[p] ? addresseesOfLine(units[p] as SourceLine) : undefined;
  if (addressees) {
    frame.addressees = splitTopLevel(addressees.text);
    const line = units[p] as SourceLine;
    if (addressees.bodyFrom < line.text.length) {
      // The body goes on after the colon on the same line.
      const copy = [...units];
      copy[p] = pieceOfLine(line, addressees.bodyFrom, line.text.length);
      bodyUnits = copy;
    } else p++;
  } else if (units[p] && isAddresseeLine(units[p] as SourceLine) && !frame.chrome) {
    frame.addressees = splitTopLevel((units[p] as SourceLine).text.replace(/[：:]\s*$/u, ''));
    p++;
  }
  units = bodyUnits;
  // The signature block: organisation (or person) lines, then the 成文日期.
  let sigStart = -1;
  let dateIndex = -1;
  for (let j = p; j < units.length; j++) {
    const line = units[j] as SourceLine;
    if (line.kind === 'table-row' || !looksLikeDateLine(line.text)) continue;
    let k = j - 1;
    while (k >= p && j - k <= 6 && signatureOfLine((units[k] as SourceLine).text)) k--;
    const signed = k < j - 1;
    const afterList = k >= p && opensAttachmentList(units[k] as SourceLine);
    const noteNext = units[j + 1] !== undefined && noteOfLine((units[j + 1] as SourceLine).text) !== undefined;
    // A date alone on its line after a finished paragraph (a web copy without the signature).
    const afterParagraph = j > p && endsParagraph((units[j - 1] as SourceLine).text);
    if (signed || afterList || noteNext || afterParagraph || j === units.length - 1) {
      sigStart = k + 1;
      dateIndex = j;
      break;
    }
  }
  if (dateIndex === -1) {
    // A web copy without its signature: the page's footer ends the body as it ends a signed one's rest.
    frame.body = beforeFooter(units.slice(p));
    // No signature (a web copy without it): a 附件说明 ends the body, the attachment's text follows.
    const list = trailingList(ctx, frame.body, opensAttachmentList, false);
    if (list) {
      frame.listed = list.items;
      frame.rest = withoutChrome(frame, list.after);
      frame.body = list.before;
      frame.unsigned = true;
    }
    return frame;
  }
  frame.body = units.slice(p, sigStart);
  // 附件说明 at the end of the body (its label alone too, a web copy's 附件 without the colon).
  const list = trailingList(ctx, frame.body, (l) => opensAttachmentList(l) || isBareAttachmentLabel(l), true);
  if (list) {
    frame.listed = list.items;
    frame.body = list.before;
  }
  for (let k = sigStart; k < dateIndex; k++) {
    const line = units[k] as SourceLine;
    const sig = signatureOfLine(line.text);
    for (const s of sig?.names ?? []) {
      const range = line.map.sourceRange(s.from, s.to);
      frame.signatories.push({
        ...(s.name !== undefined ? { name: s.name } : {}),
        ...(s.title ? { title: s.title } : {}),
        source: ctx.range(range.start, range.end),
      });
      if (!s.title && s.name !== undefined) frame.signatureNames.push(s.name);
    }
  }
  const dateLine = units[dateIndex] as SourceLine;
  const date = dateOfLine(dateLine.text);
  if (date) frame.writtenDate = date;
  else
    ctx.report('date-invalid', `成文日期 "${dateLine.text}" names no real calendar day`, dateLine.start, dateLine.end);
  let q = dateIndex + 1;
  const noteLine = units[q];
  const note = noteLine ? noteOfLine(noteLine.text) : undefined;
  if (note !== undefined) {
    frame.note = note;
    q++;
  }
  frame.rest = withoutChrome(frame, units.slice(q));
  return frame;
}

/** The lines before a web page's footer (责任编辑, 更多精彩内容, 相关新闻): nothing from it on is the document's. */
function beforeFooter(lines: readonly SourceLine[]): SourceLine[] {
  const footer = lines.findIndex((l) => isFooterLine(l.text));
  return lines.slice(0, footer === -1 ? lines.length : footer);
}

/**
 * What follows a document, up to a web page's footer (a copy taken without the page's head has
 * one too), and without the page's furniture when the document was found inside a page.
 */
function withoutChrome(frame: Frame, rest: readonly SourceLine[]): SourceLine[] {
  const before = beforeFooter(rest);
  return frame.chrome ? before.filter((l) => !isChromeLine(l.text)) : before;
}

/** How many paragraphs of a web page's own text above a document are looked past for its head. */
const INTRO_PARAGRAPHS = 3;

/**
 * The head of a document, looking past a web page's own text above it:
 * - an article page's introduction (a 范文 site, a news page's 导语 or notice bar): the first
 *   paragraph has no title above it that names a document type, nor is it a 主送机关 line. Then the
 *   head is looked for above the next paragraphs (at most {@link INTRO_PARAGRAPHS}), and taken
 *   where a title that ends with a document type is found;
 * - a page heading that repeats the title (保定腰山镇人民政府关于…的通告 over 导语 over 腰山镇人民政府
 *   关于…的通告): the head above the next paragraph whose title the heading contains is the
 *   document's own.
 */
function headPastIntro(units: readonly SourceLine[], skip: ReadonlySet<number>, from: number): FoundHead {
  const first = findHead(units, skip, from);
  if (first.docNumber !== undefined) return first;
  const start = units[first.bodyAt];
  if (start === undefined || addresseesOfLine(start) !== undefined) return first;
  if (first.titleLines.length > 0) {
    const next = findHead(units, skip, first.bodyAt + 1);
    const own = titleText(next);
    const heading = titleText(first);
    return next.bodyAt > first.bodyAt && own !== '' && own !== heading && heading.includes(own)
      ? { ...next, chrome: true }
      : first;
  }
  let at = first.bodyAt;
  for (let tries = 0; tries < INTRO_PARAGRAPHS && at + 1 < units.length; tries++) {
    const next = findHead(units, skip, at + 1);
    if (next.bodyAt <= at) break;
    if (next.titleLines.length > 0 && endsTitle(titleText(next))) return { ...next, chrome: true };
    at = next.bodyAt;
  }
  return first;
}

/** The title a head found, as one compact text. */
function titleText(head: FoundHead): string {
  return compact(head.fullTitle ?? head.titleLines.map((l) => l.text).join(''));
}

/**
 * Reads the head (份号, 密级, 紧急程度, title, 发文字号) of a document given as text — found among the
 * lines of a web page when there are any; returns where the body starts.
 */
function readHead(units: readonly SourceLine[], frame: Frame, skip: ReadonlySet<number>): number {
  let p = 0;
  // Marks above the title: 份号 (6 digits), 密级 (★ and period), 紧急程度.
  for (; p < Math.min(units.length, 3); p++) {
    const t = (units[p] as SourceLine).text.trim();
    const secret = CLASSIFICATION.exec(t);
    const urgency = URGENCY_LEVELS.find((level) => level === t);
    if (/^\d{6}$/u.test(t)) frame.extra.copyNumber = t;
    else if (secret) {
      frame.extra.classification = {
        level: secret[1] as Classification['level'],
        ...(secret[2] ? { period: secret[2] } : {}),
      };
    } else if (urgency) frame.extra.urgency = urgency;
    else break;
  }
  const head = headPastIntro(units, skip, p);
  frame.titleLines = head.titleLines;
  if (head.docNumber) frame.docNumber = head.docNumber;
  if (head.fullTitle) frame.fullTitle = head.fullTitle;
  if (head.issuerMark) frame.issuerMark = head.issuerMark;
  if (head.issuerLine) frame.issuerLine = head.issuerLine;
  if (head.signerLine) frame.signerLine = head.signerLine;
  if (head.numberLine) frame.numberLine = head.numberLine;
  // The date printed with the number under the title; a signature's date wins.
  if (head.writtenDate) frame.writtenDate = head.writtenDate;
  frame.chrome = head.chrome;
  return head.bodyAt;
}
