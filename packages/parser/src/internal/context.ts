import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '../diagnostic.js';
import { LineIndex } from '../line-index.js';
import { splitGluedLines } from './glued.js';
import { splitRunOnLines } from './run-on.js';
import { type SourceLine, scanLines } from './scan.js';

/** A source range in the shape of core's provenance: offsets, first line, last line when different. */
export interface Range {
  start: number;
  end: number;
  line: number;
  endLine?: number;
}

/** What every stage of the parser shares: the source, its lines, and the diagnostics so far. */
export class ParseContext {
  readonly source: string;
  readonly lines: SourceLine[];
  readonly lineIndex: LineIndex;
  readonly diagnostics: Diagnostic[] = [];

  constructor(text: string) {
    // Every line break as \n: a lone CR (old Mac text) and U+2028/U+2029 (copied from web pages)
    // end lines too. One character for one, so every offset is an offset into `text`.
    const source = text.replace(/\r(?!\n)|[\u2028\u2029]/g, '\n');
    this.source = source;
    // A text that lost its line breaks (a web copy on one line) is cut at its structural points,
    // and a line where one pasted page runs into the next is cut at their boundary.
    this.lines = splitGluedLines(splitRunOnLines(scanLines(source)));
    this.lineIndex = new LineIndex(source);
  }

  /** The provenance range `[start, end)`, with `endLine` when it spans lines. */
  range(start: number, end: number): Range {
    const line = this.lineIndex.lineAt(start);
    const last = end > start ? this.lineIndex.lineAt(end - 1) : line;
    return last > line ? { start, end, line, endLine: last } : { start, end, line };
  }

  /** The range covering source lines `from`…`to`, both included (`to` defaults to `from`). */
  linesRange(from: SourceLine, to: SourceLine = from): Range {
    return this.range(from.start, Math.max(from.start, to.end));
  }

  /** The scanned line that holds `offset` (a run of blank lines is one line; see scanLines). */
  sourceLineAt(offset: number): SourceLine | undefined {
    const lines = this.lines;
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lines[mid] as SourceLine).start <= offset) low = mid;
      else high = mid - 1;
    }
    return lines[low];
  }

  /** Records a diagnostic at `[start, end)` with the code's severity. */
  report(code: DiagnosticCode, message: string, start: number, end: number): void {
    this.diagnostics.push({
      severity: DIAGNOSTIC_CODES[code].severity,
      code,
      message,
      range: { start, end: Math.max(start, end), line: this.lineIndex.lineAt(Math.min(start, this.source.length)) },
    });
  }
}
