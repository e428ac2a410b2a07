/**
 * What an error shows of a value it refused.
 *
 * @internal
 * @packageDocumentation
 */

/**
 * A short text for a value that is not a string, for an error's `input`. Never throws: `String()`
 * does for `{ toString: 0 }` and `Object.create(null)`, which would escape as a TypeError.
 */
export function shown(value: unknown): string {
  try {
    return String(value).slice(0, 200);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
