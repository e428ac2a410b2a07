import type { ReadonlyDeep, Table } from '@gongbao/core';
import { dataKey } from './generated/key.js';
import { datasetsJson, sourceTablesJson } from './generated/tables.js';
import { sharedFrozen } from './internal/frozen.js';
import { timeline } from './timeline.js';
import { timelineTable } from './timeline-table.js';

export { checkTotals, type TotalCheck } from './totals.js';

/**
 * The derived tidy datasets only (the tail of {@link tables}): `fire-stations`, `fire-vehicles`,
 * `fire-equipment`, `land-quotas`, `key-projects`, `decision-items`, `timeline` — made where the
 * source packs data into cells or prose. See the package README for their data dictionary.
 *
 * @example
 * ```ts
 * datasets.map((t) => t.id); //=> ['fire-stations', 'fire-vehicles', 'fire-equipment', 'land-quotas', 'key-projects', 'decision-items', 'timeline']
 * ```
 */
export const datasets: ReadonlyDeep<Table[]> = sharedFrozen(`datasets:${dataKey}`, () => [
  ...(JSON.parse(datasetsJson) as Table[]),
  // The last dataset is the timeline itself, stored once (see generated/timeline.ts).
  timelineTable(timeline),
]);

/**
 * Every table of the issue as a typed table (numbers as numbers, units in the column definitions,
 * totals rows and notes apart), in reading order, followed by the derived tidy datasets:
 * `fire-stations` (119 rows), `fire-vehicles`, `fire-equipment`, `land-quotas`, `key-projects`,
 * `decision-items` and `timeline`. Derived datasets name their source tables in `derivedFrom`.
 * Deep-frozen and typed read-only, like every value of this package.
 *
 * @example
 * ```ts
 * getTable('fire-stations')?.rows.length; //=> 119
 * tables.filter((t) => t.derivedFrom !== undefined).length > 0; //=> true
 * ```
 */
export const tables: ReadonlyDeep<Table[]> = sharedFrozen(`tables:${dataKey}`, () => [
  ...(JSON.parse(sourceTablesJson) as ReadonlyDeep<Table>[]),
  ...datasets,
]);

/**
 * The table with this id: a source table (e.g. `长政发-2024-5/附件1`) or a derived dataset
 * (`fire-stations`, `fire-vehicles`, `fire-equipment`, `land-quotas`, `key-projects`,
 * `decision-items`, `timeline`).
 *
 * @param id - The table id.
 * @returns The table, or `undefined` when there is none with that id.
 * @throws Never.
 * @example
 * ```ts
 * getTable('decision-items')?.rows.map((r) => r.deadline); //=> ['2024-06-30', '2024-06-30', '2024-10-31', '2024-10-31', '2024-09-30', '2024-10-31', '2024-10-31']
 * getTable('no-such-table'); //=> undefined
 * ```
 */
export function getTable(id: string): ReadonlyDeep<Table> | undefined {
  return tables.find((table) => table.id === id);
}
