/**
 * The one error every parser in gongbao throws on bad input.
 *
 * Parsers never return a silent wrong value (no `NaN`, no guessed date): when the input is not
 * what they parse, they throw a `ParseError` that says what was wrong (`code`), what the input was
 * (`input`) and, where it is known, the UTF-16 offset of the offending character (`index`).
 *
 * @example
 * ```ts
 * const error = new ParseError('EMPTY', '', 'Expected a Chinese number, got an empty string');
 * error instanceof Error; //=> true
 * error.code;             //=> 'EMPTY'
 * ```
 */
export class ParseError extends Error {
  /** A stable, machine-readable reason, e.g. `'EMPTY'`, `'UNEXPECTED_CHARACTER'`. */
  declare readonly code: string;
  /** The whole input that failed to parse. */
  declare readonly input: string;
  /** UTF-16 offset in `input` where parsing failed, when known. */
  declare readonly index?: number;

  /**
   * Creates a parse error.
   *
   * @param code - A stable, machine-readable reason.
   * @param input - The whole input that failed to parse.
   * @param message - A human-readable explanation.
   * @param index - UTF-16 offset in `input` where parsing failed, when known.
   */
  constructor(code: string, input: string, message: string, index?: number) {
    super(index === undefined ? message : `${message} (at index ${index})`);
    // In the order of the fields before: code, input, name (JSON and logs list them so).
    this.code = code;
    this.input = input;
    this.name = 'ParseError';
    if (index !== undefined) this.index = index;
  }
}
