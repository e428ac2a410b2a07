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

/**
 * An attachment label line printed above an attachment: `附件`, `附件1`, `附件 2`, or `附件1：标题`
 * (with its number before any colon). Returns the number (undefined for a bare 附件) and any title
 * on the same line, or undefined when the line is not a label.
 */
export function attachmentLabelOf(line: SourceLine): { number?: number; title?: string; label: string } | undefined {
  if (line.kind === 'table-row') return undefined;
  const m = /^附\s*件\s*(\d{1,3})?\s*(?:[:：]\s*(.*)|\s+(\D.*))?$/u.exec(line.text);
  if (!m) return undefined;
  const number = m[1] === undefined ? undefined : Number(m[1]);
  const title = (m[2] ?? m[3])?.trim();
  // 附件：… with a colon right after 附件 is a 附件说明 list, not a label.
  if (number === undefined && title !== undefined && title !== '') return undefined;
  const label = line.text.replace(/[:：].*$/u, '').trim();
  return {
    ...(number !== undefined ? { number } : {}),
    ...(title ? { title: removeCjkSpaces(title) } : {}),
    label,
  };
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
  const rest = first.text.replace(LIST_START, '');
  let at = from + 1;
  // 附件： alone on its line, the numbered items below it.
  const firstItem = ITEM.exec(rest) ?? (rest.trim() === '' ? null : undefined);
  if (firstItem === null) {
    let i = from + 1;
    while (i < lines.length && (lines[i] as SourceLine).kind === 'blank') i++;
    const m = lines[i] ? ITEM.exec((lines[i] as SourceLine).text) : null;
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
