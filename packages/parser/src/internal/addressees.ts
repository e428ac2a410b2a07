/**
 * The 主送机关 (GB/T 9704-2012 §7.3.2): a line of organisations ending with a colon, split at
 * top-level commas (`各县（市、区）…，…` keeps its bracketed commas) — or a line that starts with
 * them and goes on with the body (`市直有关部门: 为切实做好…`).
 */
import { isChromeLine } from './furniture.js';
import { firstColon, SENTENCE } from './head-lines.js';
import { markerOfLine } from './paragraphs.js';
import { visibleLength } from './rules.js';
import type { SourceLine } from './scan.js';
import { isBoxLabel } from './site-metadata.js';
import { isSpaceCode } from './space.js';

/** Last words of an addressee: an organisation or a group of them (各县（市、区）人民政府, 有关单位). */
const ADDRESSEE_END =
  /(?:政府|部门|单位|机关|机构|企业|院校|团体|组织|局|委|办|厅|室|所|站|村|组|会|院|处|司|部|中心|公司|集团|街道|镇|乡|区|县|市|省|旗|队|社|行|馆|校|军|团|法院|检察院|办事处|管委会)$/u;
/** A bracketed qualifier at the end of an addressee (各县（市、区）, 市直各单位（部门）). */
const TRAILING_BRACKET = /[（(][^（）()]*[）)]$/u;
/** What no addressee list holds: a colon, a book title. */
const NOT_IN_LIST = /[:：《》]/u;
/** An attachment's label (附件：…), which ends with a colon too. */
const ATTACHMENT_LABEL = /^附\s*件/u;
/** The most characters before the colon of a 主送机关 line. */
const COLON_REACH = 300;

/** Whether an addressee list (without its colon) reads as one: parts that end in an organisation. */
function isAddresseeList(text: string): boolean {
  if (text === '' || visibleLength(text) > 200 || SENTENCE.test(text) || NOT_IN_LIST.test(text)) return false;
  // The last part ends the list: a text that does not end with an organisation is none (checked
  // before the list is split, which most lines with a colon, running text, never need).
  if (!ADDRESSEE_END.test(text.replace(TRAILING_BRACKET, ''))) return false;
  if (isChromeLine(text) || isBoxLabel(text)) return false;
  const parts = splitTopLevel(text);
  return parts.length > 0 && parts.every((p) => ADDRESSEE_END.test(p.replace(TRAILING_BRACKET, '')));
}

/** Splits at top-level commas (not inside brackets). */
export function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if ((c === '，' || c === ',') && depth === 0) {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(text.slice(from).trim());
  return out.filter((x) => x !== '');
}

/**
 * The 主送机关 of a line: a whole line ending with a colon, or a line that starts with the
 * addressees and their colon and goes on with the body (`市直有关部门: 为切实做好…`). Returns the
 * addressee text (without colon) and where the body starts in the line, or undefined.
 */
export function addresseesOfLine(line: SourceLine): { text: string; bodyFrom: number } | undefined {
  const t = line.text;
  // The colon first: most lines have none near their start, and are not looked at further.
  const colon = firstColon(t, COLON_REACH + 1);
  if (colon <= 0) return undefined;
  if (line.kind === 'table-row' || line.depth > 0 || markerOfLine(line) !== undefined) return undefined;
  if (ATTACHMENT_LABEL.test(t)) return undefined;
  const list = t.slice(0, colon).trim();
  if (!isAddresseeList(list)) return undefined;
  let bodyFrom = colon + 1;
  while (bodyFrom < t.length && isSpaceCode(t.charCodeAt(bodyFrom))) bodyFrom++;
  return { text: list, bodyFrom };
}
