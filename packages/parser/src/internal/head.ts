/**
 * Reading the head of one document (GB/T 9704-2012 §7.2) in a text that may carry a web page
 * around it: the 发文机关标志 (`XX文件`), the 发文字号 (above or below the title, or a 令's `第N号`),
 * the title (one or more lines), then the 主送机关 or the first paragraph of the body. (Finding where
 * the documents of a text start is heads.ts; the forms of the lines, head-lines.ts.)
 *
 * The body's start is found first — the first 主送机关 line, else the first paragraph — and the head
 * is read backwards from it, so that site navigation, repeated page headings and metadata lines
 * above it are left out.
 */
import type { DocumentNumber, IsoDate } from '@gongbao/utils';
import { addresseesOfLine } from './addressees.js';
import { isChromeLine } from './furniture.js';
import {
  endsTitle,
  isBodyLine,
  isOrderHeader,
  isOrderNumberLine,
  isSerialHeading,
  issuerMarkOf,
  mayStandAboveAbout,
  namesIssuer,
  numberAndDateOf,
  numberAtEnd,
  orderNumberOf,
  SENTENCE,
} from './head-lines.js';
import { markerOfLine } from './paragraphs.js';
import { compact, documentNumberOfLine, looksLikeDateLine, visibleLength } from './rules.js';
import type { SourceLine } from './scan.js';
import { isOrganizationName, signatureOfLine } from './signature.js';
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

/** The number of a meeting's 纪要 under its title: 〔2021〕第5次, (2021)第5期, 第12次. */
const SESSION = /^(?:[〔[（(]?\d{4}[〕\]）)]?|\d{4}年)?第[0-9０-９一二三四五六七八九十]{1,4}[次期]$/u;
/** A rule of dashes or stars between the head and the body. */
const RULE = /^[-—_=*]{3,}$/u;
/** 签发人 (upward documents) under the 发文字号. */
const SIGNER = /^签发人\s*[:：]/u;
/** A site's note above a head (收录于…). */
const COLLECTED = /^收录于/u;
/** A title line that goes on below (it does not end with a type): it names what it is about. */
const GOES_ON = /关于|印发|转发/u;
const STARTS_ABOUT = /^(?:关于|印发|转发)/u;
/** A line ending with a colon: no title line. */
const COLON_END = /[：:]$/u;
const COMMA = /[，,]/u;

/** Whether a line can be part of a title: short, no sentence punctuation, no date, no chrome. */
function isTitlePart(line: SourceLine): boolean {
  if (line.kind === 'table-row' || markerOfLine(line) !== undefined) return false;
  const t = line.text;
  if (visibleLength(t) > 100 || SENTENCE.test(t) || COLON_END.test(t) || looksLikeDateLine(t)) return false;
  return !isChromeLine(t) && documentNumberOfLine(t) === undefined;
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
    if (RULE.test(t)) continue;
    // 签发人 (upward documents) under the 发文字号, above or below the title.
    if (SIGNER.test(t)) {
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
    if (!found && (isChromeLine(t) || COLLECTED.test(t) || looksLikeDateLine(t)) && !isOrderNumberLine(units, k))
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
          if (!GOES_ON.test(t)) {
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
      const startsWithAbout = STARTS_ABOUT.test(joined);
      // A title that names its issuer before 关于 is whole; lines above it are not part of it.
      if (isWholeTitle(joined)) break;
      if (endsTitle(t) || isSerialHeading(t) || issuerMarkOf(t) || COMMA.test(t)) break;
      // Above a title that starts with 关于: only the issuer(s), or a line ending with 印发/转发.
      if (startsWithAbout && !mayStandAboveAbout(t)) break;
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
