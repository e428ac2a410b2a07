import type { OutlineMarker } from '@gongbao/utils';
import { markerOf, stopsAfterMarker } from './line-marker.js';
import { type CleanText, stripInlineMarkup, VerbatimText } from './markup.js';
import { OffsetMap } from './offset-map.js';
import { visibleLength } from './rules.js';
import { isSpaceCode } from './space.js';

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
}

/** The map of every blank line's empty text: one shared object (nothing appends to a blank line's map). */
const NO_TEXT = new OffsetMap();

/** The kinds in the order of their code in a scanned line's packed form (kind | depth << 3). */
const KINDS: readonly LineKind[] = ['blank', 'heading', 'list-item', 'table-row', 'text'];
const KIND_CODE: Record<LineKind, number> = { blank: 0, heading: 1, 'list-item': 2, 'table-row': 3, text: 4 };

/**
 * A scanned line. A class, not an object literal, so that every line has one shape with `marker`
 * in it from the start, and so that the map is made only when asked for: a table row's text is
 * the source stretch itself, whose map nobody reads (its cells get their own). There is one per
 * line of the input, so it is kept small: kind and heading depth share one small integer, and the
 * cleaned text, the source offset of a verbatim text and its map once made share one field —
 * 8 fields instead of 10 (16 bytes a line less: 4 bytes per input byte on rows of `a\tb`) — and a
 * verbatim text (most lines) is kept as its source offset, not as a VerbatimText (40 bytes).
 */
export class ScannedLine implements SourceLine {
  readonly index: number;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The outline marker at the start of the text, once read (`null`: none). */
  #marker: OutlineMarker | null | undefined = undefined;
  /** KIND_CODE of the kind | heading depth << 3. */
  readonly #form: number;
  /**
   * The cleaned text (whose map is the line's), or the source offset of a verbatim text, which
   * becomes its map when first asked for.
   */
  #clean: CleanText | OffsetMap | number;

  constructor(
    index: number,
    line: number,
    start: number,
    end: number,
    kind: LineKind,
    depth: number,
    text: string,
    clean: CleanText | OffsetMap | number,
  ) {
    this.index = index;
    this.line = line;
    this.start = start;
    this.end = end;
    this.text = text;
    this.#form = KIND_CODE[kind] | (depth << 3);
    this.#clean = clean;
  }

