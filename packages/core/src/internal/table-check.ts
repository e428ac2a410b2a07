import { isIsoDate } from '@gongbao/utils';
import type { z } from 'zod';
import { listSome, MAX_ISSUES, MAX_QUOTED, MAX_QUOTED_NAME, quote, TOO_MANY_ISSUES } from './issues.js';

type Cell = string | number | boolean | null;
type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** What {@link checkTable} reads of a table (the fields already parsed). */
export interface CheckedTable {
  readonly columns: ReadonlyArray<{ readonly name: string; readonly type: ColumnType }>;
  readonly rows: ReadonlyArray<Readonly<Record<string, Cell>>>;
  readonly totals: ReadonlyArray<{ readonly values: Readonly<Record<string, Cell>> }>;
  readonly rowSources?: readonly unknown[] | undefined;
  readonly totalSources?: readonly unknown[] | undefined;
}

// What a cell of each column type may hold besides null, and how a message names it.
const CELL_KINDS: Readonly<Record<ColumnType, { readonly fits: (value: Cell) => boolean; readonly words: string }>> = {
  string: { fits: (value) => typeof value === 'string', words: 'a string' },
  integer: { fits: (value) => typeof value === 'number' && Number.isSafeInteger(value), words: 'an integer' },
  number: { fits: (value) => typeof value === 'number' && Number.isFinite(value), words: 'a finite number' },
  boolean: { fits: (value) => typeof value === 'boolean', words: 'a boolean' },
  date: { fits: (value) => typeof value === 'string' && isIsoDate(value), words: 'an ISO date' },
};

/** A cell value for a message: JSON, strings cut to MAX_QUOTED characters. */
const shown = (value: Cell): string =>
  typeof value === 'string' && value.length > MAX_QUOTED
    ? `${JSON.stringify(value.slice(0, MAX_QUOTED))}…`
    : JSON.stringify(value);

/**
 * The path of a cell: the row's, then the key — unless the key is longer than any valid name (a
 * 10 MB key, already an issue of its column), whose copy in each of 100 paths would make the
 * error's JSON a gigabyte; then the row's path alone.
 */
const cellPath = (path: ReadonlyArray<string | number>, key: string): Array<string | number> =>
  key.length > MAX_QUOTED_NAME ? [...path] : [...path, key];

/**
 * The cross-field checks of a table: column names unique, every row keyed by exactly the column
 * names (a totals row by some of them), every value fitting its column's type, one source range
 * per row when given. Linear in the size of the table, and bounded in what it reports: after
 * {@link MAX_ISSUES} issues it only counts, and one summary issue gives the count — a table of
 * 4,000 columns × 400 empty rows reports 100 missing cells and "1,599,900 more", without naming
 * each (the missing cells of a row are counted, not looked for, once the budget is spent).
 */
export function checkTable(table: CheckedTable, ctx: z.RefinementCtx): void {
  let budget = MAX_ISSUES;
  let omitted = 0;
  const report = (path: Array<string | number>, message: string) => {
    if (budget === 0) {
      omitted++;
      return;
    }
    budget--;
    ctx.addIssue({ code: 'custom', path, message });
  };
  const byName = new Map<string, ColumnType>();
  for (const [i, column] of table.columns.entries()) {
    if (byName.has(column.name)) report(['columns', i, 'name'], `Duplicate column name ${quote(column.name)}`);
    else byName.set(column.name, column.type);
  }
  const names = [...byName.keys()];
  const expected = listSome(names);
  const checkRow = (row: Readonly<Record<string, Cell>>, path: Array<string | number>, complete: boolean) => {
    let known = 0;
    for (const key of Object.keys(row)) {
      const type = byName.get(key);
      if (type === undefined) {
        report(cellPath(path, key), `Unknown column ${quote(key)}; expected one of ${expected}`);
        continue;
      }
      known++;
      const value = row[key] ?? null;
      const kind = CELL_KINDS[type];
      if (value !== null && !kind.fits(value)) {
        report(cellPath(path, key), `Expected ${kind.words} or null for column ${quote(key)}, got ${shown(value)}`);
      }
    }
    if (!complete || known === names.length) return;
    if (budget === 0) {
      omitted += names.length - known;
      return;
    }
    for (const name of names) {
      if (!Object.hasOwn(row, name))
        report(cellPath(path, name), `Missing cell for column ${quote(name)} (use null for an empty cell)`);
    }
  };
  for (const [r, row] of table.rows.entries()) checkRow(row, ['rows', r], true);
  for (const [t, total] of table.totals.entries()) checkRow(total.values, ['totals', t, 'values'], false);
  const checkLength = (key: 'rowSources' | 'totalSources', of: 'rows' | 'totals') => {
    const sources = table[key];
    if (sources !== undefined && sources.length !== table[of].length) {
      report([key], `Expected one source range per entry of ${of} (${table[of].length}), got ${sources.length}`);
    }
  };
  checkLength('rowSources', 'rows');
  checkLength('totalSources', 'totals');
  if (omitted > 0) {
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: `${omitted} more issues in the table not reported (at most ${MAX_ISSUES} are)`,
      params: { code: TOO_MANY_ISSUES, omitted },
    });
  }
}
