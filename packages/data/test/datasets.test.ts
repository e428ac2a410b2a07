import type { Table, TableCell } from '@gongbao/core';
import { TableSchema } from '@gongbao/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError, nameAndRemarks, splitTopLevel } from '../scripts/lib/datasets/cells';
import { fireEquipmentTable, readEquipmentPlan } from '../scripts/lib/datasets/fire-equipment';
import { fireStationsTable, readFireStationPlan } from '../scripts/lib/datasets/fire-stations';
import { fireVehiclesTable, readFireVehiclePlan } from '../scripts/lib/datasets/fire-vehicles';
import { keyProjectsTable, readKeyProjects, splitNumberedItems } from '../scripts/lib/datasets/key-projects';
import { landQuotasTable, readLandProgrammes } from '../scripts/lib/datasets/land-quotas';

/** A hand-made source table: header names and rows of cells, as the parser would give them. */
function table(id: string, names: string[], rows: TableCell[][], totals: Table['totals'] = []): Table {
  return {
    id,
    title: id,
    columns: names.map((name) => ({ name, type: 'string' as const })),
    rows: rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? null]))),
    totals,
    notes: [],
  };
}

/** Made-up ranges for the rows of a hand-made table: row r on line r + 1. */
function rowRanges(source: Pick<Table, 'rows'>): NonNullable<Table['rowSources']> {
  return source.rows.map((_, r) => ({ start: r * 10, end: r * 10 + 9, line: r + 1 }));
}

describe('cell helpers', () => {
  it('splits at 、 outside parentheses only', () => {
    expect(splitTopLevel('马厂镇(长北街道归入马厂镇、甲)、老顶山街道', '、')).toEqual([
      '马厂镇(长北街道归入马厂镇、甲)',
      '老顶山街道',
    ]);
  });

  it('takes every parenthesised remark, full- or half-width', () => {
    expect(nameAndRemarks('蟠龙镇(全国重点镇)（历史文化）')).toEqual({
      name: '蟠龙镇',
      remarks: ['全国重点镇', '历史文化'],
    });
    expect(nameAndRemarks('振兴新区')).toEqual({ name: '振兴新区', remarks: [] });
  });

  it('keeps every character of a 、-list (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[甲乙丙丁]{1,4}$/), { minLength: 1, maxLength: 8 }), (names) => {
        expect(splitTopLevel(names.join('、'), '、')).toEqual(names);
      }),
    );
  });
});

describe('fire stations', () => {
  const source = table(
    '长政发-2024-5/附件1',
    ['行政区', '时间', '建设标准', '街道、乡镇名称'],
    [
      ['屯留区 (3 座)', '2024 年', '一级城市消防站 (1 座)', '余吾镇(化工园区)'],
      [null, null, '一级乡镇专职消防站(2 座)', '渔泽镇(全国重点镇)、路村乡'],
      ['武乡县 (2座)', '2024年', '一级城市消防站(1座)', '蟠龙镇(全国重点镇)(历史文化)'],
      ['', '2026年', '乡镇志愿消防站(1座)', '大有乡'],
    ],
  );

  it('has one row per station, merged cells repeated, remarks apart', () => {
    const result = fireStationsTable(readFireStationPlan(source), source);
    expect(TableSchema.parse(result)).toEqual(result);
    expect(result.rows).toEqual([
      { district: '屯留区', year: 2024, standard: '一级城市消防站', place: '余吾镇', remark: '化工园区' },
      { district: '屯留区', year: 2024, standard: '一级乡镇专职消防站', place: '渔泽镇', remark: '全国重点镇' },
      { district: '屯留区', year: 2024, standard: '一级乡镇专职消防站', place: '路村乡', remark: null },
      { district: '武乡县', year: 2024, standard: '一级城市消防站', place: '蟠龙镇', remark: '全国重点镇；历史文化' },
      { district: '武乡县', year: 2026, standard: '乡镇志愿消防站', place: '大有乡', remark: null },
    ]);
    expect(result.derivedFrom).toEqual(['长政发-2024-5/附件1']);
  });

  it('points each station at the source row listing it, when the source has row ranges', () => {
    const rowSources = rowRanges(source);
    const located = { ...source, rowSources };
    const result = fireStationsTable(readFireStationPlan(located), located);
    expect(TableSchema.parse(result)).toEqual(result);
    expect(result.rowSources?.map((range) => range.line)).toEqual([1, 2, 2, 3, 4]);
    expect(fireStationsTable(readFireStationPlan(source), source).rowSources).toBeUndefined();
    expect(() =>
      fireStationsTable(readFireStationPlan(source), { ...source, rowSources: rowSources.slice(0, 2) }),
    ).toThrow(/no source range for source row 3/);
  });

  it('keeps the stated counts for the cross-checks', () => {
    const plan = readFireStationPlan(source);
    expect(plan.map((g) => [g.districtStated, g.standardStated, g.places.length])).toEqual([
      [3, 1, 1],
      [3, 2, 2],
      [2, 1, 1],
      [2, 1, 1],
    ]);
  });

  it('rejects a row whose standard has no count, or a new district without a year', () => {
    const noCount = table('t', ['a', 'b', 'c', 'd'], [['潞州区 (1座)', '2024年', '一级乡镇专职消防站', '甲镇']]);
    expect(() => readFireStationPlan(noCount)).toThrow(DatasetError);
    const noYear = table('t', ['a', 'b', 'c', 'd'], [['潞州区 (1座)', null, '一级乡镇专职消防站(1座)', '甲镇']]);
    expect(() => readFireStationPlan(noYear)).toThrow(/without a year/);
  });
});

