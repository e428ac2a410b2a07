/**
 * Pages glued without a line break: when the text of one web page (or document) is pasted right
 * after another's, the last line of the first and the first line of the second are one line —
 * `二〇二四年三月一日贵州省人民政府关于…的批复`, `…版权所有…首页 > 政务公开 > …`,
 * `（此件公开发布）长治市人民政府关于…`. Such a line is cut in two where the left part ends a document
 * or a page and the right part starts one, so that the heads are found as on lines of their own.
 *
 * What ends a document or a page (the left part, a whole line of the first page): a 成文日期 under
 * its signature, a 附注 under its date, a sentence, the last words of a page footer (反馈, 回到顶部,
 * an ICP record number, a links strip `--站群导航--`), a table row's closing pipe, a token of Latin
 * letters or digits. What starts a document or a page (the right part, a whole line of the second):
 * a whole title (issuer + 关于 … + a document type), a 发文字号, a breadcrumb (`当前位置：首页 > …`,
 * `石家庄新闻>>新闻快讯>>`), a metadata box's first label; after a 成文日期 or 附注 also running text
 * (a document copied from its first sentence). Anything else is left as it is: a title's own
 * characters never end a page (`关于做好2024年…的通知` is no cut at 2024).
 */
import { endAbove } from './document-ends.js';
import { isChromeLine, isFooterLine } from './furniture.js';
import { endsTitle, isBodyLine } from './head-lines.js';
import { compact, documentNumberOfLine, looksLikeDateLine, noteOfLine, visibleLength } from './rules.js';
import { pieceOfLine, type SourceLine, withIndex } from './scan.js';
import { isOrganizationName } from './signature.js';
import { isBoxLabel } from './site-metadata.js';
import { isSpaceCode, lastVisibleCode } from './space.js';
import { isWholeTitle } from './title.js';

/** The longest title (visible characters) a right part may be: GB/T 9704-2012 prints it on one to three lines. */
const TITLE_LENGTH = 100;
/** How far into a line a date or a 附注 that ends a document may reach (looksLikeDateLine: 24; a 附注: 80). */
const DATE_REACH = 24;
const NOTE_REACH = 82;
/** How much of a left part's end is read (its last words, a footer's first line). */
const LEFT_TAIL = 80;

/** The last words of a page's footer or share strip: nothing of a document follows them on its page. */
const FOOTER_END =
  /(?:(?:^|[\s|｜/·•])(?:回到顶部|返回顶部|返回首页|回到首页|反馈|意见反馈|我要纠错|纠错|关闭窗口|打印本页|网站地图|联系我们|设为首页|加入收藏)|(?:ICP|公网安)备?\s*[0-9０-９]+\s*号(?:-[0-9]+)?)$/u;
