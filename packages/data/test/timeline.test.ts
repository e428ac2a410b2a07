import { type Document, DocumentSchema, TableSchema } from '@gongbao/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clauseAround,
  commitmentKey,
  precisionOf,
  sortByDate,
  timelineEntries,
} from '../scripts/lib/datasets/timeline';
import { type TimelineEntry, TimelineEntrySchema } from '../src/timeline-entry';
import { timelineTable } from '../src/timeline-table';
import { fixtureDocuments } from './fixtures';

const [fire] = fixtureDocuments;
if (!fire) throw new Error('fixtures');

const rules: Document = DocumentSchema.parse({
  ...fire,
  id: '长政规-2024-1',
  docNumber: { agency: '长政规', year: 2024, serial: 1, canonical: '长政规〔2024〕1号', raw: '长政规〔2024〕1 号' },
  writtenDate: '2024-05-22',
  attachments: [],
  enclosures: [],
  body: [
    {
      type: 'paragraph',
      text: '在每年8月底前，将绩效评价结果报告市财政部门。到2025年，全市城市老旧供水管网改造率达到40%左右；到2027年底，基本完成。',
    },
    { type: 'paragraph', text: '本办法自2024年6月22日起执行,有效期5年。' },
  ],
  validity: {
    effectiveFrom: '2024-06-22',
    period: { value: 5, unit: 'year' },
    until: '2029-06-21',
    text: '本办法自2024年6月22日起执行,有效期5年。',
  },
});