describe('fire vehicles', () => {
  const names = ['序号', '单位名称', '单位名称 2', '车辆种类', '短缺数量'];
  const source = table(
    '长政发-2024-5/附件2',
    names,
    [
      ['10', '长治市潞州区', '长治市潞州区 太东消防救援站', '水罐消防车', '1'],
      ['11', null, '长治市潞州区 长北消防救援站', '压缩空气泡沫消防车', 1],
      [12, null, null, '水罐消防车', '1'],
    ],
    [{ label: '合计', values: { 短缺数量: 3 } }],
  );

  it('repeats merged area and station cells and keeps the stated total', () => {
    const result = fireVehiclesTable(readFireVehiclePlan(source), source);
    expect(TableSchema.parse(result)).toEqual(result);
    expect(result.rows[2]).toEqual({
      no: 12,
      area: '长治市潞州区',
      station: '长治市潞州区长北消防救援站',
      vehicleType: '水罐消防车',
      shortfall: 1,
    });
    expect(result.totals).toEqual([{ label: '合计', values: { shortfall: 3 } }]);
    expect(result.rowSources).toBeUndefined();
  });

  it('keeps the ranges of the source rows and of the 合计 row', () => {
    const rowSources = rowRanges(source);
    const totalSources = [{ start: 40, end: 49, line: 5 }];
    const located = { ...source, rowSources, totalSources };
    const result = fireVehiclesTable(readFireVehiclePlan(located), located);
    expect(TableSchema.parse(result)).toEqual(result);
    expect(result.rowSources).toEqual(rowSources);
    expect(result.totalSources).toEqual(totalSources);
  });

  it('rejects a shifted row (no vehicle type)', () => {
    const shifted = table('t', names, [['12', '水罐消防车', null, '1', null]]);
    expect(() => readFireVehiclePlan(shifted)).toThrow(DatasetError);
  });
});

describe('fire equipment', () => {
  const names = ['序号', '单位名称', '单位', '个人基本防护', '个人特种防护', '抢险救援器材', '灭火器材', '泡沫灭火剂'];
  const source = table(
    '长政发-2024-5/附件3',
    names,
    [
      ['19', '长治高 新技 术 产 业 开 发 区', '长治高新技术产业 开发区消防救援大队', 1069, 537, 131, 105, 13],
      ['20', null, '长治高新技术产业 开发区产业大道政府 专职消防队', '1658', '749', '230', '139', '5'],
    ],
    [{ label: '合计', values: { 个人基本防护: 2727, 泡沫灭火剂: 18 } }],
  );

  it('has typed quantities with units and clean names', () => {
    const result = fireEquipmentTable(readEquipmentPlan(source), source);
    expect(TableSchema.parse(result)).toEqual(result);
    expect(result.rows[1]).toMatchObject({
      area: '长治高新技术产业开发区',
      foamAgent: 5,
      personalBasicProtection: 1658,
    });
    expect(result.columns.find((c) => c.name === 'foamAgent')?.unit).toBe('吨');
    expect(result.totals).toEqual([{ label: '合计', values: { personalBasicProtection: 2727, foamAgent: 18 } }]);
    expect(result.rowSources).toBeUndefined();
  });

  it('keeps the ranges of the source rows and of the 合计 row', () => {
    const rowSources = rowRanges(source);
    const totalSources = [{ start: 20, end: 29, line: 3 }];
    const located = { ...source, rowSources, totalSources };
    const result = fireEquipmentTable(readEquipmentPlan(located), located);
    expect(TableSchema.parse(result)).toEqual(result);
    expect(result.rowSources).toEqual(rowSources);
    expect(result.totalSources).toEqual(totalSources);
  });
});

