/**
 * What every command gets: the output streams, the colours, stdin and the environment, and the
 * exit code it may set (a command that finds error diagnostics sets 1 and still prints).
 */
import type { Colors, Environment } from './colors.js';
import type { Output } from './output.js';

/** The command's world. */
export interface Context {
  /** Standard output: the data. */
  readonly out: Output;
  /** Standard error: messages, diagnostics, progress. */
  readonly err: Output;
  /** Colours for stdout (none on a pipe, with NO_COLOR …). */
  readonly color: Colors;
  /** Colours for stderr. */
  readonly errColor: Colors;
  /** Standard input, read for the file name `-`. */
  readonly stdin: AsyncIterable<Uint8Array | string>;
  /** The environment (NO_COLOR, FORCE_COLOR, TERM). */
  readonly env: Environment;
  /** The exit code so far; a command sets 1 when it reports an error but goes on. */
  exitCode: number;
}

/** Waits while stdout holds more than it should (backpressure, see `Output.ready`). */
export async function outputReady(ctx: Context): Promise<void> {
  const wait = ctx.out.ready();
  if (wait) await wait;
}

/**
 * Writes a value as JSON (two-space indentation, one trailing newline), piece by piece, waiting
 * for stdout to drain between pieces: a large result is never one string, nor piled up unread.
 */
export async function writeJson(ctx: Context, value: unknown): Promise<void> {
  for (const chunk of jsonChunks(value)) {
    ctx.out.write(chunk);
    await outputReady(ctx);
  }
  ctx.out.line();
}

// Below this depth a subtree is written by one JSON.stringify: big arrays and objects near the top
// are written piece by piece, so that no single string holds the whole output.
const STREAMED_DEPTH = 3;

const skipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * The text of `JSON.stringify(value, null, 2)`, byte for byte, in pieces.
 *
 * @throws TypeError as JSON.stringify does (a cycle, a BigInt).
 */
export function* jsonChunks(value: unknown, indent = '', depth = 0): Generator<string> {
  if (
    depth >= STREAMED_DEPTH ||
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const item: unknown = value[i];
      yield* jsonChunks(skipped(item) ? null : item, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (skipped(item)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonChunks(item, inner, depth + 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * Writes an array as JSON item by item, byte for byte what `writeJson` writes for the whole array,
 * without holding the items in memory.
 */
export async function writeJsonArray(ctx: Context, items: AsyncIterable<unknown>): Promise<void> {
  let first = true;
  for await (const item of items) {
    ctx.out.write(first ? '[\n  ' : ',\n  ');
    for (const chunk of jsonChunks(item, '  ', 1)) ctx.out.write(chunk);
    first = false;
    await outputReady(ctx);
  }
  ctx.out.line(first ? '[]' : '\n]');
}

/** Writes a message to stderr, prefixed with the program's name. */
export function warn(ctx: Context, message: string): void {
  ctx.err.line(`gongbao: ${message}`);
}
