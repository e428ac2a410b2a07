import type { Table, TableColumn, TableRow } from '@gongbao/core';
import type { ParseContext, Range } from './context.js';
import { compact } from './rules.js';
import type { SourceLine } from './scan.js';
import type { BodyRows } from './table-data.js';
import { COUNT, isNumeric } from './table-rows.js';

/** Checks counts written in cells, e.g. (9座), against the rows they span and the items they list. */
export function checkCounts(
  ctx: ParseContext,
  rows: BodyRows,
  names: readonly string[],
  spanStart: number[][],
  title: string | undefined,
  range: Range,
): void {
  /** The sum of the counts in `unit` that column `c` states in rows `from`…`to` (once per span), if any. */
  // The span starts of a column are ascending: a binary search finds the first one in a range,
  // so summing one span's counts costs what the span holds, not the whole column.
  const sumOfCounts = (c: number, unit: string, from = 0, to = rows.length - 1): number | undefined => {
    const starts = spanStart[c] ?? [];
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) < from) low = mid + 1;
      else high = mid;
    }
    let sum: number | undefined;
    for (let k = low; k < starts.length && (starts[k] as number) <= to; k++) {
      const m = COUNT.exec(rows.cell(starts[k] as number, c));
      if (m && m[2] === unit) sum = (sum ?? 0) + Number(m[1]);
    }
    return sum;
  };
  for (let c = 0; c < names.length; c++) {
    const starts = spanStart[c] ?? [];
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s] as number;
      const to = (starts[s + 1] ?? rows.length) - 1;
      const text = rows.cell(from, c);
      const m = COUNT.exec(text);
      if (!m) continue;
      const stated = Number(m[1]);
      const unit = m[2] as string;
      // Sum the same unit in the next column that states counts, once per span there.
      for (let d = c + 1; d < names.length; d++) {
        const sum = sumOfCounts(d, unit, from, to);
        if (sum === undefined) continue;
        if (sum !== stated) {
          const first = rows.line(from);
          const last = rows.line(to);
          ctx.report(
            'table-count-mismatch',
            `${text} states ${stated}${unit} but its rows add up to ${sum}${unit}`,
            first.start,
            last.end,
          );
        }
        break;
      }
      // A count next to a list of names: the number of names listed.
      if (starts.length === rows.length) {
        const list = rows.cell(from, names.length - 1);
        if (c < names.length - 1 && list.includes('、')) {
          const items = list.split('、').filter((x) => x.trim() !== '').length;
          if (items !== stated && Math.abs(items - stated) <= 50) {
            const line = rows.line(from);
            ctx.report(
              'table-count-mismatch',
              `${text} states ${stated}${unit} but ${items} are listed`,
              line.start,
              line.end,
            );
          }
        }
      }
    }
  }
  // A count in the title against the first column's counts.
  const titleCount = title ? COUNT.exec(title) : null;
  if (titleCount) {
    const unit = titleCount[2] as string;
    for (let c = 0; c < names.length; c++) {
      const sum = sumOfCounts(c, unit);
      if (sum === undefined) continue;
      if (sum !== Number(titleCount[1])) {
        ctx.report(
          'table-count-mismatch',
          `The title states ${titleCount[1]}${unit} but the rows add up to ${sum}${unit}`,
          range.start,
          range.end,
        );
      }
      break;
    }
  }
}

/**
 * Reports rows whose values do not fit their columns: a number in a text column that never holds
 * numbers, while a numeric column of the same row is empty — the row slid sideways.
 */
export function checkAlignment(
  ctx: ParseContext,
  rows: BodyRows,
  names: readonly string[],
  types: ReadonlyArray<string>,
): void {
  const numericColumns = types.map((t, c) => (t === 'string' ? -1 : c)).filter((c) => c >= 0);
  if (numericColumns.length === 0) return;
  // No arrays per row: most rows have every numeric cell filled and end at the first test.
  for (let r = 0; r < rows.length; r++) {
    const own = (c: number) => rows.own(r, c);
    if (numericColumns.every((c) => own(c) !== '')) continue;
    let strayNumber = -1;
    for (let c = 1; c < rows.ownWidth(r) && strayNumber === -1; c++)
      if (types[c] === 'string' && isNumeric(own(c))) strayNumber = c;
    if (strayNumber === -1) continue;
    const emptyNumeric = numericColumns.filter((c) => own(c) === '');
    const line = rows.line(r);
    ctx.report(
      'table-row-misaligned',
      `Row has a number in ${names[strayNumber]} while ${emptyNumeric.map((c) => names[c]).join(', ')} is empty: cells are shifted`,
      line.start,
      line.end,
    );
  }
}

/** Cells longer than this are running text (项目内容), where items may well begin alike. */
const RESTART_MAX = 60;
/** Characters two versions of a text must share at their start. */
const RESTART_PREFIX = 4;

