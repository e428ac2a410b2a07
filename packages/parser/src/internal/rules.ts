/**
 * Small rules about the text of official documents, shared by the stages of the parser.
 */
import { FREQUENCIES } from '@gongbao/core';
import { type IsoDate, parseChineseDate, parseDocumentNumber, toAsciiDigits } from '@gongbao/utils';
import { SPACE_RUN } from './space.js';

/**
 * Characters that end a paragraph: sentence ends, a colon that opens a list, closing brackets — and a
 * closing quote only after a sentence end (`。”`): `开展“换新+回收”` then a page break goes on.
 */
const PARAGRAPH_END = /(?:[。！？!?；;：:…）)」』】〕》]|[。！？!?；;…]”)$/u;
/** Characters after which a sentence obviously goes on. */
const MID_SENTENCE = /[，,、“‘《（(—-]$/u;

/**
 * Whether a paragraph's text ends where a paragraph may end. Reads the last two characters only
 * (all the pattern can match), so the cost does not grow with the text.
 */
export function endsParagraph(text: string): boolean {
  return PARAGRAPH_END.test(text.slice(-2));
}

/** Whether a text ends in the middle of a sentence (a comma, an opening quote …); reads its last character. */
export function endsMidSentence(text: string): boolean {
  return MID_SENTENCE.test(text.slice(-1));
}

/** The number of Han characters, letters and digits in a text (what a reader counts as its length). */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Whitespace does not count; a surrogate pair counts once.
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n++;
  }
  return n;
}

/** The text with every whitespace character removed, for comparisons that ignore layout. */
export function compact(text: string): string {
  return text.replace(SPACE_RUN, '');
}

/** The text with whitespace removed and brackets unified, for comparing titles. */
export function titleKey(text: string): string {
  return compact(text)
    .replace(/[（]/gu, '(')
    .replace(/[）]/gu, ')')
    .replace(/[—–－]/gu, '-')
    .replace(/[“”"]/gu, '"');
}

/** A whole line that reads as a date: 年, 月 and 日 after digits or Chinese numerals. */
const DATE_LINE =
  /^[\s\d〇零○OoＯ一二三四五六七八九十]+年[\s\d〇零○OoＯ一二三四五六七八九十]+月[\s\d〇零○OoＯ一二三四五六七八九十]+日$/u;

/**
 * Whether the whole text looks like a date line, even one naming no real day (2024年2月30日).
 * Full-width digits (２０２４年５月６日) count as digits, as they do for `parseChineseDate`.
 */
export function looksLikeDateLine(text: string): boolean {
  // Its last character is 日: checked first, so that most lines are not copied (toAsciiDigits).
  return text.length <= 24 && text.charCodeAt(text.length - 1) === 0x65e5 && DATE_LINE.test(toAsciiDigits(text));
}

/** The whole text as a date (成文日期 line), or undefined. */
export function dateOfLine(text: string): IsoDate | undefined {
  if (!looksLikeDateLine(text)) return undefined;
  try {
    return parseChineseDate(zeroAsNumeral(text));
  } catch {
    return undefined;
  }
}

/** Han numerals of a date, the zeros among them typed as digits or letters: 二0一九年 → 二〇一九年. */
const TYPED_ZERO = /(?<=[〇零○一二三四五六七八九十])[0０OoＯ]|[0０OoＯ](?=[〇零○一二三四五六七八九十])/gu;

/** A date written in Han numerals whose zeros are typed as digits (二0一九年一月八日) reads as with 〇. */
function zeroAsNumeral(text: string): string {
  return /[一二三四五六七八九十]/u.test(text) ? text.replace(TYPED_ZERO, '〇') : text;
}

/** A 发文字号's last character, spaces after it allowed. */
const NUMBER_END = /号\s*$/u;

/** The whole text as a 发文字号, or undefined. */
export function documentNumberOfLine(text: string): ReturnType<typeof parseDocumentNumber> | undefined {
  if (text.length > 40 || !NUMBER_END.test(text)) return undefined;
  try {
    return parseDocumentNumber(text);
  } catch {
    return undefined;
  }
}

/** Reads a 附注 line `（此件公开发布）`: its text without brackets, or undefined. */
export function noteOfLine(text: string): string | undefined {
  const m = /^[（(]([^（()）]{1,80})[）)]$/u.exec(text.trim());
  return m ? (m[1] as string).trim() : undefined;
}

/** A whole line naming one of core's frequencies of publication, with or without brackets. */
const FREQUENCY_LINE = new RegExp(`^[（(]?\\s*(${FREQUENCIES.join('|')})\\s*[）)]?$`, 'u');

/** Whether a line names a frequency of publication (双月刊 …), with or without brackets. */
export function frequencyOfLine(text: string): string | undefined {
  const m = FREQUENCY_LINE.exec(text.trim());
  return m ? (m[1] as string) : undefined;
}
