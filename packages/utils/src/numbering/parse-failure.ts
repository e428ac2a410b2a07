import { ParseError } from './parse-error.js';

/**
 * Throws the {@link ParseError} of a parser: the message names what was expected and the code.
 *
 * @internal
 */
export function throwParseError(expected: string, code: string, input: string, index?: number): never {
  throw new ParseError(code, input, `Not ${expected}: ${code}`, index);
}
