/**
 * Finding the validity clause of a text (本办法自2024年6月1日起施行，有效期5年) by a scan instead of
 * one regular expression: `本…[^。；;]*?自…起施行` tried at every 本 re-reads the rest of the
 * sentence each time (quadratic on a long sentence full of 本). Here every character is looked at a
 * bounded number of times; only the subject at a 本 is read with a (bounded, sticky) pattern.
 */
import { isSpaceCode } from './space.js';

/** The nouns a clause names its text by (本办法, 本实施方案 …). */
const NOUNS =
  '(?:办法|细则|方案|规定|意见|通知|决定|规则|制度|规划|条例|措施|计划|标准|指引|指南|实施意见|实施方案|命令|令|公告|通告)';
/** The subject at a 本 (sticky, at most 18 characters): 本, up to ten Han characters, a noun, in 《》 or not (本《通告》). */
const SUBJECT = new RegExp(`本《?[\\p{Script=Han}]{0,10}?${NOUNS}》?`, 'uy');
/** The verb after 起 (sticky): 施行, 执行, 实施 or 生效, after any spaces. */
const VERB = /\s*(?:施行|执行|实施|生效)/y;
/** An undated clause at a 本 (sticky, bounded): 本方案实施时间, 本办法的有效期限 …. */
const UNDATED = new RegExp(
  `本《?[\\p{Script=Han}]{0,10}?${NOUNS}》?的?(?:实施|施行|执行|有效)(?:时间|日期|期限)`,
  'uy',
);

/** A clause found in a text: where it is, and its parts. */
export interface ClauseMatch {
  /** Offset of the clause (its 本) in the text. */
  index: number;
  /** The clause: from 本 to the full stop (excluded). */
  text: string;
  /** What stands between 自 and 起 (a date, 公布之日 …), trimmed. */
  when: string;
  /** The rest of the clause after the verb, to the full stop (有效期5年 …). */
  rest: string;
}

const isStop = (c: number) => c === 0x3002 /* 。 */ || c === 0xff1b /* ； */ || c === 0x3b; /* ; */
const BEN = 0x672c; /* 本 */
const ZI = 0x81ea; /* 自 */
const QI = 0x8d77; /* 起 */

/** The end of the clause's subject when a valid one starts at `at` (a 本), else -1. */
function subjectEnd(text: string, at: number): number {
  SUBJECT.lastIndex = at;
  return SUBJECT.test(text) ? SUBJECT.lastIndex : -1;
}

/** The end of the full clause's text (the next 。, or the end). */
function sentenceEnd(text: string, from: number): number {
  const stop = text.indexOf('。', from);
  return stop === -1 ? text.length : stop;
}

/**
 * The dated validity clause of a text, as `本<subject>[^。；;]*?自\s*([^。；;起]{1,30}?)\s*起\s*<verb>([^。]*)`
 * would find it: in the first sentence part (cut at 。；;) that has a subject, the first 自 after it
 * whose 起 follows within 30 characters (spaces around excluded) with a verb.
 */
export function findClause(text: string): ClauseMatch | undefined {
  const n = text.length;
  let subject = -1; // the earliest subject of the current sentence part
  let afterSubject = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isStop(c)) {
      subject = -1;
      i++;
      continue;
    }
    if (subject === -1) {
      if (c === BEN) {
        const end = subjectEnd(text, i);
        if (end !== -1) {
          subject = i;
          afterSubject = end;
          i = end;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c !== ZI || i < afterSubject) {
      i++;
      continue;
    }
    // A 自: the date runs to the next 起 of the sentence part, which may be followed by the verb.
    let q = i + 1;
    let lastZi = i;
    while (q < n) {
      const d = text.charCodeAt(q);
      if (d === QI || isStop(d)) break;
      if (d === ZI) lastZi = q;
      q++;
    }
    if (q >= n || text.charCodeAt(q) !== QI) {
      i = q; // a stop or the end: no 起 for any 自 before it
      continue;
    }
    VERB.lastIndex = q + 1;
    const verb = VERB.test(text);
    if (verb) {
      // The first 自 between i and lastZi whose date (spaces trimmed) is 1–30 characters long.
      let to = q;
      while (to > i + 1 && isSpaceCode(text.charCodeAt(to - 1))) to--;
      for (let z = i; z <= lastZi; z++) {
        if (text.charCodeAt(z) !== ZI) continue;
        let from = z + 1;
        while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
        const length = to - from;
        if (length > 30) continue;
        if (length === 0 && q === z + 1) continue; // 自起: nothing between
        const end = sentenceEnd(text, VERB.lastIndex);
        return {
          index: subject,
          text: text.slice(subject, end),
          when: text.slice(from, to),
          rest: text.slice(VERB.lastIndex, end),
        };
      }
    }
    // No 自 before this 起 completes a clause: go on after it.
    i = q + 1;
  }
  return undefined;
}

/** The undated validity clause of a text (本方案实施时间与…一致), to the full stop: its offset and text. */
export function findUndatedClause(text: string): { index: number; text: string } | undefined {
  for (let at = text.indexOf('本'); at !== -1; at = text.indexOf('本', at + 1)) {
    UNDATED.lastIndex = at;
    if (UNDATED.test(text)) return { index: at, text: text.slice(at, sentenceEnd(text, UNDATED.lastIndex)) };
  }
  return undefined;
}
