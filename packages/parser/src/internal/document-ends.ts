/**
 * Where the documents of a text end (GB/T 9704-2012 §7.3): a 成文日期 line under one to three
 * signature lines, under the last line of the body — a sentence, a closing formula (特此通告) or a
 * 附件说明 — and the 附注 in brackets after the date.
 */
import { isBareAttachmentLabel, opensAttachmentList } from './attachment-list.js';
import { compact, looksLikeDateLine, noteOfLine } from './rules.js';
import type { SourceLine } from './scan.js';
import { signatureOfLine } from './signature.js';
import { lastVisibleCode } from './space.js';

/** The end of a sentence, a closing quote or bracket after it allowed (。” ！) …). */
const SENTENCE_END = /[。；！？!?][”’」』）)"']?$/u;
/** A closing formula on its own line, its stop often left out: 特此通告, 特此公告！ */
const CLOSING_FORMULA = /^特此\p{Script=Han}{1,4}[。！!]?$/u;
/** A contact line a notice prints under its body: 联系人：…, 联系电话：…. */
const CONTACT =
  /^(?:联系人|联系电话|联系方式|咨询电话|监督电话|举报电话|电话|传真|地址|通讯地址|邮编|邮政编码|电子邮箱|邮箱)\s*[:：]/u;
/** The most contact lines between the body and the signature. */
const CONTACT_LINES = 4;
/** The most signature lines (joint issuance) between the body and the date. */
const SIGNATURE_LINES = 3;
/** How many lines of a 附件说明 (its items, wrapped titles) may stand between the body and the signature. */
const LIST_LINES = 8;

/** Whether a line is a closing formula (特此通告, 特此公告！): the end of a 公文's own body. */
export function isClosingFormula(text: string): boolean {
  return CLOSING_FORMULA.test(compact(text.trim()));
}

/** Whether a line is the last line of a document's body: a sentence or a closing formula. */
function endsBody(text: string): boolean {
  const t = text.trim();
  return SENTENCE_END.test(t) || CLOSING_FORMULA.test(compact(t));
}

/** The ends of the documents of some lines, per line (see {@link documentEnds}). */
export interface DocumentEnds {
  /** At a 成文日期 that ends a document: the index of the body's last line plus one; else 0. */
  ends: Int32Array;
  /** At such a 成文日期 when a 附件说明 stands between the body and the signature: its first line's index plus one; else 0. */
  lists: Int32Array;
}

/**
 * The ends of the documents of some lines: for each line that is the 成文日期 of a document's
 * end — a date line under one to three signature lines (and contact lines), under a line that ends
 * the body (or a 附件说明 that does). Looks at a bounded number of lines per date line: linear.
 */
export function documentEnds(lines: readonly SourceLine[]): DocumentEnds {
  const ends = new Int32Array(lines.length);
  const lists = new Int32Array(lines.length);
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'table-row' || lastVisibleCode(line.text) !== 0x65e5 /* 日 */) continue;
    if (!looksLikeDateLine(line.text.trim())) continue;
    const end = endAbove(lines, line.index);
    if (end === undefined) continue;
    ends[line.index] = end.body;
    lists[line.index] = end.list;
  }
  return { ends, lists };
}

/**
 * Whether the lines above line `date` (a 成文日期, or a line that starts with one) end a document:
 * one to three signature lines (and contact lines) under a line that ends the body, or under a
 * 附件说明 that does. Returns the index of the body's last line plus one and that of the
 * 附件说明's first line plus one (0: none), or undefined. Looks at a bounded number of lines.
 */
export function endAbove(lines: readonly SourceLine[], date: number): { body: number; list: number } | undefined {
  let k = filledAbove(lines, date);
  let signatures = 0;
  while (k >= 0 && signatures < SIGNATURE_LINES && signatureOfLine((lines[k] as SourceLine).text) !== undefined) {
    signatures++;
    k = filledAbove(lines, k);
  }
  // Contact lines under the body (联系人：…, 联系电话：…).
  for (let n = 0; k >= 0 && n < CONTACT_LINES && CONTACT.test((lines[k] as SourceLine).text.trim()); n++)
    k = filledAbove(lines, k);
  if (signatures === 0 || k < 0) return undefined;
  if (endsBody((lines[k] as SourceLine).text)) return { body: k + 1, list: 0 };
  // A 附件说明 between the body and the signature: the line above it ends the body.
  for (let l = k, n = 0; l >= 0 && n < LIST_LINES; l = filledAbove(lines, l), n++) {
    const at = lines[l] as SourceLine;
    if (opensAttachmentList(at) || isBareAttachmentLabel(at)) {
      const before = filledAbove(lines, l);
      return before >= 0 && endsBody((lines[before] as SourceLine).text)
        ? { body: before + 1, list: l + 1 }
        : undefined;
    }
  }
  return undefined;
}

/** The index of the filled line above line `i`, or -1 (a run of blank lines is one line: see scanLines). */
export function filledAbove(lines: readonly SourceLine[], i: number): number {
  let k = i - 1;
  while (k >= 0 && (lines[k] as SourceLine).kind === 'blank') k--;
  return k;
}

/** The last line of the end at date line `date`: its 附注 when one follows (next filled line), else the date. */
export function endBlockLast(lines: readonly SourceLine[], date: number): number {
  for (let i = date + 1; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind === 'blank') continue;
    return noteOfLine(line.text) !== undefined ? i : date;
  }
  return date;
}
