/**
 * Reviewed, text-level corrections of the verbatim source, applied before parsing.
 *
 * Each correction names a 1-based line of the verbatim source, the exact text found there
 * (`before`, which may span several lines), its replacement and the reason. A correction that
 * does not match exactly once where it says fails the build: a correction never applies to text
 * it was not written for.
 */
import { LineIndex } from '@gongbao/parser';

/** One reviewed edit of the verbatim source. */
export interface SourceCorrection {
  /** Stable identifier, kebab-case; never reused. */
  readonly id: string;
  /** 1-based line of the verbatim source where `before` starts. */
  readonly line: number;
  /** The exact text replaced; may span several lines (`\n`). */
  readonly before: string;
  /** The replacement text. */
  readonly after: string;
  /** Why the source is broken there and what the fix restores. */
  readonly why: string;
}

/** Thrown when the corrections file is malformed or a correction does not match its place. */
export class CorrectionError extends Error {
  /** The id of the offending correction. */
  readonly correctionId: string;

  constructor(correctionId: string, message: string) {
    super(`correction ${correctionId}: ${message}`);
    this.name = 'CorrectionError';
    this.correctionId = correctionId;
  }
}

/** A correction located in the verbatim text: `before` occupies [start, end). */
export interface LocatedCorrection extends SourceCorrection {
  readonly start: number;
  readonly end: number;
}

/** The corrected text and where each correction sits in both texts. */
export interface CorrectedSource {
  /** The text after every correction. */
  readonly text: string;
  /** The corrections in source order with their offsets in the verbatim text. */
  readonly applied: readonly LocatedCorrection[];
  /**
   * Maps a UTF-16 offset in the corrected text to the offset in the verbatim text. Offsets outside
   * every replacement shift back; an offset inside a replacement maps to the replaced text's
   * start (or its end for the replacement's end), so provenance always points into the source.
   * With `side: 'end'` (the exclusive end of a range), an offset inside a replacement maps to the
   * replaced text's end instead: a range that ends in corrected text then covers all the text
   * that was corrected, never an empty or cut piece of it.
   */
  readonly toSourceOffset: (correctedOffset: number, side?: 'start' | 'end') => number;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Checks the shape of a corrections list read from JSON.
 *
 * @throws CorrectionError for a missing or mistyped field, a duplicate id, an empty `why` or a
 *   no-op (`before === after`).
 */
export function validateCorrections(value: unknown): SourceCorrection[] {
  if (!Array.isArray(value)) throw new CorrectionError('(file)', 'expected an array of corrections');
  const seen = new Set<string>();
  return value.map((item: unknown, index) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const id = typeof record.id === 'string' ? record.id : `#${index}`;
    const keys = Object.keys(record).sort().join(',');
    if (keys !== 'after,before,id,line,why') {
      throw new CorrectionError(id, `expected exactly the fields id, line, before, after, why; got ${keys}`);
    }
    const { line, before, after, why } = record;
    if (!ID.test(id)) throw new CorrectionError(id, 'id must be kebab-case');
    if (seen.has(id)) throw new CorrectionError(id, 'duplicate id');
    seen.add(id);
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) {
      throw new CorrectionError(id, 'line must be a positive integer');
    }
    if (typeof before !== 'string' || before.length === 0) throw new CorrectionError(id, 'before must be non-empty');
    if (typeof after !== 'string') throw new CorrectionError(id, 'after must be a string');
    if (before === after) throw new CorrectionError(id, 'before and after are equal');
    if (typeof why !== 'string' || why.trim().length < 10) throw new CorrectionError(id, 'why must explain the fix');
    return { id, line, before, after, why };
  });
}

/**
 * Applies corrections to the verbatim source.
 *
 * `before` must occur exactly once within the lines it claims (line `line` to line
 * `line + number of newlines in before`); corrections must not overlap.
 *
 * @throws CorrectionError when a correction matches zero or several times where it says, names a
 *   line past the end, or overlaps another.
 */
export function applyCorrections(source: string, corrections: readonly SourceCorrection[]): CorrectedSource {
  const lines = new LineIndex(source);
  const located: LocatedCorrection[] = corrections.map((correction) => {
    const spanned = correction.before.split('\n').length;
    const last = correction.line + spanned - 1;
    if (last > lines.lineCount) {
      throw new CorrectionError(correction.id, `lines ${correction.line}…${last} are past the end`);
    }
    const first = lines.lineStart(correction.line);
    const regionEnd = last === lines.lineCount ? source.length : lines.lineStart(last + 1) - 1;
    const region = source.slice(first, regionEnd);
    const found = occurrences(region, correction.before);
    if (found.length !== 1) {
      throw new CorrectionError(
        correction.id,
        `expected the text once at line ${correction.line}, found it ${found.length} times`,
      );
    }
    const start = first + (found[0] ?? 0);
    return { ...correction, start, end: start + correction.before.length };
  });
  located.sort((a, b) => a.start - b.start);
  for (let i = 1; i < located.length; i++) {
    const previous = located[i - 1];
    const current = located[i];
    if (previous && current && current.start < previous.end) {
      throw new CorrectionError(current.id, `overlaps correction ${previous.id}`);
    }
  }

  const parts: string[] = [];
  // Segments of the corrected text: [correctedStart, sourceStart, length, isReplacement, sourceLength].
  const segments: Array<{ from: number; source: number; length: number; replaced: number | null }> = [];
  let sourcePos = 0;
  let correctedPos = 0;
  for (const correction of located) {
    const kept = source.slice(sourcePos, correction.start);
    parts.push(kept, correction.after);
    segments.push({ from: correctedPos, source: sourcePos, length: kept.length, replaced: null });
    correctedPos += kept.length;
    segments.push({
      from: correctedPos,
      source: correction.start,
      length: correction.after.length,
      replaced: correction.end - correction.start,
    });
    correctedPos += correction.after.length;
    sourcePos = correction.end;
  }
  const tail = source.slice(sourcePos);
  parts.push(tail);
  segments.push({ from: correctedPos, source: sourcePos, length: tail.length, replaced: null });
  const text = parts.join('');

  const toSourceOffset = (offset: number, side: 'start' | 'end' = 'start'): number => {
    if (offset <= 0) return 0;
    if (offset >= text.length) return source.length;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((segments[mid]?.from ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    const segment = segments[low];
    if (!segment) return 0;
    if (segment.replaced === null) return segment.source + (offset - segment.from);
    const into = offset - segment.from;
    if (into >= segment.length || (side === 'end' && into > 0)) return segment.source + segment.replaced;
    return segment.source;
  };

  return { text, applied: located, toSourceOffset };
}
