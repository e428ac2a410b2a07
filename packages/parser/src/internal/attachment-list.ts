import { removeCjkSpaces } from '@gongbao/utils';
import type { ParseContext, Range } from './context.js';
import { looksLikeDateLine, visibleLength } from './rules.js';
import type { SourceLine } from './scan.js';
import { signatureOfLine } from './signature.js';

/** One item of a 附件说明 list: `附件：1. 标题`. */
export interface ListedAttachment {
  number?: number;
  title: string;
  source: Range;
}

const LIST_START = /^附\s*件\s*[:：]\s*/u;
const ITEM = /^(\d{1,3})\s*[.．、]\s*/u;

/** Whether a line opens a 附件说明 list (`附件：…`, colon right after 附件). */
export function opensAttachmentList(line: SourceLine): boolean {
  return line.kind !== 'table-row' && LIST_START.test(line.text);
}

const BARE = /^附\s*件$/u;

/**
 * Whether a line is the label `附件` alone, without its colon: above the signature, it opens the
 * 附件说明 (a web copy that lost the colon: `附件` / `2020年资金分配表` / signature).
 */
export function isBareAttachmentLabel(line: SourceLine): boolean {
  return line.kind !== 'table-row' && BARE.test(line.text.trim());
}

/**
 * An attachment label line printed above an attachment: `附件`, `附件1`, `附件 2`, or `附件1：标题`
 * (with its number before any colon). Returns the number (undefined for a bare 附件) and any title
 * on the same line, or undefined when the line is not a label.
 */
export function attachmentLabelOf(line: SourceLine): { number?: number; title?: string; label: string } | undefined {
  if (line.kind === 'table-row') return undefined;
  const label = readLabel(line.text);
  if (!label) return undefined;
  const { number, title } = label;
  // 附件：… with a colon right after 附件 is a 附件说明 list, not a label.
  if (number === undefined && title !== undefined && title !== '') return undefined;
  const colon = firstColon(line.text);
  return {
    ...(number !== undefined ? { number } : {}),
    ...(title ? { title: removeCjkSpaces(title) } : {}),
    label: (colon === -1 ? line.text : line.text.slice(0, colon)).trim(),
  };
}

const LABEL_START = /^附\s*件/u;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isColon = (c: number) => c === 0x3a || c === 0xff1a;

function firstColon(text: string): number {
  const a = text.indexOf(':');
  const b = text.indexOf('：');
  return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/u.test(text.charAt(i))) i++;
  return i;
}

/**
 * Reads `附件`, `附件1`, `附件 2`, `附件1：标题`, `附件1 标题` as `/^附\s*件\s*(\d{1,3})?\s*(?:[:：]\s*(.*)|\s+(\D.*))?$/`
 * would for {@link attachmentLabelOf}, by a scan (the pattern's adjacent whitespace runs are
 * polynomial): the number, and the title (untrimmed) after a colon or after spaces. Where the
 * pattern would read a title without a number (a list, not a label), this may read nothing.
 */
export function readLabel(text: string): { number?: number; title?: string } | undefined {
  const start = LABEL_START.exec(text);
  if (!start) return undefined;
  let i = skipSpaces(text, start[0].length);
  let k = i;
  while (k < text.length && k - i < 3 && isDigit(text.charCodeAt(k))) k++;
  // Four digits or more are no number: then only the spaces after 件 can start a title.
  if (k === i || (k < text.length && isDigit(text.charCodeAt(k)))) k = i = start[0].length;
  const number = k > i ? Number(text.slice(i, k)) : undefined;
  i = k;
  const j = skipSpaces(text, i);
  const out = number !== undefined ? { number } : {};
  if (j === text.length) return out;
  if (isColon(text.charCodeAt(j))) return { ...out, title: text.slice(j + 1) };
  // After spaces, a title that does not start with a digit (with two spaces or more, any).
  if (j > i && (j - i >= 2 || !isDigit(text.charCodeAt(j)))) return { ...out, title: text.slice(j) };
  return undefined;
}

/** A line that can be the title of a listed attachment: short, no sentence, no date, no signature. */
function isListedTitle(line: SourceLine): boolean {
  const t = line.text;
  return (
    line.kind === 'text' &&
    visibleLength(t) <= 80 &&
    !/[。；：:，,]/u.test(t) &&
    !looksLikeDateLine(t) &&
    signatureOfLine(t) === undefined &&
    !/^附\s*件/u.test(t)
  );
}

/**
 * Reads a 附件说明 list: the line that opens it and the lines after it that continue the
 * numbering (`2. …`, `3. …`). Returns the items and how many lines were used.
 */
export function readAttachmentList(
  ctx: ParseContext,
  lines: readonly SourceLine[],
  from: number,
): { items: ListedAttachment[]; used: number } {
  const items: ListedAttachment[] = [];
  const first = lines[from] as SourceLine;
  const push = (text: string, range: Range, number?: number) => {
    const title = removeCjkSpaces(text.trim());
    if (title !== '') items.push({ ...(number !== undefined ? { number } : {}), title, source: range });
  };
  /** A title cut by the line end (a full printed line) goes on in a short next line. */
  const wrapped = (text: string, at: number): SourceLine | undefined => {
    const next = lines[at];
    if (next?.kind !== 'text' || visibleLength(text) < 15 || visibleLength(next.text) > 30) return undefined;
    const t = next.text;
    if (ITEM.test(t) || /^附\s*件/u.test(t) || looksLikeDateLine(t) || signatureOfLine(t) || /[。；：:]$/u.test(t))
      return undefined;
    return next;
  };
  const rest = isBareAttachmentLabel(first) ? '' : first.text.replace(LIST_START, '');
  let at = from + 1;
  // 附件： alone on its line, the numbered items below it.
  const firstItem = ITEM.exec(rest) ?? (rest.trim() === '' ? null : undefined);
  if (firstItem === null) {
    let i = from + 1;
    while (i < lines.length && (lines[i] as SourceLine).kind === 'blank') i++;
    const next = lines[i];
    const m = next ? ITEM.exec(next.text) : null;
    // One attachment without a number, the last line before the signature (lines end there).
    if (!m && next && i === lines.length - 1 && isListedTitle(next)) {
      push(next.text, ctx.linesRange(next));
      return { items, used: i - from + 1 };
    }
    if (!m || Number(m[1]) !== 1) return { items, used: 1 };
    at = i;
  } else if (firstItem) push(rest.slice(firstItem[0].length), ctx.linesRange(first), Number(firstItem[1]));
  else {
    const more = wrapped(rest, from + 1);
    push(more ? rest + more.text : rest, ctx.linesRange(first, more ?? first));
    return { items, used: more ? 2 : 1 };
  }
  let used = at - from;
  for (let i = at; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind === 'blank') continue;
    const m = ITEM.exec(line.text);
    if (!m || line.kind === 'table-row' || Number(m[1]) !== (items[items.length - 1]?.number ?? 0) + 1) break;
    const text = line.text.slice(m[0].length);
    const more = wrapped(text, i + 1);
    push(more ? text + more.text : text, ctx.linesRange(line, more ?? line), Number(m[1]));
    if (more) i++;
    used = i - from + 1;
  }
  return { items, used };
}
