/**
 * Loading the published data once per process, deep-frozen.
 *
 * Every value is frozen before anyone sees it, so no importer can change what another importer
 * reads (and the search cache, keyed by the frozen documents, cannot go stale). The frozen values
 * are kept in a process-wide registry (`globalThis`, under a `Symbol.for` key that includes a hash
 * of the data): where a process loads both the ESM and the CJS build of this package, or two copies
 * of the same version, the second build finds the values the first one made and returns the very
 * same objects — one copy of the data, not two.
 */
import type { ReadonlyDeep } from '@gongbao/core';

/**
 * Freezes `value` and everything reachable from it (plain JSON-shaped data: objects and arrays).
 * Iterative, so deeply nested data cannot overflow the stack; already frozen parts are skipped.
 */
export function deepFreeze<T>(value: T): ReadonlyDeep<T> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null || Object.isFrozen(next)) continue;
    // Children first, then freeze: enumerating an object after freezing it is several times slower.
    if (Array.isArray(next)) {
      for (let i = 0; i < next.length; i++) stack.push(next[i]);
    } else {
      const record = next as Record<string, unknown>;
      for (const key in record) stack.push(record[key]);
    }
    Object.freeze(next);
  }
  return value as ReadonlyDeep<T>;
}

const registry = globalThis as unknown as Record<symbol, unknown>;

/**
 * The process-wide frozen value stored under `key`, made (and deep-frozen) by `make` the first
 * time any build of this package asks for it.
 *
 * @param key - A key that changes whenever the data changes (it includes the data's hash).
 * @param make - Builds the value from the generated JSON.
 */
export function sharedFrozen<T>(key: string, make: () => T): ReadonlyDeep<T> {
  const symbol = Symbol.for(`@gongbao/data:${key}`);
  const existing = registry[symbol];
  // Only a frozen value can have come from this function; anything else is not trusted.
  if (existing !== undefined && Object.isFrozen(existing)) return existing as ReadonlyDeep<T>;
  const value = deepFreeze(make());
  try {
    Object.defineProperty(globalThis, symbol, { value, enumerable: false, writable: false, configurable: false });
  } catch {
    // The key is taken by something else (not configurable): keep this copy to ourselves.
  }
  return value;
}
