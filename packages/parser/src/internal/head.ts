/**
 * Where a 公文 starts in a text that may carry a web page around it, and its head (GB/T 9704-2012
 * §7.2): the 发文机关标志 (`XX文件`), the 发文字号 (above or below the title, or a 令's `第N号`), the
 * title (one or more lines), then the 主送机关 or the first paragraph of the body.
 *
 * The body's start is found first — the first 主送机关 line, else the first paragraph — and the head
 * is read backwards from it, so that site navigation, repeated page headings and metadata lines
 * above it are left out.
 */
import { documentTypeFromTitle, enclosedTextTypeFromTitle } from '@gongbao/core';
import { type DocumentNumber, findDocumentNumbers, type IsoDate, parseDocumentNumber } from '@gongbao/utils';
import { markerOfLine } from './paragraphs.js';
import { compact, dateOfLine, documentNumberOfLine, looksLikeDateLine, visibleLength } from './rules.js';
import type { SourceLine } from './scan.js';
import { isOrganizationName, signatureOfLine } from './signature.js';
import { isBoxLabel } from './site-metadata.js';
import { isSpaceCode, lastVisibleCode } from './space.js';
import { isWholeTitle } from './title.js';

/** The head of a document as found in a text. */
export interface FoundHead {
  titleLines: SourceLine[];
  /** A whole title found in a page heading when the head's own title line is cut short. */
  fullTitle?: string;
  docNumber?: DocumentNumber;
  numberLine?: SourceLine;
  /** 发文机关标志: `湖南省人民政府办公厅文件` → 湖南省人民政府办公厅. */
  issuerMark?: string;
  /** An organisation line just above the title (web copies name the issuer there). */
  issuerLine?: string;
  /** The date printed with the number under the title (`（国检监〔1989〕565号 一九八九年十月十六日）`). */
  writtenDate?: IsoDate;
  /** 签发人 line between the head and the body. */
  signerLine?: SourceLine;
  /** Where the body starts (the 主送机关 or the first paragraph), as an index into the units. */
  bodyAt: number;
  /** Whether lines above the head were left out (a web page around the document). */
  chrome: boolean;
}

