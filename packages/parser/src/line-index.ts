/**
 * Maps UTF-16 offsets in a text to 1-based line numbers, so diagnostics and provenance can say
 * where something is in the source. Built once in linear time (4 bytes per line, in a typed array);
 * each look-up is a binary search.
 *
 * @example
 * ```ts
 * const index = new LineIndex('一\n二\n三');
 * index.lineAt(0);  //=> 1
 * index.lineAt(4);  //=> 3
 * index.lineCount;  //=> 3
 * ```
 */
export class LineIndex {
  readonly #starts: Uint32Array;

  /**
   * Indexes the line starts of `text`.
   *
   * @param text - The whole source text.
   */
  constructor(text: string) {
    // Counted first, so the array is allocated once at its size (no growth by doubling).
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Uint32Array(count);
    let k = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    this.#starts = starts;
  }

  /** The number of lines (a text without newline has one). */
  get lineCount(): number {
    return this.#starts.length;
  }

  /**
   * The 1-based line that contains `offset`.
   *
   * @param offset - A UTF-16 offset into the text (clamped to the text).
   * @returns The 1-based line number.
   * @throws RangeError when `offset` is negative or not an integer.
   */
  lineAt(offset: number): number {
    if (!Number.isInteger(offset) || offset < 0) {
      throw new RangeError(`Expected a non-negative integer offset, got ${offset}`);
    }
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /**
   * The UTF-16 offset where a 1-based line starts.
   *
   * @param line - A 1-based line number.
   * @returns The offset of the line's first character.
   * @throws RangeError when the line does not exist.
   */
  lineStart(line: number): number {
    const start = this.#starts[line - 1];
    if (start === undefined || !Number.isInteger(line)) {
      throw new RangeError(`Line ${line} is outside 1…${this.#starts.length}`);
    }
    return start;
  }
}
