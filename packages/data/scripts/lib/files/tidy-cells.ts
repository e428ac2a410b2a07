/**
 * Reading printed cells of source tables as tidy values: `潞州区 (18座)` as a name and a count,
 * `2024年` as the integer 2024, a 序号 printed as an outline marker (`(一)`) as its number. Each
 * reader takes the cell with OCR spaces already removed and returns `undefined` when the cell is
 * not of its form. Every pattern is anchored and has one unbounded run: linear on any input.
 */
import { parseOutlineMarker } from '@gongbao/utils';

/** The measure words a printed count may end with (座 stations, 辆 vehicles, 个, 项, 所, 家). */
export const COUNT_UNITS = '座辆个项所家';

/** A printed count after a name: `潞州区(18座)` → 潞州区, 18, 座. */
const ANNOTATED = new RegExp(`^(.*[^\\s(（])\\s*[(（](\\d+)([${COUNT_UNITS}])[)）]$`, 'u');
const YEAR_CELL = /^(\d{4})年$/u;

/** A name with the count printed after it. */
export interface AnnotatedName {
  readonly name: string;
  readonly count: number;
  /** The measure word of the count: 座, 辆 … */
  readonly unit: string;
}

/** `潞州区(18座)` → `{ name: '潞州区', count: 18, unit: '座' }`; `undefined` for a cell without a count. */
export function annotatedName(cell: string): AnnotatedName | undefined {
  const match = ANNOTATED.exec(cell);
  if (!match) return undefined;
  return { name: match[1] ?? '', count: Number(match[2]), unit: match[3] ?? '' };
}

/** `2024年` → 2024; `undefined` for any other cell. */
export function yearCell(cell: string): number | undefined {
  const match = YEAR_CELL.exec(cell);
  return match ? Number(match[1]) : undefined;
}

/** A 序号 printed as a whole outline marker (`(一)`, `三、`, `1.`) → its number; `undefined` otherwise. */
export function markerNumber(cell: string): number | undefined {
  const marker = parseOutlineMarker(cell);
  return marker !== undefined && marker.raw === cell ? marker.index : undefined;
}
