/**
 * Maps positions in a cleaned text (markup removed, lines joined) back to UTF-16 offsets in the
 * source. The cleaned text is a concatenation of runs, each a verbatim copy of a source stretch
 * (or a synthetic character such as the newline that stands for a `<br>`); a run is one
 * breakpoint, and a look-up is a binary search over the breakpoints. Most texts are a single run,
 * which is kept in fields without allocating arrays.
 */
export class OffsetMap {
  // The first run, inline.
  #source0 = 0;
  #verbatim0 = true;
  #runs = 0;
  // Further runs (text start, source start, verbatim), only when there are several.
  #textStarts: number[] | undefined;
  #sourceStarts: number[] | undefined;
  #verbatims: boolean[] | undefined;
  #length = 0;

  /** The length of the cleaned text mapped so far. */
  get length(): number {
    return this.#length;
  }

  #lastRun(): { text: number; source: number; verbatim: boolean } {
    if (this.#runs === 1 || !this.#textStarts) return { text: 0, source: this.#source0, verbatim: this.#verbatim0 };
    const k = this.#runs - 1;
    return {
      text: this.#textStarts[k] as number,
      source: (this.#sourceStarts as number[])[k] as number,
      verbatim: (this.#verbatims as boolean[])[k] as boolean,
    };
  }

  /** Appends a run of `length` characters that starts at `sourceStart` in the source. */
  push(sourceStart: number, length: number, verbatim = true): void {
    if (length <= 0) return;
    if (this.#runs === 0) {
      this.#source0 = sourceStart;
      this.#verbatim0 = verbatim;
      this.#runs = 1;
      this.#length = length;
      return;
    }
    const last = this.#lastRun();
    // Extend the previous run when this one continues it in the source.
    if (verbatim && last.verbatim && last.source + (this.#length - last.text) === sourceStart) {
      this.#length += length;
      return;
    }
    if (!this.#textStarts) {
      this.#textStarts = [0];
      this.#sourceStarts = [this.#source0];
      this.#verbatims = [this.#verbatim0];
    }
    this.#textStarts.push(this.#length);
    (this.#sourceStarts as number[]).push(sourceStart);
    (this.#verbatims as boolean[]).push(verbatim);
    this.#runs++;
    this.#length += length;
  }

  /** Appends all runs of `other`, shifted to the end of this map. */
  append(other: OffsetMap): void {
    if (other.#runs === 0) return;
    if (other.#runs === 1 || !other.#textStarts) {
      this.push(other.#source0, other.#length, other.#verbatim0);
      return;
    }
    const starts = other.#textStarts;
    for (let k = 0; k < other.#runs; k++) {
      const next = starts[k + 1] ?? other.#length;
      this.push(
        (other.#sourceStarts as number[])[k] as number,
        next - (starts[k] as number),
        (other.#verbatims as boolean[])[k],
      );
    }
  }

  /** The map of the cleaned-text range `[from, to)` as a text of its own (a line cut into pieces). */
  slice(from: number, to: number): OffsetMap {
    const out = new OffsetMap();
    const end = Math.min(to, this.#length);
    if (this.#runs === 0 || end <= from) return out;
    if (this.#runs === 1 || !this.#textStarts) {
      out.push(this.#verbatim0 ? this.#source0 + from : this.#source0, end - from, this.#verbatim0);
      return out;
    }
    const starts = this.#textStarts;
    // The run that holds `from` (binary search: a line cut into many pieces stays linear).
    let k = 0;
    let high = this.#runs - 1;
    while (k < high) {
      const mid = (k + high + 1) >> 1;
      if ((starts[mid] as number) <= from) k = mid;
      else high = mid - 1;
    }
    for (; k < this.#runs && (starts[k] as number) < end; k++) {
      const runStart = starts[k] as number;
      const runEnd = starts[k + 1] ?? this.#length;
      const a = Math.max(from, runStart);
      const b = Math.min(end, runEnd);
      const verbatim = (this.#verbatims as boolean[])[k] as boolean;
      const source = (this.#sourceStarts as number[])[k] as number;
      out.push(verbatim ? source + (a - runStart) : source, b - a, verbatim);
    }
    return out;
  }

  /** The source offset of the character at `index` in the cleaned text (clamped). */
  sourceOffset(index: number): number {
    if (this.#runs === 0) return 0;
    const i = Math.max(0, Math.min(index, this.#length - 1));
    if (this.#runs === 1 || !this.#textStarts) return this.#verbatim0 ? this.#source0 + i : this.#source0;
    const starts = this.#textStarts;
    let low = 0;
    let high = this.#runs - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= i) low = mid;
      else high = mid - 1;
    }
    const base = (this.#sourceStarts as number[])[low] as number;
    return (this.#verbatims as boolean[])[low] ? base + (i - (starts[low] as number)) : base;
  }

  /** Source range `[start, end)` of the cleaned-text range `[from, to)`. */
  sourceRange(from: number, to: number): { start: number; end: number } {
    if (this.#length === 0) return { start: 0, end: 0 };
    const start = this.sourceOffset(from);
    const end = to <= from ? start : this.sourceOffset(to - 1) + 1;
    return { start, end: Math.max(start, end) };
  }
}
