import type { OutlineMarker } from '@gongbao/utils';
import { type CleanText, stripInlineMarkup } from './markup.js';
import { OffsetMap } from './offset-map.js';

/**
 * What a source line is, by its form: a markdown heading (`#`…), a list item (`- `), a row of
 * tab-separated cells, a blank line, or plain text.
 */
export type LineKind = 'blank' | 'heading' | 'list-item' | 'table-row' | 'text';

/** One line of the source with its place, its form and its text without markup. */
export interface SourceLine {
  /** 0-based position in the scanned array. */
  readonly index: number;
  /** 1-based line number. */
  readonly line: number;
  /** UTF-16 offset of the line's first character. */
  readonly start: number;
  /** UTF-16 offset just after the line's last character (before the line break). */
  readonly end: number;
  readonly kind: LineKind;
  /** Heading depth (number of `#`), 0 for other lines. */
  readonly depth: number;
  /** The text: markup removed, trimmed. Table rows keep their tabs. */
  readonly text: string;
  /** Positions in `text` → source offsets. */
  readonly map: OffsetMap;
  /** The outline marker at the start of the text, once read (`null`: none). */
  marker?: OutlineMarker | null;
}

/** The map of every blank line's empty text: one shared object (nothing appends to a blank line's map). */
const NO_TEXT = new OffsetMap();

const HEADING = /^[ ]{0,3}(#{1,6})(?:[ \t]+|$)/y;
const LIST_ITEM = /^[ ]{0,3}[-*+][ \t]+/y;

/**
 * Splits a markdown (or plain) text into lines and classifies each. Linear in the input: one
 * pass, each line cleaned once. A run of consecutive blank lines is one `blank` line from the
 * start of the first to the end of the last (so 10 MB of newlines is one line, not 10 million
 * objects); every other line is its own, with its own 1-based `line` number.
 *
 * @param source - The whole text.
 */
export function scanLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  const n = source.length;
  let lineNo = 1;
  // The run of blank lines not yet pushed: its start, end and first line number.
  let blank: { start: number; end: number; line: number } | undefined;
  const flush = () => {
    if (!blank) return;
    lines.push({ ...blank, index: lines.length, kind: 'blank', depth: 0, text: '', map: NO_TEXT });
    blank = undefined;
  };
  while (start <= n) {
    let nl = source.indexOf('\n', start);
    if (nl === -1) nl = n;
    let end = nl;
    if (end > start && source.charCodeAt(end - 1) === 0x0d) end--;
    if (isBlank(source, start, end)) {
      if (blank) blank.end = end;
      else blank = { start, end, line: lineNo };
    } else {
      const line = classify(source, start, end, lines.length + (blank ? 1 : 0), lineNo);
      if (line.kind === 'blank') {
        // Markup without text (<br>, **): blank too.
        if (blank) blank.end = end;
        else blank = { start, end, line: lineNo };
      } else {
        flush();
        pushSplitAtBreaks(lines, line);
      }
    }
    if (nl === n) break;
    start = nl + 1;
    lineNo++;
  }
  flush();
  return lines;
}

/**
 * Pushes a scanned line, or — when its markup held block tags (`<p>…</p><p>…</p>`, `<br>`) — one
 * line for each paragraph they separate, each with its own source range and the same line number.
 */
function pushSplitAtBreaks(lines: SourceLine[], line: SourceLine): void {
  if (line.kind === 'table-row' || !line.text.includes('\n')) {
    lines.push(line.index === lines.length ? line : { ...line, index: lines.length });
    return;
  }
  let from = 0;
  const text = line.text;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    let a = from;
    let b = to;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (b > a) {
      const range = line.map.sourceRange(a, b);
      lines.push({
        index: lines.length,
        line: line.line,
        start: range.start,
        end: range.end,
        kind: a === 0 ? line.kind : 'text',
        depth: a === 0 ? line.depth : 0,
        text: text.slice(a, b),
        map: line.map.slice(a, b),
      });
    }
    from = to + 1;
  }
}

/** Whether a UTF-16 code unit is white space that a line's text is trimmed of. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Whether `source[start, end)` is only whitespace (what `trim()` removes), without slicing it. */
function isBlank(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000) continue;
    if (c < 0x80) return false;
    // Other Unicode white space (U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+FEFF).
    if (!/\s/u.test(source.charAt(i))) return false;
  }
  return true;
}

function classify(source: string, start: number, end: number, index: number, line: number): SourceLine {
  let kind: LineKind = 'text';
  let depth = 0;
  let contentStart = start;
  const raw = source.slice(start, end);
  if (raw.trim() === '') {
    return { index, line, start, end, kind: 'blank', depth, text: '', map: NO_TEXT };
  }
  if (raw.includes('\t') && raw.replace(/\t/g, '').trim() !== '') {
    kind = 'table-row';
  } else {
    HEADING.lastIndex = 0;
    const heading = HEADING.exec(raw);
    if (heading) {
      kind = 'heading';
      depth = (heading[1] as string).length;
      contentStart = start + heading[0].length;
    } else {
      LIST_ITEM.lastIndex = 0;
      const item = LIST_ITEM.exec(raw);
      if (item) {
        kind = 'list-item';
        contentStart = start + item[0].length;
      }
    }
  }
  if (kind === 'table-row') {
    // Keep the tabs: cells are cleaned one by one later.
    const map = new OffsetMap();
    map.push(start, end - start);
    return { index, line, start, end, kind, depth, text: raw, map };
  }
  // Block tags (<p>, <br>, <div>, <li>) become line breaks: a web copy's paragraphs on one line.
  const clean = stripInlineMarkup(source, contentStart, end, true);
  if (clean.text === '') kind = 'blank';
  return { index, line, start, end, kind, depth, text: clean.text, map: clean.map };
}

/** The cells of a table row, each cleaned of markup (`<p>`/`<br>` become newlines). */
export function tableCells(source: string, line: SourceLine): CleanText[] {
  const cells: CleanText[] = [];
  let from = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || source.charCodeAt(i) === 0x09) {
      cells.push(stripInlineMarkup(source, from, i, true));
      from = i + 1;
    }
  }
  return cells;
}
