/**
 * Buffered writing to stdout or stderr that remembers the first write error instead of throwing
 * or crashing: a closed pipe (EPIPE) or a full disk is reported once, by the exit code.
 */

/** A write error in one line: `ENOSPC: no space left on device, write`. */
export function writeErrorText(error: NodeJS.ErrnoException): string {
  const { code, message } = error;
  return code === undefined || message.startsWith(code) ? message : `${code}: ${message}`;
}

/** The part of a writable stream the command uses (process.stdout, a file, a PassThrough). */
export interface WritableText {
  write(chunk: string, callback?: (error?: Error | null) => void): boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'error', listener: (error: Error) => void): unknown;
  /** Listens once for 'drain', after `write` returned false (a stream without it is never waited for). */
  once?(event: 'drain', listener: () => void): unknown;
  /** Stops listening for 'drain'. */
  removeListener?(event: 'drain', listener: () => void): unknown;
  /** True on a terminal. */
  readonly isTTY?: boolean;
  /** The terminal's width, when it is one. */
  readonly columns?: number;
}

// Lines are gathered into chunks of this size: one write per line would cost a system call each.
const CHUNK = 1 << 16;

/** One output stream of the command. */
export class Output {
  readonly #stream: WritableText;
  #buffer = '';
  #error: NodeJS.ErrnoException | undefined;
  /** Set while the stream holds more than its high-water mark: resolved on 'drain' (or an error). */
  #full: { readonly promise: Promise<void>; readonly resolve: () => void } | undefined;
  readonly #onDrain = (): void => {
    const full = this.#full;
    this.#full = undefined;
    full?.resolve();
  };
  readonly #onError = (error: Error): void => {
    this.#error ??= error;
    this.#onDrain(); // nothing more is written: whoever waits for 'drain' goes on
  };

  constructor(stream: WritableText) {
    this.#stream = stream;
    stream.on('error', this.#onError);
  }

  /** Whether the stream is a terminal. */
  get isTTY(): boolean {
    return this.#stream.isTTY === true;
  }

  /** The terminal's width (80 when unknown). */
  get columns(): number {
    return this.#stream.columns ?? 80;
  }

  /** The first write error, once the stream reported one. */
  get error(): NodeJS.ErrnoException | undefined {
    return this.#error;
  }

  /** Writes text (buffered); nothing once the stream failed. */
  write(text: string): void {
    if (this.#error) return;
    this.#buffer += text;
    if (this.#buffer.length >= CHUNK) this.#drainBuffer();
  }

  /**
   * Backpressure: a promise that resolves when the stream has taken what it holds ('drain'), or
   * undefined when it can take more now. Commands that write a lot await it between items, so that
   * the output waits for the reader instead of piling up in memory (`outputReady` of context.ts).
   */
  ready(): Promise<void> | undefined {
    return this.#full?.promise;
  }

  /** Writes one line. */
  line(text = ''): void {
    this.write(`${text}\n`);
  }

  /** Writes text at once, unbuffered (progress lines on a terminal). */
  now(text: string): void {
    this.#drainBuffer();
    if (!this.#error) this.#stream.write(text);
  }

  #drainBuffer(): void {
    if (this.#buffer === '' || this.#error) return;
    const chunk = this.#buffer;
    this.#buffer = '';
    let more: boolean;
    try {
      more = this.#stream.write(chunk);
    } catch (error) {
      this.#onError(error as Error);
      return;
    }
    if (!more && this.#full === undefined && this.#stream.once && !this.#error) {
      let resolve = (): void => {};
      const promise = new Promise<void>((done) => {
        resolve = done;
      });
      this.#full = { promise, resolve };
      this.#stream.once('drain', this.#onDrain);
    }
  }

  /**
   * Writes what is buffered and waits until the stream took it, so that a write error (which a
   * stream reports asynchronously) is known before the command chooses its exit code.
   */
  async flush(): Promise<void> {
    this.#drainBuffer();
    if (!this.#error) {
      await new Promise<void>((resolve) => {
        try {
          this.#stream.write('', (error) => {
            if (error) this.#onError(error);
            resolve();
          });
        } catch (error) {
          this.#onError(error as Error);
          resolve();
        }
      });
    }
    // A stream emits 'error' on a later tick than the callback.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Stops listening to the stream's errors. */
  close(): void {
    this.#stream.removeListener?.('drain', this.#onDrain);
    this.#onDrain();
    this.#stream.off('error', this.#onError);
  }
}
