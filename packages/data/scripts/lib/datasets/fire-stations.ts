/**
 * Fire-station plan (附件1 of 长政发〔2024〕5号): the source packs several stations into one cell
 * (`大辛庄镇、东街街道、…`) under merged 行政区/时间 cells; the tidy dataset has one row per station.
 */
import type { Table } from '@gongbao/core';
import {
  cellText,
  compact,
  DatasetError,
  derivedProvenance,
  fillDown,
  grid,
  labelAndCount,
  nameAndRemarks,
  splitTopLevel,
} from './cells.js';

const NAME = 'fire-stations';

/** One row of the source table, read: a district's stations of one standard in one year. */
export interface FireStationGroup {
  /** 0-based index of the source row it was read from. */
  readonly row: number;
  readonly district: string;
  /** The district's stated total, `潞州区 (18座)` → 18. */
  readonly districtStated: number;
  readonly year: number;
  readonly standard: string;
  /** The row's stated count, `一级乡镇专职消防站(9座)` → 9. */
  readonly standardStated: number;
  readonly places: ReadonlyArray<{ readonly name: string; readonly remarks: readonly string[] }>;
}

/** Reads the source table (columns: 行政区, 时间, 建设标准, 街道、乡镇名称) into groups. */
export function readFireStationPlan(source: Pick<Table, 'columns' | 'rows'>): FireStationGroup[] {
  if (source.columns.length !== 4) throw new DatasetError(NAME, `expected 4 columns, got ${source.columns.length}`);
  // 行政区 and 时间 are merged cells: a blank repeats the row above (a new district restarts 时间).
  const rows = grid(source);
  const districts = fillDown(rows, [0]);
  let lastYear = '';
  let lastDistrict = '';
  return districts.map((row, index) => {
    const districtCell = cellText(row[0]);
    const yearCell = compact(cellText(rows[index]?.[1]));
    if (districtCell !== lastDistrict && yearCell === '') {
      throw new DatasetError(NAME, `row ${index + 1}: a new district without a year`);
    }
    const year = yearCell === '' ? lastYear : yearCell;
    lastYear = year;
    lastDistrict = districtCell;
    const yearMatch = /^(\d{4})年$/u.exec(year);
    if (!yearMatch) throw new DatasetError(NAME, `row ${index + 1}: expected a year like 2024年, got "${year}"`);
    const district = labelAndCount(NAME, districtCell);
    const standard = labelAndCount(NAME, cellText(row[2]));
    const places = splitTopLevel(compact(cellText(row[3])), '、').map(nameAndRemarks);
    if (places.length === 0) throw new DatasetError(NAME, `row ${index + 1}: no places listed`);
    return {
      row: index,
      district: district.label,
      districtStated: district.count,
      year: Number(yearMatch[1]),
      standard: standard.label,
      standardStated: standard.count,
      places,
    };
  });
}

/** The tidy dataset: one row per station. */
export function fireStationsTable(
  groups: readonly FireStationGroup[],
  source: Pick<Table, 'id' | 'notes' | 'rowSources'>,
): Table {
  return {
    id: NAME,
    title: '长治市消防站及乡镇专职消防站建设计划（每站一行）',
    description:
      'One row per planned fire station of 长政发〔2024〕5号 附件1: the cells listing several towns were split at 、, merged 行政区 cells repeated, parenthesised remarks moved to remark.',
    columns: [
      { name: 'district', type: 'string', description: '行政区: the county or district (县/区).' },
      { name: 'year', type: 'integer', description: '时间: the year the station is planned to be built by.' },
      {
        name: 'standard',
        type: 'string',
        description:
          '建设标准: 一级城市消防站, 一级乡镇专职消防站, 二级城市消防站, 二级乡镇专职消防站 or 乡镇志愿消防站.',
      },
      {
        name: 'place',
        type: 'string',
        description: '街道、乡镇名称: the town, township, street or unit, without remarks.',
      },
      {
        name: 'remark',
        type: 'string',
        description:
          'The parenthesised remarks of the place as written (全国重点镇, 化工园区 …), joined with ；; null when none.',
      },
    ],
    rows: groups.flatMap((group) =>
      group.places.map((place) => ({
        district: group.district,
        year: group.year,
        standard: group.standard,
        place: place.name,
        remark: place.remarks.length > 0 ? place.remarks.join('；') : null,
      })),
    ),
    totals: [],
    notes: [...source.notes],
    // Each station points at the source row listing it.
    ...derivedProvenance(
      NAME,
      source,
      groups.flatMap((group) => group.places.map(() => group.row)),
    ),
  };
}
