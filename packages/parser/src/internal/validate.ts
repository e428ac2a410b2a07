import { ParseError } from '@gongbao/utils';
import type { z } from 'zod';
import { validInChunks } from './chunked-validation.js';
import type { ParseContext } from './context.js';

/**
 * Throws ParseError for input that is no text at all: empty (or only whitespace), or binary
 * anywhere (a NUL byte, or a stretch of 4,096 characters more than a tenth of which are control or
 * replacement characters).
 */
export function assertText(input: unknown, what: string): asserts input is string {
  // Its kind, not String(input): that throws for { toString: 0 } and copies a huge array whole.
  if (typeof input !== 'string')
    throw new ParseError('NOT_TEXT', Object.prototype.toString.call(input), `Expected ${what} as a string`);
  if (!/\S/u.test(input)) throw new ParseError('EMPTY', input, `Expected ${what}, got an empty text`);
  const nul = input.indexOf('\u0000');
  if (nul !== -1)
    throw new ParseError('BINARY', input.slice(0, 200), `Expected ${what}, got binary data (NUL byte)`, nul);
  const at = binaryAt(input);
  if (at !== -1) throw new ParseError('BINARY', input.slice(0, 200), `Expected ${what}, got binary data`, at);
}

/** The window of the binary check: any stretch this long of mostly text. */
const WINDOW = 4096;

/**
 * Where binary data starts: the first window of {@link WINDOW} characters (the whole text when it
 * is shorter) in which more than a tenth are control characters (other than tab and line breaks)
 * or U+FFFD; -1 when there is none. Every window of the input is looked at (one sliding pass),
 * so text followed by binary data is found too.
 */
function binaryAt(input: string): number {
  const width = Math.min(input.length, WINDOW);
  const limit = width * 0.1;
  const isBad = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd;
  let bad = 0;
  for (let i = 0; i < input.length; i++) {
    if (isBad(input.charCodeAt(i))) bad++;
    if (i >= width && isBad(input.charCodeAt(i - width))) bad--;
    if (i >= width - 1 && bad > limit) return Math.max(0, i - width + 1);
  }
  return -1;
}

/**
 * Validates `value` with `schema`; each issue becomes a `schema-invalid` diagnostic at the nearest
 * source range. Returns whether the value is valid. A value with large tables is first validated
 * with its tables in chunks (see chunked-validation.ts: the peak holds one chunk's copy, not a
 * copy of every row); only when that does not pass is it validated whole, for the issues.
 */
export function validateInto(
  ctx: ParseContext,
  schema: z.ZodType,
  value: unknown,
  fallback: { start: number; end: number },
): boolean {
  if (validInChunks(schema, value)) return true;
  const result = schema.safeParse(value);
  if (result.success) return true;
  for (const issue of result.error.issues.slice(0, 100)) {
    // The source range of the deepest node on the issue's path that has one.
    let node: unknown = value;
    let range = sourceOf(node) ?? fallback;
    for (const key of issue.path) {
      if (node === null || typeof node !== 'object') break;
      node = (node as Record<PropertyKey, unknown>)[key as PropertyKey];
      range = sourceOf(node) ?? range;
    }
    ctx.report('schema-invalid', `${issue.path.join('.') || '(root)'}: ${issue.message}`, range.start, range.end);
  }
  return false;
}

/** The `source` range of a parsed node, if it has one. */
function sourceOf(node: unknown): { start: number; end: number } | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const source = (node as { source?: { start: number; end: number } }).source;
  return source && typeof source.start === 'number' ? source : undefined;
}
