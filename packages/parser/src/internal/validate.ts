import { ParseError } from '@gongbao/utils';
import type { z } from 'zod';
import type { ParseContext } from './context.js';

/**
 * Throws ParseError for input that is no text at all: empty (or only whitespace), or binary
 * (NUL bytes, or mostly control or replacement characters).
 */
export function assertText(input: unknown, what: string): asserts input is string {
  if (typeof input !== 'string') throw new ParseError('NOT_TEXT', String(input), `Expected ${what} as a string`);
  if (!/\S/u.test(input)) throw new ParseError('EMPTY', input, `Expected ${what}, got an empty text`);
  const nul = input.indexOf('\u0000');
  if (nul !== -1)
    throw new ParseError('BINARY', input.slice(0, 200), `Expected ${what}, got binary data (NUL byte)`, nul);
  let bad = 0;
  const sample = Math.min(input.length, 4096);
  for (let i = 0; i < sample; i++) {
    const c = input.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) bad++;
  }
  if (bad > sample * 0.1) throw new ParseError('BINARY', input.slice(0, 200), `Expected ${what}, got binary data`);
}

/**
 * Validates `value` with `schema`; each issue becomes a `schema-invalid` diagnostic at the nearest
 * source range. Returns whether the value is valid.
 */
export function validateInto(
  ctx: ParseContext,
  schema: z.ZodType,
  value: unknown,
  fallback: { start: number; end: number },
): boolean {
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