describe('land quotas', () => {
  const texts = [
    '(二)大力组织垦造耕地。2024-2026年三年间,全市通过垦造耕地储备补充耕地指标30亩(其中：2024年10亩、2025年20亩)。',
    '2024年10亩，其中：潞州区3亩、高新区和经开区7亩。',
    '2025年20亩,其中:潞州区20亩。',
    '(三)高效处置批而未用。2024-2026年三年间,全市计划清理2009-2023年批而未用土地5亩(其中:2024年5亩)。',
    '2024年5亩,其中:沁县5亩。',
    '2024年以后每年新批准的建设用地,除批准当年已供应的土地外……',
    '(四)推动实施增减挂钩。2024-2026年三年间,全市实施城乡建设用地增减挂钩1亩(其中:2026年1亩)。',
    '2026年1亩,其中:长子县1亩。',
  ];

  it('reads programmes, yearly totals and county quotas from prose', () => {
    const programmes = readLandProgrammes(texts);
    expect(programmes.map((p) => [p.programme, p.statedTotal, p.quotas.length])).toEqual([
      ['垦造耕地', 30, 3],
      ['批而未用土地清理', 5, 1],
      ['城乡建设用地增减挂钩', 1, 1],
    ]);
    const result = landQuotasTable(programmes, '长政发-2024-8');
    expect(TableSchema.parse(result)).toEqual(result);
    expect(result.rows[1]).toEqual({ programme: '垦造耕地', year: 2024, area: '高新区和经开区', quota: 7 });
    expect(result.totals).toContainEqual({
      label: '垦造耕地 2024—2026年',
      values: { programme: '垦造耕地', year: null, quota: 30 },
    });
  });

  it('fails on an unreadable quota instead of dropping it', () => {
    const broken = [...texts];
    broken[1] = '2024年10亩，其中：潞州区三亩、高新区和经开区7亩。';
    expect(() => readLandProgrammes(broken)).toThrow(/unreadable quota/);
  });
});

describe('key projects', () => {
  it('splits numbered items, not decimals', () => {
    expect(splitNumberedItems('1. 优化道路。达到 8.5 公里； 2. 补齐停车。1.1-1.3 倍 3.提升设施')).toEqual([
      { no: 1, text: '优化道路。达到 8.5 公里；' },
      { no: 2, text: '补齐停车。1.1-1.3 倍' },
      { no: 3, text: '提升设施' },
    ]);
    expect(splitNumberedItems('全面开展城市体检')).toEqual([{ no: null, text: '全面开展城市体检' }]);
    expect(splitNumberedItems('5.健全体系', 5)).toEqual([{ no: 5, text: '健全体系' }]);
  });

  const source = table(
    '长政办发-2024-17/附件2',
    ['序号', '项目名称', '项目内容', '责任单位'],
    [
      ['一、深入推进县城建设提质增效', null, null, null],
      ['(一)', '实施县城规划体系完善行动', '全面开展城市体检', '市发展和改革委员会'],
      ['(五)', '实施防灾 减灾能力 提升行动', '1. 提升韧性。 2. 实施工程。', '市住房和城乡建设局'],
      [null, null, '3. 加强防范。', null],
      ['二、全面推进城乡建设衔接互补', null, null, null],
      ['(一)', '推进规划 建设一体化', '1. 以市域为整体。', '市财政局'],
    ],
  );

  it('points each item at the row holding it', () => {
    const rowSources = rowRanges(source);
    const located = { ...source, rowSources };
    const result = keyProjectsTable(readKeyProjects(located), located);
    expect(TableSchema.parse(result)).toEqual(result);
    expect(result.rowSources?.map((range) => range.line)).toEqual([2, 3, 3, 4, 6]);
  });

  it('has one row per item under its part and action', () => {
    const result = keyProjectsTable(readKeyProjects(source), source);
    expect(TableSchema.parse(result)).toEqual(result);
    expect(result.rows.map((r) => [r.part, r.actionNo, r.action, r.itemNo, r.responsible])).toEqual([
      ['一、深入推进县城建设提质增效', '(一)', '实施县城规划体系完善行动', null, '市发展和改革委员会'],
      ['一、深入推进县城建设提质增效', '(五)', '实施防灾减灾能力提升行动', 1, '市住房和城乡建设局'],
      ['一、深入推进县城建设提质增效', '(五)', '实施防灾减灾能力提升行动', 2, '市住房和城乡建设局'],
      ['一、深入推进县城建设提质增效', '(五)', '实施防灾减灾能力提升行动', 3, '市住房和城乡建设局'],
      ['二、全面推进城乡建设衔接互补', '(一)', '推进规划建设一体化', 1, '市财政局'],
    ]);
  });

  it('rejects a name split over rows (the parser joins the printed one; readKeyProjects does not guess)', () => {
    const split = table(
      't',
      ['序号', '项目名称', '项目内容', '责任单位'],
      [
        ['一、部分', null, null, null],
        ['(三)', '实施公共', '1. 甲', '市民政局'],
        [null, '服务提标', '2. 乙', null],
      ],
    );
    expect(() => readKeyProjects(split)).toThrow(/without 序号/);
  });
});
