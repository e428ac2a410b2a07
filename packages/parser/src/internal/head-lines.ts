/**
 * The forms of the lines of a document's head (GB/T 9704-2012 §7.2) and of the first line of its
 * body, as both head readers see them — the one that reads a document's head backwards from its
 * body (head.ts) and the one that finds the heads of the documents of a text (heads.ts): a 发文字号
 * (in brackets with its date, at the end of a title line), a 令's header and its `第N号`, a line
 * that ends a title, the 发文机关标志, running text. These run on many lines: their patterns are
 * module constants (a literal in a function is a new object on every call), and a line is copied
 * (compacted) only when its last character allows the form.
 */
import {
  documentTypeFromTitle,
  ENCLOSED_TEXT_TYPES,
  enclosedTextTypeFromTitle,
  OFFICIAL_DOCUMENT_TYPES,
} from '@gongbao/core';
import { type DocumentNumber, findDocumentNumbers, type IsoDate, parseDocumentNumber } from '@gongbao/utils';
import { isChromeLine } from './furniture.js';
import { markerOfLine } from './paragraphs.js';
import { compact, dateOfLine, documentNumberOfLine, visibleLength } from './rules.js';
import type { SourceLine } from './scan.js';
import { isOrganizationName, signatureOfLine } from './signature.js';
import { lastVisibleCode } from './space.js';

/** Sentence punctuation: a line with it inside is running text, not a head line. */
export const SENTENCE = /[。；！？!?]/u;
/** Clause punctuation: a long line with it is running text. */
const CLAUSE = /[，,。；]/u;
/** A bracketed number and date line (`（国检监〔1989〕565号 一九八九年十月十六日）`): what is inside. */
const NUMBER_AND_DATE = /^[（(]([^（）()]{6,60})[）)]$/u;
const PART_SEPARATOR = /[\s，,]+/u;
/** A 令's or a numbered 公告's header, compacted. */
const ORDER_HEADER = /^[\p{Script=Han}（）()]{2,40}(?:令|公告)$/u;
/** A 令's serial line, compacted: 第238号, 〔2024〕第3号, （2024）第3号, 2024年第3号. */
const ORDER_SERIAL = /^(?:[〔[（(]([0-9０-９]{4})[〕\]）)]|([0-9０-９]{4})年)?第([0-9０-９]+)号$/u;
/** A qualifier in brackets at the end of a title: (试行), （2024年修订）. */
const TITLE_QUALIFIER = /[（(][^（）()]{1,14}[）)]$/u;
/** A serial after a document type in a page heading: 会议纪要一, 通知（二）, 范文3. */
const SERIAL = /(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,3}|[（(][一二三四五六七八九十0-9]{1,3}[）)])$/u;
/** A 发文字号 (or the bracket around one) at the end of a line. */
const NUMBER_AT_END = /号[）)]?$/u;
const OPENING = /[\s（(]/u;
/** Words that only the lines under them continue above a title that starts with 关于. */
const PUBLISHES = /(?:印发|转发)$/u;

/** The index of the first colon (`:` or `：`) among a text's first `reach` characters, or -1: read by index, no pattern per line. */
export function firstColon(text: string, reach = text.length): number {
  const to = Math.min(text.length, reach);
  for (let i = 0; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a /* : */ || c === 0xff1a /* ： */) return i;
  }
  return -1;
}

/** Whether a code is a sentence's end: 。；！？!? */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

/** Whether a line is running text: a sentence, or a long line with clause punctuation. */
export function isBodyLine(line: SourceLine): boolean {
  if (line.kind === 'table-row') return false;
  const t = line.text;
  // The cheap forms first, page furniture last: most lines are neither running text nor furniture.
  return isRunningText(line, t) && !isChromeLine(t);
}

/** isBodyLine without the furniture test. */
function isRunningText(line: SourceLine, t: string): boolean {
  // An outline marker (第一章, 第一条, 一、) starts the body of a text without addressees.
  const marker = markerOfLine(line);
  if (marker !== undefined && marker.kind !== 'arabic' && marker.kind !== 'parenthesized-arabic') return true;
  const n = t.length;
  const last = n > 0 ? t.charCodeAt(n - 1) : -1;
  // A sentence's end, a closing quote after it allowed (…。”).
  if (isSentenceEnd(last) || (last === 0x201d /* ” */ && n > 1 && isSentenceEnd(t.charCodeAt(n - 2)))) return true;
  // A sentence that opens what follows (…研究了有关事项。现纪要如下：).
  if ((last === 0xff1a || last === 0x3a) && CLAUSE.test(t) && visibleLength(t) > 10) return true;
  return visibleLength(t) > 60 && CLAUSE.test(t);
}

/**
 * A line in brackets under a title with its 发文字号 and its date, or one of them, as gazettes and
 * law sites print them: `（国检监〔1989〕565号 一九八九年十月十六日）`, `(1989年10月16日)`.
 */
export function numberAndDateOf(text: string): { number?: DocumentNumber; date?: IsoDate } | undefined {
  const end = lastVisibleCode(text);
  if (end !== 0xff09 /* ） */ && end !== 0x29 /* ) */) return undefined;
  const inside = NUMBER_AND_DATE.exec(text.trim())?.[1];
  if (inside === undefined) return undefined;
  const parts = inside.split(PART_SEPARATOR).filter((part) => part !== '');
  if (parts.length === 0 || parts.length > 2) return undefined;
  const out: { number?: DocumentNumber; date?: IsoDate } = {};
  for (const part of parts) {
    const number = out.number ? undefined : documentNumberOfLine(part);
    const date = number || out.date ? undefined : dateOfLine(part);
    if (number) out.number = number;
    else if (date) out.date = date;
    else return undefined;
  }
  return out;
}

