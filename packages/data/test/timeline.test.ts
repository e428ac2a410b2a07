import { type Document, DocumentSchema, TableSchema } from '@gongbao/core';
import { describe, expect, it } from 'vitest';
import { clauseAround, sortByDate, timelineEntries } from '../scripts/lib/datasets/timeline';
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
    expect(entries.map((e) => [e.documentId, e.kind, e.date, e.text])).toEqual([
      ['长政发-2024-5', 'deadline', '2024-12-31', '2024 年底前'],
      ['长政规-2024-1', 'recurring', '2024-08-31', '每年8月底前'],
      ['长政规-2024-1', 'target', '2025-12-31', '到2025年'],
      ['长政规-2024-1', 'deadline', '2027-12-31', '2027年底'],
      ['长政规-2024-1', 'effective', '2024-06-22', '自2024年6月22日起执行'],
      ['长政规-2024-1', 'expiry', '2029-06-21', '有效期5年'],
    ]);
    for (const entry of entries) expect(TimelineEntrySchema.parse(entry)).toEqual(entry);
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
    const entry = (date: string, text: string) => ({ ...entries[0], date, text }) as TimelineEntry;
    const given = [
      entry('2025-12-31', 'a'),
      entry('2024-06-30', 'b'),
      entry('2025-12-31', 'c'),
      entry('2024-06-30', 'd'),
    ];
    expect(sortByDate(given).map((e) => e.text)).toEqual(['b', 'd', 'a', 'c']);
    expect(given.map((e) => e.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('cuts clauses at sentence marks', () => {
    expect(clauseAround('甲。乙丙；丁', 2, 3)).toBe('乙丙；');
    expect(clauseAround('甲乙', 0, 1)).toBe('甲乙');
  });
});