/** A breadcrumb's own first words: a where-you-are label, or 首页 and its separator. */
const CRUMB_START = /(?:您当前的位置|您的位置|您现在的位置|当前位置|所在位置)\s*[:：]|首页\s*(?:>>?|»|＞|→)/uy;
/** The first words of a site's bottom lines: copyright, sponsor, site code — the page ends in them. */
const SITE_FOOTER = /^(?:版权所有|Copyright|©|主办单位|主办|承办单位|承办|网站标识码|技术支持)/iu;
/** A breadcrumb's first two short steps with their separators (政务公开 > 政策文件 >, 新闻>>快讯>>). */
const CRUMB_STEPS = /[^\s>»＞→:：。，]{1,12}\s*(?:>>?|»|＞|→)\s*[^\s>»＞→:：。，]{1,12}\s*(?:>>?|»|＞|→)/uy;
/** A page-furniture character that closes a strip (`--站群导航--`, `首页 >`), or a sentence end. */
const CLOSING = /[-—>»】\]!！。？?]$/u;
/** A share strip's or tool's label (分享:, 字号：), its buttons not copied: at the end of a page, at the start of a line. */
const SHARE = /(?:^|\s)(?:分享|分享到|字号|字体|打印|收藏|扫一扫)\s*[:：]$/u;
const SHARE_START = /(?:分享|分享到|字号|字体|打印|收藏|扫一扫)\s*[:：]/uy;
/** What a one-line title does not hold: sentence or clause punctuation, a table's pipe. */
const NOT_IN_TITLE = /[。；！？!?：:，,|｜]/u;
const SPACES = /\s+/u;
/** An attachment's label (附件1, 附表). */
const ATTACHMENT_LABEL = /^附\s*[件表]/u;
/** Something written: a Han character, a letter or a digit. */
const WRITTEN = /[\p{Script=Han}A-Za-z0-9]/u;
/** The end of a metadata label (索引号：, 发布机构 |). */
const LABEL_END = /[:：|]/u;
const HAN_START = /^\p{Script=Han}/u;
/** Words that carry a date's sentence on (至, 起, 前, 以来, 上午 …). */
const DATE_GOES_ON = /^(?:[至到起止前后之期内]|以[来前后内]|[上下]午|晚上|凌晨|零时)/u;
/** The first character of a date line (see looksLikeDateLine). */
const DATE_START = /^[0-9０-９〇零○OoＯ一二三四五六七八九十]/u;
/** What a line holding a breadcrumb holds: a separator (or a where-you-are label, 位置). */
const CRUMB_MARK = /[>»＞→]/u;
/** The last characters of FOOTER_END's words: only after one of them is a cut between two Han characters tried. */
const FOOTER_LAST = new Set([...'部页馈错口图们藏号'].map((c) => c.charCodeAt(0)));

/** A Latin letter or a digit (ASCII or full-width), or . - _ inside such a token. */
function isLatinCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xff10 && c <= 0xff19) ||
    c === 0x2e ||
    c === 0x2d ||
    c === 0x5f
  );
}

/**
 * Whether `text` before `end` ends with a token of Latin letters or digits — of two characters at
 * least after a space or the start (`Public domainfalse`), or digits alone (`80`, a table's last cell).
 */
function endsWithLatinToken(text: string, end: number): boolean {
  let k = end;
  while (k > 0 && isLatinCode(text.charCodeAt(k - 1))) k--;
  return end - k >= (k === 0 ? 1 : 2) && (k === 0 || isSpaceCode(text.charCodeAt(k - 1)));
}

/** Whether a character code is a Han character (the BMP's unified ideographs and extension A). */
function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Whether a text is a title that needs no line above it: an issuer + 关于 … + a document type, or 关于 … on its own. */
function isTitleText(text: string): boolean {
  const length = visibleLength(text);
  if (length < 6 || length > TITLE_LENGTH || NOT_IN_TITLE.test(text)) return false;
  if (looksLikeDateLine(text) || documentNumberOfLine(text) !== undefined || !endsTitle(text)) return false;
  const t = compact(text);
  const about = t.indexOf('关于');
  if (about === 0 || t.startsWith('印发') || t.startsWith('转发')) return true;
  // Without 关于, the title starts with its issuer's full name (洪雅县人民政府土地征收公告).
  if (about === -1) return isWholeTitle(t);
  // The issuers before 关于 are names (关于做好2024年 … has none; nor has 王某 长治市人民政府关于 …).
  if (about > 40) return false;
  const raw = text.trim();
  return raw
    .slice(0, raw.indexOf('关于'))
    .split(SPACES)
    .every((name) => name === '' || isOrganizationName(name));
}

/** Whether `text` from `at` on starts a page or a document of the strong forms: a title, a 发文字号, a breadcrumb. */
function startsHead(text: string, at: number): boolean {
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  CRUMB_START.lastIndex = at;
  CRUMB_STEPS.lastIndex = at;
  if (CRUMB_START.test(text) || CRUMB_STEPS.test(text)) return true;
  if (text.length - at > TITLE_LENGTH * 2) return false;
  const right = text.slice(at).trim();
  return isTitleText(right) || documentNumberOfLine(right) !== undefined;
}