  get kind(): LineKind {
    return KINDS[this.#form & 7] as LineKind;
  }

  get depth(): number {
    return this.#form >> 3;
  }

  /** The same line at another index (lines after one split into several move down). */
  withIndex(index: number): ScannedLine {
    const copy = new ScannedLine(index, this.line, this.start, this.end, this.kind, this.depth, this.text, this.#clean);
    copy.#marker = this.#marker;
    return copy;
  }

  /*
   * A line that is not a table row is also its own one-line paragraph (paragraphs.ts: Paragraph):
   * these getters answer for it, so that no second object per line of running text is made.
   */

  /** The outline marker at the start of the text (none on a table row), read once. */
  get marker(): OutlineMarker | undefined {
    let marker = this.#marker;
    if (marker === undefined) {
      marker = (this.kind === 'table-row' ? undefined : markerOf(this.text)) ?? null;
      this.#marker = marker;
    }
    return marker ?? undefined;
  }

  /** As a paragraph: its first line. */
  get first(): ScannedLine {
    return this;
  }

  /** As a paragraph: its last line. */
  get last(): ScannedLine {
    return this;
  }

  /** As a paragraph: whether the line is a markdown list item. */
  get listItem(): boolean {
    return this.kind === 'list-item';
  }

  /** As a paragraph: the visible length of the text (read a bounded number of times per line). */
  get visible(): number {
    return visibleLength(this.text);
  }

  /** As a paragraph: whether the text after the marker holds a sentence end or a colon. */
  get stop(): boolean {
    return stopsAfterMarker(this.text, this.marker);
  }

  /** As a paragraph: the last two characters of the text. */
  get tail(): string {
    return this.text.slice(-2);
  }

  get map(): OffsetMap {
    const clean = this.#clean;
    if (clean instanceof OffsetMap) return clean;
    if (typeof clean !== 'number') return clean.map;
    const map = new OffsetMap();
    map.push(clean, this.text.length);
    this.#clean = map;
    return map;
  }
}

/**
 * A run of blank lines (or a line of markup without text). Half the lines of a text of short
 * paragraphs are these, so they carry only their place — 4 fields, 56 bytes instead of a
 * ScannedLine's 88 — and answer the rest from the class: no text, no heading depth, the shared
 * empty map.
 */
class BlankLine implements SourceLine {
  readonly index: number;
  readonly line: number;
  readonly start: number;
  readonly end: number;

  constructor(index: number, line: number, start: number, end: number) {
    this.index = index;
    this.line = line;
    this.start = start;
    this.end = end;
  }

  get kind(): LineKind {
    return 'blank';
  }

  get depth(): number {
    return 0;
  }

  get text(): string {
    return '';
  }

  get map(): OffsetMap {
    return NO_TEXT;
  }

  /** The same blank line at another index. */
  withIndex(index: number): BlankLine {
    return new BlankLine(index, this.line, this.start, this.end);
  }
}

/**
 * A row of tab-separated cells: its place and its text (its source stretch, tabs kept), nothing
 * else — 5 fields, 64 bytes instead of a ScannedLine's 88. Its map (read by nobody but a rare
 * splitter: its cells get their own) is made when asked for. The text is kept, not cut from the
 * source when read: the head finders read every line's text, and would cut a copy per read.
 */
class TableRowLine implements SourceLine {
  readonly index: number;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;

  constructor(index: number, line: number, start: number, end: number, text: string) {
    this.index = index;
    this.line = line;
    this.start = start;
    this.end = end;
    this.text = text;
  }

  get kind(): LineKind {
    return 'table-row';
  }

  get depth(): number {
    return 0;
  }

  get map(): OffsetMap {
    const map = new OffsetMap();
    map.push(this.start, this.end - this.start);
    return map;
  }

  /** The same row at another index. */
  withIndex(index: number): TableRowLine {
    return new TableRowLine(index, this.line, this.start, this.end, this.text);
  }
}

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
    lines.push(new BlankLine(lines.length, blank.line, blank.start, blank.end));
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
    lines.push(line.index === lines.length ? line : withIndex(line, lines.length));
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

/**
 * The line at another index. Not `{ ...line, index }`: a scanned line's map is made when first
 * asked for (a getter, which a spread does not copy).
 */
export function withIndex(line: SourceLine, index: number): SourceLine {
  if (line instanceof ScannedLine || line instanceof BlankLine || line instanceof TableRowLine)
    return line.withIndex(index);
  return { ...line, index };
}

/**
 * Line `line`'s text `[from, to)`, trimmed, as a line of its own at `index`: its kind and depth,
 * its own source range and map (a glued line's two parts, the body after the addressees on their
 * line). A scanned line, not an object spread of one: kind, depth and map are getters a spread drops.
 */
export function pieceOfLine(line: SourceLine, from: number, to: number, index = line.index): ScannedLine {
  const text = line.text;
  let a = from;
  let b = to;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  const range = line.map.sourceRange(a, b);
  return new ScannedLine(
    index,
    line.line,
    range.start,
    range.end,
    line.kind,
    line.depth,
    text.slice(a, b),
    line.map.slice(a, b),
  );
}

/** Whether `source[start, end)` is only white space (and zero-width characters, see space.ts), without slicing it. */
function isBlank(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(source.charCodeAt(i))) return false;
  return true;
}

/** Classifies a line that is not blank (scanLines has checked it with isBlank). */
function classify(source: string, start: number, end: number, index: number, line: number): SourceLine {
  // A tab anywhere in a line with text makes a table row: its text is the source stretch, tabs kept
  // (cells are cleaned one by one later). A loop, not indexOf, which would search past the line.
  for (let i = start; i < end; i++) {
    if (source.charCodeAt(i) === 0x09) return new TableRowLine(index, line, start, end, source.slice(start, end));
  }
  let kind: LineKind = 'text';
  let depth = 0;
  let contentStart = start;
  // Headings and list items start with # - * + after at most three spaces: only such a line is
  // sliced for the patterns (the others' text is cut once, by stripInlineMarkup).
  let p = start;
  while (p < end && p - start < 3 && source.charCodeAt(p) === 0x20) p++;
  const c = source.charCodeAt(p);
  if (p < end && (c === 0x23 || c === 0x2d || c === 0x2a || c === 0x2b)) {
    const raw = source.slice(start, end);
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
  // Block tags (<p>, <br>, <div>, <li>) become line breaks: a web copy's paragraphs on one line.
  const clean = stripInlineMarkup(source, contentStart, end, true);
  // Markup without text: scanLines adds it to the run of blank lines around it.
  if (clean.text === '') return new BlankLine(index, line, start, end);
  // A verbatim text (most lines) is kept as its source offset, not as the object around it.
  const at = clean instanceof VerbatimText ? clean.verbatimStart : undefined;
  return new ScannedLine(index, line, start, end, kind, depth, clean.text, at ?? clean);
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
