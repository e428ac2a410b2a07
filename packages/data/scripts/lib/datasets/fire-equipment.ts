/**
 * Equipment plan (附件3 of 长政发〔2024〕5号): 20 units × 5 quantities, with OCR spaces removed from
 * the station names, merged area cells repeated and units of measure in the column definitions.
 */
import type { Table } from '@gongbao/core';
import {
  cellText,
  compact,
  DatasetError,
  derivedProvenance,
  fillDown,
  grid,
  integerCell,
  numberCell,
  statedTotalsRow,
} from './cells.js';

const NAME = 'fire-equipment';

/** The five quantity columns: key, name as printed, unit of measure. */
export const EQUIPMENT_QUANTITIES = [
  { key: 'personalBasicProtection', label: '个人基本防护', unit: '件/套' },
  { key: 'personalSpecialProtection', label: '个人特种防护', unit: '件/套' },
  { key: 'rescueEquipment', label: '抢险救援器材', unit: '件/套' },
  { key: 'firefightingEquipment', label: '灭火器材', unit: '件/套' },
  { key: 'foamAgent', label: '泡沫灭火剂', unit: '吨' },
] as const;

/** One unit's row. */
export interface EquipmentLine {
  /** 0-based index of the source row it was read from. */
  readonly row: number;
  readonly no: number;
  /** 单位名称 (first part): 支队本级 or the county, district or development zone. */
  readonly area: string;
  /** 单位名称 (second part): the fire station, brigade or team. */
  readonly station: string;
  readonly quantities: readonly number[];
}

/** Reads the source table (columns: 序号, 单位名称 ×2, then the five quantities). */
export function readEquipmentPlan(source: Pick<Table, 'columns' | 'rows'>): EquipmentLine[] {
  if (source.columns.length !== 8) throw new DatasetError(NAME, `expected 8 columns, got ${source.columns.length}`);
  return fillDown(grid(source), [1]).map((row, index) => {
    const line = {
      row: index,
      no: integerCell(NAME, row[0]),
      area: compact(cellText(row[1])),
      station: compact(cellText(row[2])),
      quantities: EQUIPMENT_QUANTITIES.map((_, i) => numberCell(NAME, row[3 + i])),
    };
    if (!line.area || !line.station) throw new DatasetError(NAME, `row ${index + 1}: missing unit name`);
    return line;
  });
}

/** The tidy dataset: one row per unit, the quantities typed with their units. */
export function fireEquipmentTable(
  lines: readonly EquipmentLine[],
  source: Pick<Table, 'id' | 'columns' | 'totals' | 'rowSources' | 'totalSources'>,
): Table {
  return {
    id: NAME,
    title: '长治市消防救援队伍装备器材配备计划（每单位一行）',
    description:
      'The 20 units of 长政发〔2024〕5号 附件3 with their five planned quantities; OCR spaces removed from names, merged area cells repeated; the totals row is the 合计 stated in the source.',
    columns: [
      { name: 'no', type: 'integer', description: '序号 as printed.' },
      {
        name: 'area',
        type: 'string',
        description:
          '单位名称 (first part): 支队本级 or the county, district or development zone (as in fire-vehicles).',
      },
      {
        name: 'station',
        type: 'string',
        description: '单位名称 (second part): the fire station, brigade or team (as in fire-vehicles).',
      },
      ...EQUIPMENT_QUANTITIES.map((quantity) => ({
        name: quantity.key,
        type: quantity.unit === '吨' ? ('number' as const) : ('integer' as const),
        unit: quantity.unit,
        description: `${quantity.label} (${quantity.unit}).`,
      })),
    ],
    rows: lines.map((line) => {
      const row: Record<string, string | number> = { no: line.no, area: line.area, station: line.station };
      EQUIPMENT_QUANTITIES.forEach((quantity, i) => {
        row[quantity.key] = line.quantities[i] ?? 0;
      });
      return row;
    }),
    ...statedTotalsRow(source, Object.fromEntries(EQUIPMENT_QUANTITIES.map((quantity, i) => [quantity.key, 3 + i]))),
    notes: [],
    ...derivedProvenance(
      NAME,
      source,
      lines.map((line) => line.row),
    ),
  };
}
