/**
 * A progress bar on stderr, drawn only when stderr is a terminal: `label [#####-----] 45% 22/50 MB`,
 * redrawn at most ten times a second, erased when done.
 */
import type { Context } from './context.js';

const WIDTH = 24;
const INTERVAL_MS = 100;

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** A bar for work measured in bytes (or in steps, with `unit`). */
export class Progress {
  readonly #ctx: Context;
  readonly #label: string;
  readonly #total: number | undefined;
  readonly #unit: 'bytes' | 'steps';
  #last = 0;
  #drawn = false;

  /**
   * @param ctx - The command's context; nothing is drawn unless stderr is a terminal.
   * @param label - What is being done.
   * @param total - The amount of work, when known.
   * @param unit - What `update` counts.
   */
  constructor(ctx: Context, label: string, total: number | undefined, unit: 'bytes' | 'steps' = 'bytes') {
    this.#ctx = ctx;
    this.#label = label;
    this.#total = total;
    this.#unit = unit;
  }

  /** Shows how far the work is. */
  update(done: number): void {
    if (!this.#ctx.err.isTTY) return;
    const now = Date.now();
    if (this.#drawn && now - this.#last < INTERVAL_MS) return;
    this.#last = now;
    this.#drawn = true;
    const amount = this.#unit === 'bytes' ? `${megabytes(done)}` : `${done}`;
    const of =
      this.#total === undefined ? '' : this.#unit === 'bytes' ? `/${megabytes(this.#total)} MB` : `/${this.#total}`;
    let bar = '';
    if (this.#total !== undefined && this.#total > 0) {
      const share = Math.min(1, done / this.#total);
      const filled = Math.round(share * WIDTH);
      bar = ` [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%`;
    }
    this.#ctx.err.now(`\r${this.#label}${bar} ${amount}${of}${this.#unit === 'bytes' && of === '' ? ' MB' : ''}\x1b[K`);
  }

  /** Shows a phase without a measure (a step that reports no progress of its own). */
  phase(text: string): void {
    if (!this.#ctx.err.isTTY) return;
    this.#drawn = true;
    this.#ctx.err.now(`\r${text}\x1b[K`);
  }

  /** Erases the bar. */
  done(): void {
    if (this.#drawn) this.#ctx.err.now('\r\x1b[K');
    this.#drawn = false;
  }
}