/** Page furniture: breadcrumbs, dates and counters, share buttons. */
const CHROME =
  /^(?:您的位置|当前位置|所在位置|首页|作者|时间|日期|来源|发布时间|发布日期|浏览|阅读|点击|字号|字体|分享|打印|关闭|下载|简介|归档时间|视力保护色|今天是|返回|上一篇|下一篇|相关|责任编辑|【|\[)/u;
/** The number of a meeting's 纪要 under its title: 〔2021〕第5次, (2021)第5期, 第12次. */
const SESSION = /^(?:[〔[（(]?\d{4}[〕\]）)]?|\d{4}年)?第[0-9０-９一二三四五六七八九十]{1,4}[次期]$/u;
/** Sentence punctuation: a line with it inside is running text, not a head line. */
const SENTENCE = /[。；！？!?]/u;
/** Last words of an addressee: an organisation or a group of them (各县（市、区）人民政府, 有关单位). */
const ADDRESSEE_END =
  /(?:政府|部门|单位|机关|机构|企业|院校|团体|组织|局|委|办|厅|室|所|站|村|组|会|院|处|司|部|中心|公司|集团|街道|镇|乡|区|县|市|省|旗|队|社|行|馆|校|军|团|法院|检察院|办事处|管委会)$/u;

/** The first line of a page's footer under an article: its editor, links to more, share buttons. */
const FOOTER =
  /^(?:责任编辑|更多精彩|相关新闻|相关阅读|相关链接|相关文章|上一篇|下一篇|扫一扫|分享到|打印本页|关闭窗口)/u;

/** Whether a line opens the footer a web page prints under an article: nothing after it is the document's. */
export function isFooterLine(text: string): boolean {
  return FOOTER.test(text.replace(/^[\s•·\-*>»|【[]+/u, ''));
}

/** Whether a line is page furniture (or an empty metadata label). */
export function isChromeLine(text: string): boolean {
  const t = text.replace(/^[\s•·\-*>»|]+/u, '');
  return (
    CHROME.test(t) ||
    /[>»|]\s*$/u.test(t) ||
    /^\S{1,6}[:：]\s*$/u.test(t) ||
    /^\d{4}-\d{1,2}-\d{1,2}/u.test(t) ||
    /^分享[:：]/u.test(t)
  );
}

/** A bracketed qualifier at the end of an addressee (各县（市、区）, 市直各单位（部门）). */
const TRAILING_BRACKET = /[（(][^（）()]*[）)]$/u;

/** Whether an addressee list (without its colon) reads as one: parts that end in an organisation. */
function isAddresseeList(text: string): boolean {
  if (text === '' || visibleLength(text) > 200 || SENTENCE.test(text) || /[:：《》]/u.test(text)) return false;
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
  if (line.kind === 'table-row' || line.depth > 0 || markerOfLine(line) !== undefined) return undefined;
  const t = line.text;
  if (/^附\s*件/u.test(t)) return undefined;
  const colon = t.search(/[：:]/u);
  if (colon <= 0 || colon > 300) return undefined;
  const list = t.slice(0, colon).trim();
  if (!isAddresseeList(list)) return undefined;
  let bodyFrom = colon + 1;
  while (bodyFrom < t.length && isSpaceCode(t.charCodeAt(bodyFrom))) bodyFrom++;
  return { text: list, bodyFrom };
}

/** Whether a line is running text: a sentence, or a long line with clause punctuation. */
export function isBodyLine(line: SourceLine): boolean {
  if (line.kind === 'table-row') return false;
  const t = line.text;
  if (isChromeLine(t)) return false;
  // An outline marker (第一章, 第一条, 一、) starts the body of a text without addressees.
  const marker = markerOfLine(line);
  if (marker !== undefined && marker.kind !== 'arabic' && marker.kind !== 'parenthesized-arabic') return true;
  if (/[。；！？!?]$|[。；！？!?]”$/u.test(t)) return true;
  // A sentence that opens what follows (…研究了有关事项。现纪要如下：).
  if (/[：:]$/u.test(t) && /[，,。；]/u.test(t) && visibleLength(t) > 10) return true;
  return visibleLength(t) > 60 && /[，,。；]/u.test(t);
}

/**
 * A line in brackets under a title with its 发文字号 and its date, or one of them, as gazettes and
 * law sites print them: `（国检监〔1989〕565号 一九八九年十月十六日）`, `(1989年10月16日)`.
 */
export function numberAndDateOf(text: string): { number?: DocumentNumber; date?: IsoDate } | undefined {
  const end = lastVisibleCode(text);
  if (end !== 0xff09 /* ） */ && end !== 0x29 /* ) */) return undefined;
  const inside = /^[（(]([^（）()]{6,60})[）)]$/u.exec(text.trim())?.[1];
  if (inside === undefined) return undefined;
  const parts = inside.split(/[\s，,]+/u).filter((part) => part !== '');
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
  return /^[\p{Script=Han}（）()]{2,40}(?:令|公告)$/u.test(t) && !/关于/u.test(t);
}

/**
 * The serial line under an order's or a 公告's header: `第238号`, or with its year `〔2024〕第3号`,
 * `（2024）第3号`, `2024年第3号` — the number as `〔2024〕第3号` (or `第238号`).
 */
function orderSerial(text: string): string | undefined {
  const m = /^(?:[〔[（(]([0-9０-９]{4})[〕\]）)]|([0-9０-９]{4})年)?第([0-9０-９]+)号$/u.exec(compact(text));
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

/** Whether a line can end a title: it names a document type or an enclosed text (办法, 规定 …). */
export function endsTitle(text: string): boolean {
  const t = compact(text).replace(/[（(][^（）()]{1,14}[）)]$/u, '');
  return documentTypeFromTitle(t) !== undefined || enclosedTextTypeFromTitle(t) !== undefined;
}

/**
 * A page's heading over one of several documents: a document type and a serial (会议纪要一,
 * 通知（二）, 范文3) — not a line of the title under it.
 */
function isSerialHeading(text: string): boolean {
  const t = compact(text);
  const bare = t.replace(
    /(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,3}|[（(][一二三四五六七八九十0-9]{1,3}[）)])$/u,
    '',
  );
  return bare.length < t.length && bare.length >= 2 && endsTitle(bare);
}

/** Whether a line can be part of a title: short, no sentence punctuation, no date, no chrome. */
function isTitlePart(line: SourceLine): boolean {
  if (line.kind === 'table-row' || markerOfLine(line) !== undefined) return false;
  const t = line.text;
  if (visibleLength(t) > 100 || SENTENCE.test(t) || /[：:]$/u.test(t) || looksLikeDateLine(t)) return false;
  return !isChromeLine(t) && documentNumberOfLine(t) === undefined;
}

/** 发文机关标志: `XX文件` above the number (the red header). */
function issuerMarkOf(text: string): string | undefined {
  const t = compact(text);
  if (!t.endsWith('文件') || t.length > 42) return undefined;
  const name = t.slice(0, -2);
  return isOrganizationName(name) ? name : undefined;
}

/** How many lines past the first line of running text a 主送机关 line is looked for. */
const ADDRESSEE_REACH = 40;

/**
 * Where the body starts: the first 主送机关 line, else the first running-text line — skipping the
 * lines of a metadata box.
 */
function bodyStart(units: readonly SourceLine[], skip: ReadonlySet<number>, from: number): number {
  let firstBody = -1;
  for (let k = from; k < units.length; k++) {
    const line = units[k] as SourceLine;
    if (skip.has(line.index)) continue;
    if (addresseesOfLine(line)) return k;
    // A 令 (or numbered 公告): its number line is the last of the head.
    if (firstBody === -1 && isOrderNumberLine(units, k)) return k + 1;
    if (firstBody === -1 && isBodyLine(line)) firstBody = k;
    // The addressees come before any signature; past the first date line there are none, nor
    // far into the text (a web page's introduction is a few paragraphs): the look is bounded.
    if (firstBody !== -1 && (k - firstBody >= ADDRESSEE_REACH || looksLikeDateLine(line.text))) break;
  }
  return firstBody === -1 ? from : firstBody;
}

/** Whether units[k] ends the head of an order: `第N号` under its header, or a whole order number. */
function isOrderNumberLine(units: readonly SourceLine[], k: number): boolean {
  const t = (units[k] as SourceLine).text;
  if (orderSerial(t) !== undefined) {
    const header = units[k - 1];
    return header !== undefined && isOrderHeader(header.text);
  }
  const number = documentNumberOfLine(t);
  return number !== undefined && /令$/u.test(number.agency);
}

/** Whether an order's agency names its issuer (东莞市人民政府令), so that it is the order's title. */
export function namesIssuer(agency: string): boolean {
  return isOrderHeader(agency) && compact(agency).length >= 5;
}

/** A 发文字号 at the end of a title line (`…的通知 岳办发〔2017〕2号`, `…的通知(岳办发〔2017〕2号)`): the title part and the number. */
function numberAtEnd(text: string): { title: string; number: DocumentNumber } | undefined {
  const t = text.trim();
  if (t.length > 200 || !/号[）)]?$/u.test(t)) return undefined;
  const found = findDocumentNumbers(t);
  const last = found[found.length - 1];
  if (!last || last.start < 6) return undefined;
  const tail = t.slice(last.end);
  if (tail !== '' && tail !== '）' && tail !== ')') return undefined;
  let end = last.start;
  while (end > 0 && /[\s（(]/u.test(t[end - 1] as string)) end--;
  return { title: compact(t.slice(0, end)), number: last.value };
}

/**
 * Finds the head of a document in a text (a whole web page, or the document alone): reads
 * backwards from the start of the body the 发文字号, the title lines and the 发文机关标志.
 */
export function findHead(units: readonly SourceLine[], skip: ReadonlySet<number> = new Set(), from = 0): FoundHead {
  const bodyAt = bodyStart(units, skip, from);
  const head: FoundHead = { titleLines: [], bodyAt, chrome: false };
  let k = bodyAt - 1;
  let titleDone = false;
  for (; k >= from && bodyAt - k <= 12; k--) {
    const line = units[k] as SourceLine;
    const found = head.titleLines.length > 0 || head.docNumber !== undefined;
    if (skip.has(line.index)) {
      if (found) break;
      continue;
    }
    const t = line.text.trim();
    if (/^[-—_=*]{3,}$/u.test(t)) continue;
    // 签发人 (upward documents) under the 发文字号, above or below the title.
    if (/^签发人\s*[:：]/u.test(t)) {
      head.signerLine ??= line;
      continue;
    }
    const numberAndDate = found ? undefined : numberAndDateOf(t);
    if (numberAndDate) {
      if (numberAndDate.number) {
        head.docNumber = numberAndDate.number;
        head.numberLine = line;
      }
      if (numberAndDate.date) head.writtenDate = numberAndDate.date;
      continue;
    }
    // Above the body, before anything of the head: page furniture, and the number, issuer and date
    // lines some sites print between the title and the text (維基文庫: 国函〔2009〕159号 / 国务院 / 日期).
    // ([2024]第3号 under a 公告's header is its number, not a bracketed chrome label.)
    if (!found && (isChromeLine(t) || /^收录于/u.test(t) || looksLikeDateLine(t)) && !isOrderNumberLine(units, k))
      continue;
    // The session of a 纪要 (〔2021〕第5次, 第12期) under its title.
    if (!found && SESSION.test(compact(t))) continue;
    if (!found && k < bodyAt - 1 && isOrganizationName(compact(t))) continue;
    if (!found && !head.docNumber) {
      const cut = numberAtEnd(t);
      if (cut && endsTitle(cut.title)) {
        head.docNumber = cut.number;
        head.numberLine = line;
        head.titleLines = [line];
        head.fullTitle = cut.title;
        titleDone = true;
        continue;
      }
    }
    if (!head.docNumber) {
      const header = units[k - 1];
      const order = header && orderNumberOf(header.text, t);
      if (header && order) {
        head.docNumber = order;
        head.numberLine = line;
        head.titleLines = [header];
        k--;
        break;
      }
      const number = documentNumberOfLine(t);
      if (number) {
        head.docNumber = number;
        head.numberLine = line;
        // A 令 numbered on its header line (东莞市人民政府令第123号) is its own title.
        if (head.titleLines.length === 0 && namesIssuer(number.agency)) {
          head.titleLines = [line];
          head.fullTitle = compact(number.agency);
          k--;
          break;
        }
        if (head.titleLines.length > 0) titleDone = true;
        continue;
      }
    }
    if (head.titleLines.length === 0 && isOrderHeader(t) && head.docNumber === undefined) {
      head.titleLines = [line];
      titleDone = true;
      continue;
    }
    if (!titleDone && isTitlePart(line)) {
      if (head.titleLines.length === 0) {
        if (issuerMarkOf(t)) break;
        head.titleLines = [line];
        if (!endsTitle(t)) {
          if (!/关于|印发|转发/u.test(t)) {
            head.titleLines = [];
            break;
          }
          // A line cut short by the site: a page heading above that starts with it is the whole title.
          const full = pageHeadingStarting(units, k, compact(t));
          if (full) {
            head.fullTitle = full;
            titleDone = true;
          }
        }
        continue;
      }
      const joined = compact(head.titleLines.map((l) => l.text).join(''));
      const startsWithAbout = /^(?:关于|印发|转发)/u.test(joined);
      // A title that names its issuer before 关于 is whole; lines above it are not part of it.
      if (isWholeTitle(joined)) break;
      if (endsTitle(t) || isSerialHeading(t) || issuerMarkOf(t) || /[，,]/u.test(t)) break;
      // Above a title that starts with 关于: only the issuer(s), or a line ending with 印发/转发.
      if (startsWithAbout && !signatureOfLine(t) && !/(?:印发|转发|联合印发)$/u.test(compact(t))) break;
      if (signatureOfLine(t)) {
        // The issuer above a title that a law site repeats above it (title / issuer / title) is its own line.
        const above = units[k - 1];
        // An organisation set apart from the title by two blank lines or more is the site's issuer
        // line (江西省吉安市人民政府办公室 / 　/ 　/ 关于印发…的通知), not the title's first line.
        const apart = (head.titleLines[0] as SourceLine).line - line.line > 2;
        if (!startsWithAbout || apart || (above && compact(above.text) === joined)) {
          head.issuerLine = compact(t);
          break;
        }
      }
      head.titleLines.unshift(line);
      continue;
    }
    if (head.titleLines.length > 0 && !titleDone) {
      const sig = signatureOfLine(t);
      if (sig && isOrganizationName(compact(t))) head.issuerLine = compact(t);
    }
    const mark = issuerMarkOf(t);
    if (mark) {
      head.issuerMark = mark;
      continue;
    }
    break;
  }
  head.chrome = k >= from;
  return head;
}

/** A line above `k` that starts with `prefix` and is a whole title. */
function pageHeadingStarting(units: readonly SourceLine[], k: number, prefix: string): string | undefined {
  for (let j = k - 1; j >= 0 && k - j <= 20; j--) {
    const c = compact((units[j] as SourceLine).text);
    if (c.length > prefix.length && c.startsWith(prefix) && endsTitle(c)) return c;
  }
  return undefined;
}
