import type { ReadonlyDeep, Table } from '@gongbao/core';

/** One stated total compared with the sum of its column. */
export interface TotalCheck {
  /** The table's id. */
  readonly tableId: string;
  /** The label of the totals row as written, e.g. `合计`. */
  readonly label: string;
  /** The column the total is stated for. */
  readonly column: string;
  /** The unit of the column, when it has one (辆, 件/套, 吨 …). */
  readonly unit: string | undefined;
  /** The total as stated in the source. */
  readonly stated: number;
  /** The sum of the column over the rows the total covers. */
  readonly computed: number;
  /** Whether `stated` equals `computed` (to 1e-9, for decimals). */
  readonly ok: boolean;
}

/**
 * Compares every stated total of a table with the sum of its column. A totals row covers the
 * rows that agree with its non-numeric values: a plain 合计 (only numbers) covers all rows; a
 * totals row such as `{ programme: '垦造耕地', year: 2024, quota: 6000 }` of the `land-quotas`
 * dataset covers the rows of that programme and year (`year: null` — all years). A value counts
 * as a key, not a sum, when its column is not numeric or is the column `year`.
 *
 * @param table - Any table of this package (or any core `Table`).
 * @returns One check per stated numeric total, in order; empty when the table states none.
 * @throws Never.
 * @example
 * ```ts
 * const vehicles = getTable('fire-vehicles');
 * const [check] = checkTotals(vehicles!);
 * [check?.column, check?.stated, check?.computed, check?.ok]; //=> ['shortfall', 43, 43, true]
 * ```
 */
export function checkTotals(table: ReadonlyDeep<Table>): TotalCheck[] {
  const numeric = new Set(
    table.columns.filter((c) => (c.type === 'integer' || c.type === 'number') && c.name !== 'year').map((c) => c.name),
  );
  const checks: TotalCheck[] = [];
  for (const total of table.totals) {
    const keys = Object.entries(total.values).filter(([column]) => !numeric.has(column));
    const rows = table.rows.filter((row) => keys.every(([column, value]) => value === null || row[column] === value));
    for (const [column, stated] of Object.entries(total.values)) {
      if (!numeric.has(column) || typeof stated !== 'number') continue;
      const computed = rows.reduce(
        (sum, row) => sum + (typeof row[column] === 'number' ? (row[column] as number) : 0),
        0,
      );
      checks.push({
        tableId: table.id,
        label: total.label,
        column,
        unit: table.columns.find((c) => c.name === column)?.unit,
        stated,
        computed,
        ok: Math.abs(stated - computed) < 1e-9,
      });
    }
  }
  return checks;
}
