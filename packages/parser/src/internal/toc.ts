import { type DocumentNumber, findDocumentNumbers } from '@gongbao/utils';
import type { ParseContext, Range } from './context.js';
import { endsTitle } from './head-lines.js';
import { isIssueLine } from './masthead.js';
import { compact, documentNumberOfLine, frequencyOfLine } from './rules.js';
import type { SourceLine } from './scan.js';
import { isSpaceChar as isSpace } from './space.js';

/** A table-of-contents entry as read, before it is matched to a document. */
export interface TocLine {
  section: string;
  title: string;
  docNumber?: DocumentNumber;
  startPage: number;
  source: Range;
}

/** The table of contents: where it is, its entries, and what else it says. */
export interface Toc {
  /** Index of the first line after the table of contents. */
  endIndex: number;
  entries: TocLine[];
  sections: string[];
  issueLine?: string;
  frequency?: string;
}

/** A line that ends with a page number after dot leaders: `标题 ..... 12`. */
const LEADER = /[.．。·•…⋯\-—_]/u;

/**
 * A line's title part and page number, as `/^(.*?)(?:\s*[.．。·•…⋯\-—_]{2,}\s*|\s+)(\d{1,4})$/` would
 * read them, by a scan from the end (that pattern is quadratic on a long run of spaces): one to
 * four digits, after dot leaders (two or more, spaces around) or spaces; the title is what is
 * before them.
 */
export function splitPage(text: string): { body: string; page: number } | undefined {
  let digits = text.length;
  while (digits > 0 && /\d/u.test(text.charAt(digits - 1))) digits--;
  const count = text.length - digits;
  if (count < 1 || count > 4) return undefined;
  // Spaces before the page, then a run of leaders, then spaces before those.
  let r = digits;
  while (r > 0 && isSpace(text.charAt(r - 1))) r--;
  let l = r;
  while (l > 0 && LEADER.test(text.charAt(l - 1))) l--;
  let cut = -1;
  if (r - l >= 2) {
    cut = l;
    while (cut > 0 && isSpace(text.charAt(cut - 1))) cut--;
  } else if (r < digits) cut = r;
  if (cut === -1) return undefined;
  return { body: text.slice(0, cut), page: Number(text.slice(digits)) };
}

/** Whether a line is the 目录 heading. */
export function isTocHeading(line: SourceLine): boolean {
  return line.kind !== 'blank' && line.kind !== 'table-row' && /^目\s*录$/u.test(line.text.trim());
}

/** Reads a line as a TOC entry: title (with the number in its last brackets) and page. */
function entryOf(text: string): { title: string; docNumber?: DocumentNumber; page: number } | undefined {
  const m = splitPage(text.trim());
  if (!m) return undefined;
  const body = m.body.trim();
  if (body === '') return undefined;
  const page = m.page;
  const numbers = findDocumentNumbers(body);
  const last = numbers[numbers.length - 1];
  let title = body;
  let docNumber: DocumentNumber | undefined;
  if (last) {
    // The number closes the entry, in brackets: 标题(长政发[2024]5号).
    const before = body.slice(0, last.start).trimEnd();
    const after = body.slice(last.end).trim();
    if (/^[)）]?$/u.test(after)) {
      docNumber = last.value;
      title = before.replace(/[(（]$/u, '').trim();
    }
  }
  return { title: cleanTitle(title), ...(docNumber ? { docNumber } : {}), page };
}

/** A title as listed: runs of whitespace collapsed (the space between joint issuers is kept). */
function cleanTitle(title: string): string {
  return title.replace(/\s+/gu, ' ').trim();
}

/**
 * Reads the table of contents that starts at the 目录 heading: the issue line and frequency under
 * it, sections (a line followed by entries), entries (`title(number) ..... page`, list items or
 * plain lines; an entry may wrap over two lines). It ends at the first line that is none of these.
 */
export function readToc(ctx: ParseContext, headingIndex: number): Toc {
  const lines = ctx.lines;
  const toc: Toc = { endIndex: headingIndex + 1, entries: [], sections: [] };
  let section = '';
  let pending: SourceLine | undefined;
  let i = headingIndex + 1;
  for (; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind === 'blank') continue;
    if (line.kind === 'table-row') break;
    const text = line.text;
    const entry = entryOf(pending ? `${pending.text}${text}` : text);
    if (entry && (entry.docNumber !== undefined || line.kind === 'list-item' || pending)) {
      const from = pending ?? line;
      toc.entries.push({
        section,
        title: entry.title,
        ...(entry.docNumber ? { docNumber: entry.docNumber } : {}),
        startPage: entry.page,
        source: ctx.linesRange(from, line),
      });
      if (!entry.docNumber) {
        ctx.report('toc-entry-unparsed', `TOC entry without a 发文字号: ${entry.title}`, from.start, line.end);
      }
      pending = undefined;
      toc.endIndex = i + 1;
      continue;
    }
    if (pending) break;
    if (toc.entries.length === 0 && toc.issueLine === undefined && isIssueLine(text)) {
      toc.issueLine = text;
      toc.endIndex = i + 1;
      continue;
    }
    const frequency = frequencyOfLine(text);
    if (frequency !== undefined && toc.entries.length === 0) {
      toc.frequency = frequency;
      toc.endIndex = i + 1;
      continue;
    }
    const next = nextContent(lines, i + 1);
    const isEntry = (l: SourceLine | undefined) =>
      l !== undefined && l.kind !== 'table-row' && entryOf(l.text) !== undefined;
    // A section heading with no entry of its own (its one entry lost) is followed by the next section's.
    const isShortHeading = (l: SourceLine | undefined) =>
      l?.kind === 'heading' && l.text.length <= 30 && !/[。，；]/u.test(l.text);
    const nextIsEntry =
      isEntry(next) ||
      (isShortHeading(line) &&
        next !== undefined &&
        isShortHeading(next) &&
        isEntry(nextContent(lines, next.index + 1)));
    if (nextIsEntry && text.length <= 30 && !/[。，；]/u.test(text)) {
      section = compact(text);
      toc.sections.push(section);
      toc.endIndex = i + 1;
      continue;
    }
    // A long title wrapped over two lines: this line, then one ending with the page.
    if (line.kind === 'list-item' && next && next.kind === 'text' && entryOf(`${text}${next.text}`)) {
      pending = line;
      continue;
    }
    // A table of contents whose entries are all lost: its section headings are still its own.
    if (toc.entries.length === 0 && isBareSection(line, next)) {
      section = compact(text);
      toc.sections.push(section);
      toc.endIndex = i + 1;
      continue;
    }
    break;
  }
  return toc;
}

/**
 * Whether a line under the 目录 heading, before any entry, is a section heading without entries:
 * short, unpunctuated, not a document's title (it names no document type and no 发文字号 follows).
 */
function isBareSection(line: SourceLine, next: SourceLine | undefined): boolean {
  const text = line.text;
  if (line.kind === 'table-row' || text.length > 30 || /[。，；：:,;]/u.test(text)) return false;
  if (endsTitle(text) || documentNumberOfLine(text) !== undefined) return false;
  return next === undefined || documentNumberOfLine(next.text) === undefined;
}

function nextContent(lines: readonly SourceLine[], from: number): SourceLine | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind !== 'blank') return line;
  }
  return undefined;
}
