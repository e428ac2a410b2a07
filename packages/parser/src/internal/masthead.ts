import { type IsoDate, parseChineseNumber, parseIssueNumber, removeCjkSpaces } from '@gongbao/utils';
import type { ParseContext, Range } from './context.js';
import { compact, dateOfLine, frequencyOfLine } from './rules.js';
import type { SourceLine } from './scan.js';

/** The masthead (刊头) and the editorial board, as read from the front matter. */
export interface Masthead {
  title?: string;
  romanizedTitle?: string;
  year?: number;
  number?: number;
  cumulative?: number;
  frequency?: string;
  publicationDate?: IsoDate;
  sponsor?: string;
  editor?: string;
  printer?: string;
  contact: { postcode?: string; phone?: string; website?: string; address?: string; email?: string };
  editorialBoard: Array<{ role: string; people: string[] }>;
  source?: Range;
}

/** Labels of the masthead that are not roles of the editorial board, and where they go. */
const FIELDS: ReadonlyArray<readonly [RegExp, keyof Masthead | `contact.${string}`]> = [
  [/^(?:主办单位|主办)$/u, 'sponsor'],
  [/^(?:编辑出版|编辑|出版|编印)$/u, 'editor'],
  [/^(?:印刷|承印|印刷单位)$/u, 'printer'],
  [/^(?:出版日期|出版时间|印刷日期)$/u, 'publicationDate'],
  [/^(?:邮编|邮政编码)$/u, 'contact.postcode'],
  [/^(?:电话|联系电话)$/u, 'contact.phone'],
  [/^(?:网址|网站)$/u, 'contact.website'],
  [/^(?:地址|社址)$/u, 'contact.address'],
  [/^(?:电子邮箱|邮箱|E-?mail)$/iu, 'contact.email'],
];

const LABEL = /^([\p{Script=Han}A-Za-z-]{1,8})\s*[:：](.*)$/u;
/** A number as `parseChineseNumber` reads it: Arabic or full-width digits, or a Chinese numeral. */
const NUMERAL = '[0-9０-９〇○零一二两三四五六七八九十百]+';
const ISSUE = new RegExp(`第\\s*${NUMERAL}\\s*期`, 'u');
const CUMULATIVE = new RegExp(`^[（(]\\s*总第\\s*(${NUMERAL})\\s*期\\s*[）)]$`, 'u');
const ROMAN = /^[A-Z][A-Z ]{5,}$/u;

/**
 * Reads the masthead from the lines before the table of contents: the first heading is the
 * gazette's title, an all-capitals line its romanised title, `2024 第3期` `(总第27期)` the issue
 * number, `label:value` lines the publishing details, and under 编辑委员会 every other label is a
 * role whose people follow on the same line or the next ones.
 */
export function readMasthead(ctx: ParseContext, lines: readonly SourceLine[]): Masthead {
  const masthead: Masthead = { contact: {}, editorialBoard: [] };
  const content = lines.filter((l) => l.kind !== 'blank');
  if (content.length === 0) return masthead;
  const first = content[0] as SourceLine;
  masthead.source = ctx.linesRange(first, content[content.length - 1]);
  let inBoard = false;
  let current: { field: string; values: string[] } | undefined;
  const fields: Array<{ field: string; values: string[] }> = [];
  for (const line of content) {
    const text = line.text;
    if (line.kind === 'heading') {
      if (masthead.title === undefined) {
        masthead.title = removeCjkSpaces(text);
        continue;
      }
      if (/编辑委员会|编委会/u.test(text)) {
        inBoard = true;
        current = undefined;
        continue;
      }
    }
    if (masthead.romanizedTitle === undefined && ROMAN.test(text)) {
      masthead.romanizedTitle = text.replace(/\s+/gu, ' ');
      continue;
    }
    if (masthead.number === undefined && isIssueLine(text)) {
      readIssueNumber(masthead, text);
      continue;
    }
    const cumulative = CUMULATIVE.exec(text);
    if (cumulative) {
      try {
        masthead.cumulative = parseChineseNumber(cumulative[1] as string);
      } catch {
        // 两 in a digit-by-digit numeral and the like: no number.
      }
      continue;
    }
    const frequency = frequencyOfLine(text);
    if (frequency !== undefined) {
      masthead.frequency = frequency;
      continue;
    }
    const label = LABEL.exec(text);
    if (label && !/^https?$/iu.test(label[1] as string)) {
      const name = label[1] as string;
      const isField = FIELDS.some(([re]) => re.test(name));
      current = { field: isField || !inBoard ? name : `board:${name}`, values: [] };
      fields.push(current);
      const value = (label[2] as string).trim();
      if (value !== '') current.values.push(value);
      continue;
    }
    if (current) current.values.push(text);
    else if (masthead.title === undefined) masthead.title = removeCjkSpaces(text);
  }
  for (const { field, values } of fields) {
    if (field.startsWith('board:')) {
      const people = values.flatMap((v) => v.split(/[\s、，,；;]+/u)).filter((p) => p !== '');
      if (people.length > 0) masthead.editorialBoard.push({ role: field.slice(6), people });
      continue;
    }
    const target = FIELDS.find(([re]) => re.test(field))?.[1];
    const value = values.join('');
    if (target === undefined || value === '') continue;
    if (target === 'publicationDate') {
      const date = dateOfLine(compact(value));
      if (date) masthead.publicationDate = date;
    } else if (target === 'sponsor' || target === 'editor' || target === 'printer') {
      masthead[target] = removeCjkSpaces(value);
    } else if (target.startsWith('contact.')) {
      const key = target.slice(8) as keyof Masthead['contact'];
      masthead.contact[key] = key === 'website' || key === 'email' ? value.trim() : compact(value);
    }
  }
  return masthead;
}

/** Whether a short line names an issue (`2024年第3期`, `二〇二四年第三期`), for `parseIssueNumber` to read. */
export function isIssueLine(text: string): boolean {
  return text.length <= 40 && ISSUE.test(text);
}

function readIssueNumber(masthead: Masthead, text: string): void {
  try {
    const issue = parseIssueNumber(text);
    masthead.year = issue.year;
    masthead.number = issue.number;
    if (issue.cumulative !== undefined) masthead.cumulative = issue.cumulative;
  } catch {
    // Not an issue number after all.
  }
}

/** Reads the issue line of a table of contents (`2024年第3期(总第27期)`) into the masthead. */
export function readIssueLine(masthead: Masthead, text: string): void {
  if (!isIssueLine(text)) return;
  const cumulative = masthead.cumulative;
  readIssueNumber(masthead, text);
  if (masthead.cumulative === undefined && cumulative !== undefined) masthead.cumulative = cumulative;
}