describe('timeline', () => {
  const entries = timelineEntries([fire, rules]);

  it('finds deadlines, recurring deadlines, year targets, effective dates and expiries', () => {
    expect(entries.map((e) => [e.documentId, e.kind, e.date, e.dateText])).toEqual([
      ['长政发-2024-5', 'deadline', '2024-12-31', '2024 年底前'],
      ['长政规-2024-1', 'recurring', '2024-08-31', '每年8月底前'],
      ['长政规-2024-1', 'target', '2025-12-31', '到2025年'],
      ['长政规-2024-1', 'deadline', '2027-12-31', '2027年底'],
      ['长政规-2024-1', 'effective', '2024-06-22', '自2024年6月22日起执行'],
      ['长政规-2024-1', 'expiry', '2029-06-21', '有效期5年'],
    ]);
    for (const entry of entries) expect(TimelineEntrySchema.parse(entry)).toEqual(entry);
    expect(entries.map((e) => [e.precision, e.basis])).toEqual([
      ['year', 'stated'],
      ['month', 'stated'],
      ['year', 'stated'],
      ['year', 'stated'],
      ['day', 'stated'],
      ['day', 'period'],
    ]);
  });

  it('leaves out dates of earlier years, which describe the past', () => {
    const past = { type: 'paragraph', text: '对建成于2000年底前的老旧小区，到2020年已完成改造的，不再计入。' } as const;
    const withPast = DocumentSchema.parse({ ...rules, body: [...rules.body, past] });
    expect(timelineEntries([withPast])).toEqual(timelineEntries([rules]));
    // The same paragraph in a document of an earlier year: its deadline and target are found.
    const older = DocumentSchema.parse({ ...withPast, writtenDate: '1999-12-01', validity: undefined });
    expect(
      timelineEntries([older])
        .filter((e) => e.path === 'body/2')
        .map((e) => [e.kind, e.date]),
    ).toEqual([
      ['deadline', '2000-12-31'],
      ['target', '2020-12-31'],
    ]);
  });

  it('keeps the clause and the block path', () => {
    const target = entries.find((e) => e.kind === 'target');
    expect(target?.context).toBe('到2025年，全市城市老旧供水管网改造率达到40%左右；');
    expect(target?.path).toBe('body/0');
    expect(entries[0]?.path).toBe('enclosures/0/body/0/children/0');
  });

  it('is a valid table sorted by date', () => {
    const table = timelineTable(sortByDate(entries));
    expect(TableSchema.parse(table)).toEqual(table);
    expect(table.rows).toHaveLength(entries.length);
    const dates = table.rows.map((r) => r.date as string);
    expect(dates).toEqual([...dates].sort());
  });

  it('sorts by date and keeps the given order among equal dates', () => {
    const entry = (date: string, dateText: string) => ({ ...entries[0], date, dateText }) as TimelineEntry;
    const given = [
      entry('2025-12-31', 'a'),
      entry('2024-06-30', 'b'),
      entry('2025-12-31', 'c'),
      entry('2024-06-30', 'd'),
    ];
    expect(sortByDate(given).map((e) => e.dateText)).toEqual(['b', 'd', 'a', 'c']);
    expect(given.map((e) => e.dateText)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('cuts clauses at sentence marks', () => {
    expect(clauseAround('甲。乙丙；丁', 2, 3)).toBe('乙丙；');
    expect(clauseAround('甲乙', 0, 1)).toBe('甲乙');
  });
});

/** A one-paragraph-per-text document of 2024 (no validity unless given). */
function plan(texts: readonly string[], extra: Record<string, unknown> = {}): Document {
  return DocumentSchema.parse({
    ...rules,
    validity: undefined,
    body: texts.map((text) => ({ type: 'paragraph', text })),
    ...extra,
  });
}

describe('timeline: commitments named by a year or a month only', () => {
  const found = (texts: readonly string[]) =>
    timelineEntries([plan(texts)]).map((e) => [e.kind, e.date, e.precision, e.dateText]);

  it('are milestones with year or month precision, dated to the end of the period (the start for 起/开始)', () => {
    expect(found(['推进煤电机组“三改联动”。2024年完成123万千瓦改造任务。'])).toEqual([
      ['milestone', '2024-12-31', 'year', '2024年'],
    ]);
    expect(
      found([
        '加快推进长治机场迁建,2024年内完成机场选址工作,2026年完成立项等前期工作;重点推进前期工作,2024年开工建设,2025年建成投入使用。',
      ]),
    ).toEqual([
      ['milestone', '2024-12-31', 'year', '2024年'],
      ['milestone', '2026-12-31', 'year', '2026年'],
      ['milestone', '2024-12-31', 'year', '2024年'],
      ['milestone', '2025-12-31', 'year', '2025年'],
    ]);
    expect(found(['开展源头监管工作。(2025年1月开始)'])).toEqual([['milestone', '2025-01-01', 'month', '2025年1月']]);
    expect(found(['2024年底前,打造1家试点;2025年起,每年推出一批消防安全标准化管理单位。'])).toEqual([
      ['deadline', '2024-12-31', 'year', '2024年底前'],
      ['milestone', '2025-01-01', 'year', '2025年'],
    ]);
    expect(found(['力争 2024 年更新公交车 400 辆,2025 年完成各县区新能源公交车更新。'])).toEqual([
      ['milestone', '2024-12-31', 'year', '2024 年'],
      ['milestone', '2025-12-31', 'year', '2025 年'],
    ]);
    expect(found(['2024年,各县(区)政府按照市政府要求制定行动方案,成立工作专班。'])).toEqual([
      ['milestone', '2024-12-31', 'year', '2024年'],
    ]);
  });

  it('are not labels, ranges, quantities, past years or table cells without a step', () => {
    expect(
      found([
        '2024 年长治市人民政府重大行政决策事项目录',
        '奖补方式:2024年奖励资金共计2500万元。',
        '《能效标杆水平(2024年版)》',
        '2024-2026年三年间,全市垦造耕地20000亩(其中:2024年6000亩、2025年7000亩)。',
        '2024年6000亩,其中:潞州区300亩。',
        '以 2025 年报废补贴农机具数量为基础。',
        '自2020年成立以来,多次出色完成任务。',
        '2023年,基本完成自建房安全隐患排查。',
        '潞州区 (18 座)\t2024 年\t一级乡镇专职消防站(9 座)',
        '2024年以后每年新批准的建设用地,2025年、2026年分别按余量的25%供应。',
      ]),
    ).toEqual([]);
  });

  it('never throw and only report words of the text, at a known precision (any text)', () => {
    const pieces = [
      '2024年',
      '2025 年',
      '3月',
      '完成',
      '开工建设',
      '起',
      '开始',
      ',',
      '。',
      '(',
      '到',
      '底前',
      '亩',
      '版',
      '\t',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const entry of timelineEntries([plan([text || '无'])])) {
          expect(text.replace(/\s+/gu, '')).toContain(entry.dateText.replace(/\s+/gu, ''));
          expect(['day', 'month', 'year']).toContain(entry.precision);
          expect(TimelineEntrySchema.safeParse(entry).success).toBe(true);
        }
      }),
    );
  });

  it('reads the precision from the words', () => {
    expect(
      [
        '2024年5月15日前',
        '每月15日前',
        '2024年6月底前',
        '次年一月份',
        '2024年底前',
        '2024年第三季度',
        '2024年上半年',
      ].map(precisionOf),
    ).toEqual(['day', 'day', 'month', 'month', 'year', 'quarter', 'half-year']);
  });
});

