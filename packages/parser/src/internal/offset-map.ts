/**
 * Maps positions in a cleaned text (markup removed, lines joined) back to UTF-16 offsets in the
 * source. The cleaned text is a concatenation of runs, each a verbatim copy of a source stretch
 * (or a synthetic character such as the newline that stands for a `<br>`); a run is one
 * breakpoint, and a look-up is a binary search over the breakpoints.
 *
 * Small on purpose — there is one per line and per table cell: three fields. Most texts are a
 * single run, kept in `#first` without any array; further runs go into one flat array of
 * (text start, source start) pairs. A source start is stored as `s` for a verbatim run and as
 * `-1 - s` for a synthetic one (every character of it maps to `s`).
 */
export class OffsetMap {
  /** The first run's source start, encoded (see the class comment); meaningless while empty. */
  #first = 0;
  /** The length of the cleaned text mapped so far; 0: no runs. */
  #length = 0;
  /** Runs after the first, as flat pairs: text start, encoded source start. */
  #more: number[] | undefined;

  /** The length of the cleaned text mapped so far. */
  get length(): number {
    return this.#length;
  }

  /** Appends a run of `length` characters that starts at `sourceStart` in the source. */
  push(sourceStart: number, length: number, verbatim = true): void {
    if (length <= 0) return;
    const encoded = verbatim ? sourceStart : -1 - sourceStart;
    if (this.#length === 0) {
      this.#first = encoded;
      this.#length = length;
      return;
    }
    const more = this.#more;
    const lastText = more ? (more[more.length - 2] as number) : 0;
    const lastSource = more ? (more[more.length - 1] as number) : this.#first;
    // Extend the previous run when this one continues it in the source.
    if (verbatim && lastSource >= 0 && lastSource + (this.#length - lastText) === sourceStart) {
      this.#length += length;
      return;
    }
    if (more) more.push(this.#length, encoded);
    else this.#more = [this.#length, encoded];
    this.#length += length;
  }

  /** Appends all runs of `other`, shifted to the end of this map. */
  append(other: OffsetMap): void {
    if (other.#length === 0) return;
    const more = other.#more;
    const firstEnd = more ? (more[0] as number) : other.#length;
    this.#pushEncoded(other.#first, firstEnd);
    if (!more) return;
    for (let k = 0; k < more.length; k += 2) {
      const next = (more[k + 2] as number | undefined) ?? other.#length;
      this.#pushEncoded(more[k + 1] as number, next - (more[k] as number));
    }
  }

  #pushEncoded(encoded: number, length: number): void {
    if (encoded >= 0) this.push(encoded, length);
    else this.push(-1 - encoded, length, false);
  }

  /** The map of the cleaned-text range `[from, to)` as a text of its own (a line cut into pieces). */
  slice(from: number, to: number): OffsetMap {
    const out = new OffsetMap();
    const end = Math.min(to, this.#length);
    if (this.#length === 0 || end <= from) return out;
    const more = this.#more;
    // Run k starts at text offset textStart(k); run 0 is #first, run k ≥ 1 the pair k − 1 of #more.
    const runs = more ? (more.length >> 1) + 1 : 1;
    const textStart = (k: number) => (k === 0 ? 0 : ((more as number[])[2 * (k - 1)] as number));
    // The run that holds `from` (binary search: a line cut into many pieces stays linear).
    let k = 0;
    let high = runs - 1;
    while (k < high) {
      const mid = (k + high + 1) >> 1;
      if (textStart(mid) <= from) k = mid;
      else high = mid - 1;
    }
    for (; k < runs && textStart(k) < end; k++) {
      const runStart = textStart(k);
      const runEnd = k + 1 < runs ? textStart(k + 1) : this.#length;
      const a = Math.max(from, runStart);
      const b = Math.min(end, runEnd);
      const encoded = k === 0 ? this.#first : ((more as number[])[2 * (k - 1) + 1] as number);
      if (encoded >= 0) out.push(encoded + (a - runStart), b - a);
      else out.push(-1 - encoded, b - a, false);
    }
    return out;
  }

  /** The source offset of the character at `index` in the cleaned text (clamped). */
  sourceOffset(index: number): number {
    if (this.#length === 0) return 0;
    const i = Math.max(0, Math.min(index, this.#length - 1));
    const more = this.#more;
    let textStart = 0;
    let encoded = this.#first;
    if (more && i >= (more[0] as number)) {
      // The last pair whose text start is ≤ i.
      let low = 0;
      let high = (more.length >> 1) - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((more[2 * mid] as number) <= i) low = mid;
        else high = mid - 1;
      }
      textStart = more[2 * low] as number;
      encoded = more[2 * low + 1] as number;
    }
    return encoded >= 0 ? encoded + (i - textStart) : -1 - encoded;
  }

  /** Source range `[start, end)` of the cleaned-text range `[from, to)`. */
  sourceRange(from: number, to: number): { start: number; end: number } {
    if (this.#length === 0) return { start: 0, end: 0 };
    const start = this.sourceOffset(from);
    const end = to <= from ? start : this.sourceOffset(to - 1) + 1;
    return { start, end: Math.max(start, end) };
  }
}