/** A whole line that is a 令's (or numbered 公告's) header: `XX人民政府令`, `…常务委员会公告`. */
export function isOrderHeader(text: string): boolean {
  // It ends with 令 or 公告 (spaces after allowed): checked before the line is compacted (copied).
  const end = lastVisibleCode(text);
  if (end !== 0x4ee4 /* 令 */ && end !== 0x544a /* 告 */) return false;
  const t = compact(text);
  return ORDER_HEADER.test(t) && !t.includes('关于');
}

/**
 * The serial line under an order's or a 公告's header: `第238号`, or with its year `〔2024〕第3号`,
 * `（2024）第3号`, `2024年第3号` — the number as `〔2024〕第3号` (or `第238号`).
 */
function orderSerial(text: string): string | undefined {
  if (lastVisibleCode(text) !== 0x53f7 /* 号 */) return undefined; // before the line is compacted
  const m = ORDER_SERIAL.exec(compact(text));
  if (!m) return undefined;
  const year = m[1] ?? m[2];
  return `${year === undefined ? '' : `〔${year}〕`}第${m[3] as string}号`;
}

/**
 * The number of a 令 (or a 公告) written on two lines, its header (`中华人民共和国国务院令`) and
 * `第238号` (or `〔2024〕第3号`) under it; `raw` keeps both lines as written when they read to the
 * same number (DocumentNumberSchema checks), else (`2024年第3号`) it is the number as read.
 * Undefined when the lines are not those of a 令 or 公告.
 */
export function orderNumberOf(header: string, serialLine: string): DocumentNumber | undefined {
  const serial = orderSerial(serialLine);
  if (serial === undefined || !isOrderHeader(header)) return undefined;
  const read = `${compact(header)}${serial}`;
  const written = `${header.trim()} ${serialLine.trim()}`;
  let number: DocumentNumber;
  try {
    number = parseDocumentNumber(read);
  } catch {
    return undefined;
  }
  try {
    number.raw = parseDocumentNumber(written).canonical === number.canonical ? written : read;
  } catch {
    number.raw = read;
  }
  return number;
}

/** Whether units[k] ends the head of an order: `第N号` under its header, or a whole order number. */
export function isOrderNumberLine(units: readonly SourceLine[], k: number): boolean {
  const t = (units[k] as SourceLine).text;
  // Both forms end with 号: most lines are not looked at further.
  if (lastVisibleCode(t) !== 0x53f7 /* 号 */) return false;
  if (orderSerial(t) !== undefined) {
    const header = units[k - 1];
    return header !== undefined && isOrderHeader(header.text);
  }
  const number = documentNumberOfLine(t);
  return number?.agency.endsWith('令') === true;
}

/** Whether an order's agency names its issuer (东莞市人民政府令), so that it is the order's title. */
export function namesIssuer(agency: string): boolean {
  return isOrderHeader(agency) && compact(agency).length >= 5;
}

/**
 * The last characters a title can end with: those of the document types and of the enclosed texts,
 * 令, a qualifier's bracket ((试行)), the 况 of 及采纳情况 — what core's type readers strip or match.
 */
const TITLE_LAST = new Set(
  [...OFFICIAL_DOCUMENT_TYPES, ...ENCLOSED_TEXT_TYPES, '令', ')', '）', '况'].map((word) =>
    word.charCodeAt(word.length - 1),
  ),
);

/** Whether a line can end a title: it names a document type or an enclosed text (办法, 规定 …). */
export function endsTitle(text: string): boolean {
  // Its last character first: most lines end with none of these, and are not copied (compacted).
  if (!TITLE_LAST.has(lastVisibleCode(text))) return false;
  const t = compact(text).replace(TITLE_QUALIFIER, '');
  return documentTypeFromTitle(t) !== undefined || enclosedTextTypeFromTitle(t) !== undefined;
}

/**
 * A page's heading over one of several documents: a document type and a serial (会议纪要一,
 * 通知（二）, 范文3) — not a line of the title under it.
 */
export function isSerialHeading(text: string): boolean {
  const t = compact(text);
  const bare = t.replace(SERIAL, '');
  return bare.length < t.length && bare.length >= 2 && endsTitle(bare);
}

/** 发文机关标志: `XX文件` above the number (the red header). */
export function issuerMarkOf(text: string): string | undefined {
  const t = compact(text);
  if (!t.endsWith('文件') || t.length > 42) return undefined;
  const name = t.slice(0, -2);
  return isOrganizationName(name) ? name : undefined;
}

/** A 发文字号 at the end of a title line (`…的通知 岳办发〔2017〕2号`, `…的通知(岳办发〔2017〕2号)`): the title part and the number. */
export function numberAtEnd(text: string): { title: string; number: DocumentNumber } | undefined {
  const t = text.trim();
  if (t.length > 200 || !NUMBER_AT_END.test(t)) return undefined;
  const found = findDocumentNumbers(t);
  const last = found[found.length - 1];
  if (!last || last.start < 6) return undefined;
  const tail = t.slice(last.end);
  if (tail !== '' && tail !== '）' && tail !== ')') return undefined;
  let end = last.start;
  while (end > 0 && OPENING.test(t[end - 1] as string)) end--;
  return { title: compact(t.slice(0, end)), number: last.value };
}

/**
 * Whether a line may stand above title lines that start with 关于: only the issuer(s) (a
 * signature's form) or a line that ends with 印发/转发 (…联合印发 / 关于…的通知).
 */
export function mayStandAboveAbout(text: string): boolean {
  return signatureOfLine(text) !== undefined || PUBLISHES.test(compact(text));
}
