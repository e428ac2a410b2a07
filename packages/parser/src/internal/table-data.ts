import type { CleanText } from './markup.js';
import type { SourceLine } from './scan.js';
import type { RawRows } from './table-rows.js';

/**
 * Body rows of a table, each by its index: its cells after carrying and joining, its cells as
 * read, its line, its group and totals label. What the table checks read.
 */
export interface BodyRows {
  readonly length: number;
  /** The text of cell `c` of row `i` after carrying and joining ('' past the table's width). */
  cell(i: number, c: number): string;
  /** The text of cell `c` of row `i` as read ('' past the row's own cells). */
  own(i: number, c: number): string;
  /** The number of cells row `i` was read with. */
  ownWidth(i: number): number;
  line(i: number): SourceLine;
  /** The clean cells of row `i` when kept (a cell with markup or white space); else undefined. */
  keptClean(i: number): CleanText[] | undefined;
  group(i: number): string | undefined;
  total(i: number): string | undefined;
}

/**
 * The data rows of a table (its body without empty and group rows): each is a row as read (an
 * index into {@link RawRows}), so there is no object per row; a row's cells are the row's own
 * texts until {@link setCell} changes one — then that row alone gets a copy. Groups are kept only
 * in a table with group rows, totals labels only for totals rows.
 */
export class DataRows implements BodyRows {
  readonly #rows: RawRows;
  readonly #width: number;
  /** The row as read of each data row (the first #length of a typed array as long as the body). */
  #raw: Int32Array<ArrayBuffer>;
  #length = 0;
  readonly #groups: Array<string | undefined> | undefined;
  readonly #totals = new Map<number, string>();
  /** The cells of the rows a cell was carried or joined into. */
  readonly #changed = new Map<number, string[]>();

  /**
   * @param rows - The rows as read.
   * @param width - The table's number of columns.
   * @param withGroups - Whether the table has group rows (then each data row keeps its group).
   * @param capacity - The most data rows there can be (the body's rows).
   */
  constructor(rows: RawRows, width: number, withGroups: boolean, capacity: number) {
    this.#rows = rows;
    this.#width = width;
    this.#groups = withGroups ? [] : undefined;
    this.#raw = new Int32Array(capacity);
  }

  get length(): number {
    return this.#length;
  }

  /** Whether any data row is a totals row. */
  get hasTotals(): boolean {
    return this.#totals.size > 0;
  }

  /** Appends row `r` (as read) with its group and totals label. */
  push(r: number, group: string | undefined, total: string | undefined): void {
    const d = this.#length++;
    if (d === this.#raw.length) {
      const raw = new Int32Array(Math.max(16, 2 * d));
      raw.set(this.#raw);
      this.#raw = raw;
    }
    this.#raw[d] = r;
    this.#groups?.push(group);
    if (total !== undefined) this.#totals.set(d, total);
  }

  cell(d: number, c: number): string {
    const changed = this.#changed.get(d);
    if (changed) return changed[c] ?? '';
    return c < this.#width ? this.own(d, c) : '';
  }

  /** Sets cell `c` of data row `d`, copying the row's texts first while they are still its own. */
  setCell(d: number, c: number, text: string): void {
    let changed = this.#changed.get(d);
    if (!changed) {
      changed = Array.from({ length: this.#width }, (_, i) => this.own(d, i));
      this.#changed.set(d, changed);
    }
    changed[c] = text;
  }

  /** The cells of data row `d` after carrying and joining, one per column. */
  cells(d: number): string[] {
    return this.#changed.get(d) ?? Array.from({ length: this.#width }, (_, i) => this.own(d, i));
  }

  own(d: number, c: number): string {
    return this.#rows.text(this.#raw[d] as number, c);
  }

  ownWidth(d: number): number {
    return this.#rows.width(this.#raw[d] as number);
  }

  line(d: number): SourceLine {
    return this.#rows.line(this.#raw[d] as number);
  }

  keptClean(d: number): CleanText[] | undefined {
    return this.#rows.keptClean(this.#raw[d] as number);
  }

  group(d: number): string | undefined {
    return this.#groups?.[d];
  }

  total(d: number): string | undefined {
    return this.#totals.get(d);
  }

  /** The data rows that are no totals rows (all of them, this, when there are none). */
  withoutTotals(): BodyRows & { setCell(i: number, c: number, text: string): void } {
    if (this.#totals.size === 0) return this;
    const kept: number[] = [];
    for (let d = 0; d < this.#length; d++) if (!this.#totals.has(d)) kept.push(d);
    return new SubsetRows(this, kept);
  }
}

/** Some data rows, by their indices among all: the data rows without the totals rows. */
class SubsetRows implements BodyRows {
  readonly #all: DataRows;
  readonly #at: number[];

  constructor(all: DataRows, at: number[]) {
    this.#all = all;
    this.#at = at;
  }

  get length(): number {
    return this.#at.length;
  }

  #d(i: number): number {
    return this.#at[i] as number;
  }

  cell(i: number, c: number): string {
    return this.#all.cell(this.#d(i), c);
  }

  setCell(i: number, c: number, text: string): void {
    this.#all.setCell(this.#d(i), c, text);
  }

  own(i: number, c: number): string {
    return this.#all.own(this.#d(i), c);
  }

  ownWidth(i: number): number {
    return this.#all.ownWidth(this.#d(i));
  }

  line(i: number): SourceLine {
    return this.#all.line(this.#d(i));
  }

  keptClean(i: number): CleanText[] | undefined {
    return this.#all.keptClean(this.#d(i));
  }

  group(i: number): string | undefined {
    return this.#all.group(this.#d(i));
  }

  total(i: number): string | undefined {
    return this.#all.total(this.#d(i));
  }
}
