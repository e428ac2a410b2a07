/**
 * Small rules about the text of official documents, shared by the stages of the parser.
 */
import { FREQUENCIES } from '@gongbao/core';
import { type IsoDate, parseChineseDate, parseDocumentNumber, toAsciiDigits } from '@gongbao/utils';

/**
 * Characters that end a paragraph: sentence ends, a colon that opens a list, closing brackets — and a
 * closing quote only after a sentence end (`。”`): `开展“换新+回收”` then a page break goes on.
 */
const PARAGRAPH_END = /(?:[。！？!?；;：:…）)」』】〕》]|[。！？!?；;…]”)$/u;
/** Characters after which a sentence obviously goes on. */
const MID_SENTENCE = /[，,、“‘《（(—-]$/u;

/** Whether a paragraph's text ends where a paragraph may end. */
export function endsParagraph(text: string): boolean {
  return PARAGRAPH_END.test(text);
}

/** Whether a text ends in the middle of a sentence (a comma, an opening quote …). */
export function endsMidSentence(text: string): boolean {
  return MID_SENTENCE.test(text);
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
  return text.replace(/\s+/gu, '');
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
  /^[\s\d〇零○一二三四五六七八九十]+年[\s\d〇零一二三四五六七八九十]+月[\s\d〇零一二三四五六七八九十]+日$/u;

/**
 * Whether the whole text looks like a date line, even one naming no real day (2024年2月30日).
 * Full-width digits (２０２４年５月６日) count as digits, as they do for `parseChineseDate`.
 */
export function looksLikeDateLine(text: string): boolean {
  return text.length <= 24 && DATE_LINE.test(toAsciiDigits(text));
}

/** The whole text as a date (成文日期 line), or undefined. */
export function dateOfLine(text: string): IsoDate | undefined {
  if (!looksLikeDateLine(text)) return undefined;
  try {
    return parseChineseDate(text);
  } catch {
    return undefined;
  }
}

/** The whole text as a 发文字号, or undefined. */
export function documentNumberOfLine(text: string): ReturnType<typeof parseDocumentNumber> | undefined {
  if (text.length > 40 || !/号\s*$/u.test(text)) return undefined;
  try {
    return parseDocumentNumber(text);
  } catch {
    return undefined;
  }
}

const ORG_SUFFIX =
  /(?:人民政府|政府|办公室|办公厅|委员会|管委会|管理委员会|局|厅|部|院|署|委|办|处|科|室|所|站|队|社|行|司|公司|集团|中心|小组|协会|学会|联合会|总会|商会|大学|学院|学校|医院|法院|检察院|监察委员会|人大常委会|常委会|党委|党组|组|会)$/u;
const PERSON_SIGNATURE =
  /^([\p{Script=Han}]{1,12}?(?:长|主任|书记|主席|总理|委员|代表|负责人))[\s\u3000]+([\p{Script=Han}·]{2,5})$/u;

/** Whether a line can be an organisation name as a signature (发文机关署名). */
function isOrganizationName(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 40) return false;
  if (/[，。；：:、,;！？!?《》“”()（）\d]/u.test(t)) return false;
  return ORG_SUFFIX.test(t);
}

/** A signature line: one or several organisation names, or a person with a title (市长 张三). */
export interface SignatureLine {
  readonly names: Array<{ name: string; title?: string; from: number; to: number }>;
}

/** Reads a line as a signature (发文机关署名), or undefined when it is not one. */
export function signatureOfLine(text: string): SignatureLine | undefined {
  const t = text.trim();
  const person = PERSON_SIGNATURE.exec(t);
  if (person && !isOrganizationName(t)) {
    const title = person[1] as string;
    const name = person[2] as string;
    const from = text.indexOf(name, title.length);
    return { names: [{ name, title, from, to: from + name.length }] };
  }
  if (isOrganizationName(t)) {
    const from = text.indexOf(t);
    return { names: [{ name: t, from, to: from + t.length }] };
  }
  // Joint issuers on one line, separated by spaces.
  const parts = [...t.matchAll(/\S+/gu)];
  if (parts.length >= 2 && parts.every((p) => isOrganizationName(p[0]))) {
    const offset = text.indexOf(t);
    return {
      names: parts.map((p) => ({
        name: p[0],
        from: offset + (p.index ?? 0),
        to: offset + (p.index ?? 0) + p[0].length,
      })),
    };
  }
  return undefined;
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