/**
 * Whether `text` holds two pipes (`|`, `｜`) or more before `end`. Read backwards and stopped at the
 * second: a line of many pipes, each a place to cut, is not counted whole at each.
 */
function twoPipesBefore(text: string, end: number): boolean {
  let n = 0;
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if ((c === 0x7c || c === 0xff5c) && ++n === 2) return true;
  }
  return false;
}

/** Whether a line is a table row closed by its pipe (`| 1 | 渔船 |`): read once per line cut, not at each place. */
function isClosedRow(line: SourceLine | undefined): boolean {
  const row = line?.text ?? '';
  const closed = lastVisibleCode(row);
  return (closed === 0x7c || closed === 0xff5c) && twoPipesBefore(row, row.length);
}

/**
 * Whether a left part (the last line of a page) ends the page: a sentence, footer words, closing
 * furniture, a Latin token, or a table row closed by its pipe as the row above it is (in a table
 * whose rows are not closed, `1 | 2024 | 长治市…的通知` under `序号 | 年份 | 标题` is one row, its
 * last cell a title).
 */
function endsPage(text: string, at: number, aboveIsClosedRow: boolean): boolean {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const tail = text.slice(Math.max(0, end - LEFT_TAIL), end);
  // An attachment's label and its title (附件1 长治市…) are one line of the document.
  if (end <= LEFT_TAIL && ATTACHMENT_LABEL.test(tail)) return false;
  // Furniture alone (--, |) is no line of a page: something must be written in it.
  if (!WRITTEN.test(tail)) return false;
  // After a label's colon comes its value (责任编辑：王某, 标题：…), unless the label is a tool's.
  const last = text.charCodeAt(end - 1);
  if (last === 0x3a || last === 0xff1a) return SHARE.test(tail);
  if (last === 0x7c || last === 0xff5c) {
    return aboveIsClosedRow && twoPipesBefore(text, end);
  }
  if (CLOSING.test(tail) || FOOTER_END.test(tail) || endsWithLatinToken(text, end)) return true;
  if (end <= LEFT_TAIL && isFooterLine(tail)) return true;
  // A site's bottom line ends the page where the next page's breadcrumb starts.
  CRUMB_START.lastIndex = at;
  return SITE_FOOTER.test(text) && CRUMB_START.test(text);
}

/** Whether `text` from `at` on starts a page or a document after a document's end: also a metadata box or running text. */
function startsAfterEnd(line: SourceLine, at: number): boolean {
  const text = line.text;
  if (startsHead(text, at)) return true;
  const right = text.slice(at).trim();
  // Page furniture (置顶公告:, 来源：…, 【打印】): the next page's top.
  if (isChromeLine(right)) return true;
  const colon = LABEL_END.exec(right)?.index ?? -1;
  if (colon > 0 && colon <= 12 && isBoxLabel(right.slice(0, colon))) return true;
  // Running text (a sentence): not a word glued to the date (2024年3月1日印发), nor the date's own
  // sentence going on (2024年3月1日至3日…, …日起施行, …日上午).
  return HAN_START.test(right) && !DATE_GOES_ON.test(right) && isBodyLine(pieceOfLine(line, at, text.length));
}

/**
 * The end of what starts line `i` and ends a document, or -1: a 成文日期 under its signature and
 * the body's end (see endAbove: 2024年3月1日至… under an organisation's name alone ends nothing), a
 * 附注 under its date, or a share strip's label under either (分享:, its buttons not copied).
 */
