/**
 * The one way the date functions throw: the package's ParseError, its code as the message.
 * Its own module so that `day-number.ts` (under `iso-date.ts`) and the grammar share it without
 * an import circle.
 *
 * @internal
 * @packageDocumentation
 */
import { ParseError } from '../numbering/parse-error.js';

/** Throws the package's ParseError; the code says what is wrong. */
export function fail(code: string, input: string, index?: number): never {
  throw new ParseError(code, input, code, index);
}

/** Throws the package's ParseError; the message is the code and what is wrong (`detail`). */
export function failWith(code: string, input: string, detail: unknown, index?: number): never {
  throw new ParseError(code, input, `${code}: ${detail}`, index);
}
