/**
 * A type whose every property, array and nested object is read-only, all the way down — the type
 * of data that must not be changed, such as the deep-frozen exports of `@gongbao/data`. The same
 * idea as type-fest's `ReadonlyDeep`, for JSON-shaped values (objects, arrays, primitives, branded
 * strings such as {@link @gongbao/core!IsoDate | IsoDate}), without a run-time dependency. Core
 * functions that only read an entity (`documentStatus`, `documentToText`, which take
 * {@link @gongbao/core!WithDateInputs | WithDateInputs}) accept its `ReadonlyDeep` form.
 *
 * @typeParam T - The mutable type, e.g. `Document`.
 * @example
 * ```ts
 * const doc: ReadonlyDeep<{ tags: string[] }> = { tags: ['a'] };
 * doc.tags.length; //=> 1
 * ```
 */
export type ReadonlyDeep<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends (...args: never[]) => unknown
    ? T
    : T extends readonly (infer Item)[]
      ? readonly ReadonlyDeep<Item>[]
      : { readonly [Key in keyof T]: ReadonlyDeep<T[Key]> };