function endAtStart(lines: readonly SourceLine[], i: number, above: SourceLine | undefined): number {
  const text = (lines[i] as SourceLine).text;
  if (above === undefined) return -1;
  const c = text.charCodeAt(0);
  const a = above.text.charCodeAt(0);
  // Read without copying the line: most lines start with none of these.
  if (looksLikeDateLine(above.text) || ((a === 0xff08 || a === 0x28) && noteOfLine(above.text) !== undefined)) {
    SHARE_START.lastIndex = 0;
    if (SHARE_START.test(text)) return SHARE_START.lastIndex;
  }
  if (c === 0xff08 /* （ */ || c === 0x28 /* ( */) {
    for (let j = 1; j < text.length && j < NOTE_REACH; j++) {
      const d = text.charCodeAt(j);
      if (d !== 0xff09 /* ） */ && d !== 0x29 /* ) */) continue;
      return looksLikeDateLine(above.text) && noteOfLine(text.slice(0, j + 1)) !== undefined ? j + 1 : -1;
    }
    return -1;
  }
  // A date starts with a digit or a Han numeral (its other characters are checked by looksLikeDateLine).
  if (!DATE_START.test(text)) return -1;
  for (let d = 1; d < text.length && d < DATE_REACH; d++) {
    if (text.charCodeAt(d) !== 0x65e5 /* 日 */) continue;
    return looksLikeDateLine(text.slice(0, d + 1)) && endAbove(lines, i) !== undefined ? d + 1 : -1;
  }
  return -1;
}

/**
 * Where a line is cut: at the end of a 成文日期 (or 附注) that ends a document when what follows
 * starts one; else at the first place where the text before ends a page and the text after is a
 * head of the strong forms. -1 when the line is one line. Linear: each place is looked at with a
 * bounded look (the tail of the left part, a sticky breadcrumb pattern, a title of at most
 * TITLE_LENGTH characters).
 */
function cutOf(lines: readonly SourceLine[], i: number, above: SourceLine | undefined): number {
  const line = lines[i] as SourceLine;
  const text = line.text;
  const end = endAtStart(lines, i, above);
  if (end > 0 && end < text.length && startsAfterEnd(line, end)) return end;
  // Only a line that ends as a title does, or holds a breadcrumb's separator, can hold a head.
  // (A line whose last character ends no title, most lines, is not copied: see endsTitle.)
  const titled = endsTitle(text.length > TITLE_LENGTH * 2 ? text.slice(-TITLE_LENGTH * 2) : text);
  const crumbs = CRUMB_MARK.test(text) || text.includes('位置');
  if (!titled && !crumbs) return -1;
  const aboveIsClosedRow = isClosedRow(above);
  // A title is at most TITLE_LENGTH long: without a breadcrumb, only the line's end is looked at.
  for (let at = crumbs ? 1 : Math.max(1, text.length - TITLE_LENGTH * 2); at < text.length; at++) {
    if (!isHanCode(text.charCodeAt(at))) continue;
    // A cut between two Han characters only after a footer's last words, or before a breadcrumb's
    // own first words on a site's bottom line (版权所有：某市人民政府首页 > 政务公开).
    const before = text.charCodeAt(at - 1);
    if (isHanCode(before) && !(FOOTER_LAST.has(before) && FOOTER_END.test(text.slice(Math.max(0, at - 12), at)))) {
      CRUMB_START.lastIndex = at;
      if (!(SITE_FOOTER.test(text) && CRUMB_START.test(text))) continue;
    }
    if (startsHead(text, at) && endsPage(text, at, aboveIsClosedRow)) return at;
  }
  return -1;
}

/**
 * Cuts every line in which one page's last line runs into the next page's first (see the module
 * comment) in two; a text without such a line is returned as it is (the same array).
 *
 * @param lines - The scanned lines of a text.
 * @returns The lines, each glued line replaced by its two parts (each with its own source range).
 */
export function splitGluedLines(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  let above: SourceLine | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const at = line.kind === 'text' ? cutOf(lines, i, above) : -1;
    if (at > 0) {
      out ??= lines.slice(0, i);
      out.push(pieceOfLine(line, 0, at, out.length), pieceOfLine(line, at, line.text.length, out.length + 1));
    } else if (out) out.push(withIndex(line, out.length));
    if (line.kind !== 'blank') above = out && at > 0 ? out[out.length - 1] : line;
  }
  return out ?? lines;
}