/**
 * Reports short text cells that start over: after a space, the rest of the cell begins with the
 * same words as the cell (`实施基础设施补短板 实施基础 设施补齐 补强行动`) — two versions of one name,
 * one of them stray. Which one is right the rules cannot tell, so the cell is left as it is.
 */
export function checkRestarts(
  ctx: ParseContext,
  rows: BodyRows,
  names: readonly string[],
  types: ReadonlyArray<string>,
): void {
  for (let r = 0; r < rows.length; r++) {
    // A row of plain cells (no markup, no white space: no clean cells kept) has none that starts over.
    rows.keptClean(r)?.forEach((clean, c) => {
      if (types[c] !== 'string') return;
      const text = clean.text.trim();
      // One word cannot start over: most cells end here, without a split.
      if (!/\s/u.test(text) || compact(text).length > RESTART_MAX) return;
      const words = text.split(/\s+/u);
      for (let k = 1; k < words.length; k++) {
        const before = words.slice(0, k).join('');
        const after = words.slice(k).join('');
        let shared = 0;
        while (shared < before.length && before[shared] === after[shared]) shared++;
        if (shared < RESTART_PREFIX) continue;
        const { map } = clean;
        ctx.report(
          'table-cell-restarts',
          `${names[c]}: "${text}" starts over after "${before}" with "${after}": two versions of one text, one probably stray`,
          map.sourceOffset(0),
          map.sourceRange(0, clean.text.length).end,
        );
        return;
      }
    });
  }
}

/** Whether a stated total equals a computed sum, up to the rounding of decimal sums. */
const sameTotal = (sum: number, stated: number) =>
  Math.abs(sum - stated) <= 1e-9 * Math.max(1, Math.abs(sum), Math.abs(stated));

/**
 * Compares each totals row with what it covers, in one pass over the rows. A 小计 covers the rows
 * since the previous totals row or the start of its group (or, written at the top of its group,
 * the rows down to the next one); a 合计/总计 the whole column, the sum of the 小计 rows, or the rows
 * since the previous totals row. Each column is summed once per row: linear in the table.
 */
export function checkTotals(
  ctx: ParseContext,
  rows: readonly TableRow[],
  totals: Table['totals'],
  columns: readonly TableColumn[],
  dataRows: BodyRows,
): void {
  if (totals.length === 0) return;
  const numeric = new Set(columns.filter((c) => c.type !== 'string').map((c) => c.name));
  const add = (sums: Map<string, number>, row: TableRow) => {
    for (const name of numeric) {
      const v = row[name];
      if (typeof v === 'number') sums.set(name, (sums.get(name) ?? 0) + v);
    }
  };
  // One pass: the whole column, and the segments — runs of data rows between totals rows and
  // group changes. Per totals row: the segment that ends at it (the next one starts after it).
  const whole = new Map<string, number>();
  const segments: Array<Map<string, number>> = [new Map()];
  const ends: Array<{ segment: number; empty: boolean; line: SourceLine }> = [];
  let r = 0;
  let group: string | undefined;
  let rowsInSegment = 0;
  for (let d = 0; d < dataRows.length; d++) {
    if (dataRows.group(d) !== group) {
      group = dataRows.group(d);
      if (rowsInSegment > 0) {
        segments.push(new Map());
        rowsInSegment = 0;
      }
    }
    if (dataRows.total(d) !== undefined) {
      ends.push({ segment: segments.length - 1, empty: rowsInSegment === 0, line: dataRows.line(d) });
      segments.push(new Map());
      rowsInSegment = 0;
      continue;
    }
    const values = rows[r++] as TableRow;
    add(whole, values);
    add(segments[segments.length - 1] as Map<string, number>, values);
    rowsInSegment++;
  }
  const subtotals = new Map<string, number>();
  totals.forEach((total, t) => {
    const end = ends[t];
    if (!end) return;
    const sub = total.label === '小计';
    // A 小计 with no rows above it in its segment (at the top of its group) covers the rows below.
    const segment = segments[sub && end.empty ? end.segment + 1 : end.segment] as Map<string, number>;
    for (const [name, stated] of Object.entries(total.values)) {
      if (typeof stated !== 'number' || !numeric.has(name)) continue;
      const covered = segment.get(name) ?? 0;
      const column = whole.get(name) ?? 0;
      const subtotal = subtotals.get(name);
      const ok = sub
        ? sameTotal(covered, stated)
        : sameTotal(column, stated) ||
          sameTotal(covered, stated) ||
          (subtotal !== undefined && sameTotal(subtotal, stated));
      if (sub) subtotals.set(name, (subtotal ?? 0) + stated);
      if (ok) continue;
      const what = sub ? `the rows it covers sum to ${covered}` : `the column sums to ${column}`;
      ctx.report(
        'table-total-mismatch',
        `${total.label} of ${name} is ${stated}, ${what}`,
        end.line.start,
        end.line.end,
      );
    }
  });
}
