/**
 * What bump each package needs, from the differences found (docs/versioning.md): the largest level
 * among its differences; a major of `@gongbao/core` forces a major of `@gongbao/data` (its data is
 * validated by core's schemas, and a reader of the data reads them too); a package with no
 * snapshot (never released) needs at least a minor, 0.0.0 → 0.1.0.
 */
import { type Bump, covers, type Difference, maxBump } from './types.js';

/** The package whose schemas define the data, and the data package that a major of it forces. */
export const SCHEMA_PACKAGE = '@gongbao/core';
export const DATA_PACKAGE = '@gongbao/data';

export interface Requirement {
  bump: Bump;
  /** Why: the rule that set the bump (first release, the largest difference, core's major). */
  reason: string;
}

/** The bump each package requires. `released` names the packages that have a snapshot. */
export function requiredBumps(
  packages: readonly string[],
  differences: readonly Difference[],
  released: ReadonlySet<string>,
): Map<string, Requirement> {
  const out = new Map<string, Requirement>();
  for (const name of packages) {
    const own = differences.filter((d) => d.package === name);
    const bump = own.reduce<Bump>((level, d) => maxBump(level, d.level), 'none');
    if (!released.has(name)) {
      out.set(name, {
        bump: maxBump(bump, 'minor'),
        reason: 'first release: everything is new (0.0.0 → 0.1.0 at least)',
      });
    } else if (bump === 'none') {
      out.set(name, { bump, reason: 'no difference from the last release' });
    } else {
      const count = own.filter((d) => d.level === bump).length;
      out.set(name, { bump, reason: `${count} ${bump} difference(s)` });
    }
  }
  const core = out.get(SCHEMA_PACKAGE);
  const data = out.get(DATA_PACKAGE);
  if (core?.bump === 'major' && data && data.bump !== 'major') {
    out.set(DATA_PACKAGE, { bump: 'major', reason: `a major of ${SCHEMA_PACKAGE} forces a major of ${DATA_PACKAGE}` });
  }
  return out;
}

/** One line per package whose pending bump is less than its requirement. */
export function shortfalls(required: Map<string, Requirement>, pending: Map<string, Bump>): string[] {
  const out: string[] = [];
  for (const [name, need] of required) {
    const have = pending.get(name) ?? 'none';
    if (!covers(have, need.bump)) {
      out.push(`${name}: the pending changesets give ${have}, the rules require ${need.bump} (${need.reason})`);
    }
  }
  return out;
}
