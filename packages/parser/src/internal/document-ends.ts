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
    let k = filledAbove(lines, line.index);
    let signatures = 0;
    while (k >= 0 && signatures < SIGNATURE_LINES && signatureOfLine((lines[k] as SourceLine).text) !== undefined) {
      signatures++;
      k = filledAbove(lines, k);
    }
    // Contact lines under the body (联系人：…, 联系电话：…).
    for (let n = 0; k >= 0 && n < CONTACT_LINES && CONTACT.test((lines[k] as SourceLine).text.trim()); n++)
      k = filledAbove(lines, k);
    if (signatures === 0 || k < 0) continue;
    let body = endsBody((lines[k] as SourceLine).text) ? k : -1;
    // A 附件说明 between the body and the signature: the line above it ends the body.
    for (let l = k, n = 0; body === -1 && l >= 0 && n < LIST_LINES; l = filledAbove(lines, l), n++) {
      const at = lines[l] as SourceLine;
      if (opensAttachmentList(at) || isBareAttachmentLabel(at)) {
        const before = filledAbove(lines, l);
        if (before >= 0 && endsBody((lines[before] as SourceLine).text)) {
          body = before;
          lists[line.index] = l + 1;
        }
        break;
      }
    }
    if (body >= 0) ends[line.index] = body + 1;
  }
  return { ends, lists };
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