describe('timeline: effective on publication', () => {
  it('is an entry dated to the 成文日期 with basis written-date, and its expiry says so', () => {
    const doc = plan(['本实施细则自公布之日起施行,有效期两年。'], {
      writtenDate: '2024-06-13',
      validity: {
        effectiveFrom: '2024-06-13',
        effectiveFromBasis: 'written-date',
        fromPublication: true,
        period: { value: 2, unit: 'year' },
        until: '2026-06-12',
        untilBasis: 'period-from-written-date',
        text: '本实施细则自公布之日起施行,有效期两年',
      },
    });
    expect(timelineEntries([doc]).map((e) => [e.kind, e.date, e.basis, e.dateText])).toEqual([
      ['effective', '2024-06-13', 'written-date', '自公布之日起施行'],
      ['expiry', '2026-06-12', 'period-from-written-date', '有效期2年'],
    ]);
  });

  it('is left out when the parser gave no date for it', () => {
    expect(timelineEntries([plan(['本办法自发布之日起施行。'])])).toEqual([]);
  });
});

describe('timeline: one commitment stated twice is one entry', () => {
  const text = '优化城市道路系统。到2025年,全市建成区道路网密度达到8.5公里/平方公里以上;';
  const row = '到 2025 年，全市建成区道路网密度达到 8.5 公里/平方公里以上；';
  const table = {
    id: 't',
    title: '基础骨干项目清单',
    columns: [{ name: '项目内容', type: 'string' }],
    rows: [{ 项目内容: row }],
    rowSources: [{ start: 50, end: 60, line: 1364 }],
    totals: [],
    notes: [],
  };
  const doc = plan([text], {
    attachments: [{ number: 2, title: '基础骨干项目清单', body: [{ type: 'table', table }] }],
  });

  it('with every source it was read from, the first being path and line', () => {
    const entries = timelineEntries([doc]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.sources).toEqual([
      { path: 'body/0', line: null },
      { path: 'attachments/0/body/0/table/rows/0', line: 1364 },
    ]);
    expect(TimelineEntrySchema.safeParse(entries[0]).success).toBe(true);
    expect(commitmentKey({ dateText: '到 2025 年', context: row })).toBe(
      commitmentKey({ dateText: '到2025年', context: text }),
    );
  });

  it('but the same words for two tasks in one part are two entries', () => {
    const twice = plan(['2. 布局建设十营地,2024年启动前期工作。', '3. 建设多节点,2024年启动前期工作。']);
    expect(timelineEntries([twice]).map((e) => e.sources.length)).toEqual([1, 1]);
  });

  it('and a different commitment in the attachment stays its own entry', () => {
    const other = { ...table, rows: [{ 项目内容: '到2025年,培育形成3个产城融合示范区。' }] };
    const apart = plan([text], {
      attachments: [{ number: 2, title: '清单', body: [{ type: 'table', table: other }] }],
    });
    expect(timelineEntries([apart])).toHaveLength(2);
  });
});
