/**
 * Fire-vehicle plan (附件2 of 长政发〔2024〕5号): one row per vehicle line, with the merged 单位名称
 * cells (area and station) repeated on every row they cover.
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
  statedTotalsRow,
} from './cells.js';

const NAME = 'fire-vehicles';

/** One vehicle line of the plan. */
export interface FireVehicleLine {
  /** 0-based index of the source row it was read from. */
  readonly row: number;
  readonly no: number;
  /** 单位名称 (first part): 支队本级 or the county, district or development zone. */
  readonly area: string;
  readonly station: string;
  readonly vehicleType: string;
  readonly shortfall: number;
}

/** Reads the source table (columns: 序号, 单位名称 ×2, 车辆种类, 短缺数量(辆)). */
export function readFireVehiclePlan(source: Pick<Table, 'columns' | 'rows'>): FireVehicleLine[] {
  if (source.columns.length !== 5) throw new DatasetError(NAME, `expected 5 columns, got ${source.columns.length}`);
  return fillDown(grid(source), [1, 2]).map((row, index) => {
    const line = {
      row: index,
      no: integerCell(NAME, row[0]),
      area: compact(cellText(row[1])),
      station: compact(cellText(row[2])),
      vehicleType: compact(cellText(row[3])),
      shortfall: integerCell(NAME, row[4]),
    };
    if (!line.area || !line.station || !line.vehicleType) {
      throw new DatasetError(NAME, `row ${index + 1}: missing area, station or vehicle type`);
    }
    return line;
  });
}

/** The tidy dataset: one row per vehicle line; its 合计 is the stated total of the source. */
export function fireVehiclesTable(
  lines: readonly FireVehicleLine[],
  source: Pick<Table, 'id' | 'columns' | 'totals' | 'rowSources' | 'totalSources'>,
): Table {
  return {
    id: NAME,
    title: '长治市消防救援队伍消防车辆配备计划（每类车辆一行）',
    description:
      'One row per vehicle line of 长政发〔2024〕5号 附件2, merged 单位名称 cells (area, station) repeated; the totals row is the 合计 stated in the source.',
    columns: [
      { name: 'no', type: 'integer', description: '序号 as printed.' },
      {
        name: 'area',
        type: 'string',
        description:
          '单位名称 (first part): 支队本级 or the county, district or development zone (as in fire-equipment).',
      },
      {
        name: 'station',
        type: 'string',
        description: '单位名称 (second part): the fire station, brigade or depot (as in fire-equipment).',
      },
      { name: 'vehicleType', type: 'string', description: '车辆种类: the kind of vehicle.' },
      {
        name: 'shortfall',
        type: 'integer',
        unit: '辆',
        description: '短缺数量: vehicles missing, to be procured by 2026.',
      },
    ],
    rows: lines.map(({ row: _, ...line }) => ({ ...line })),
    ...statedTotalsRow(source, { shortfall: 4 }),
    notes: [],
    ...derivedProvenance(
      NAME,
      source,
      lines.map((line) => line.row),
    ),
  };
}
