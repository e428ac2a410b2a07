import { TableSchema } from '@gongbao/core';
import { describe, expect, it } from 'vitest';
import { decisionItemsTable, readDecisionItems } from '../scripts/lib/datasets/decision-items';

describe('decision items', () => {
  const source = {
    id: '长政办函-2024-13/附件',
    columns: ['序号', '名称', '承办单位', '计划完成时间'].map((name, i) => ({
      name,
      type: i === 0 ? ('integer' as const) : ('string' as const),
    })),
    rows: [
      { 序号: 1, 名称: '长治市流动人口服务管理实施细则', 承办单位: '市公安局', 计划完成时间: '2024年6月底前' },
      {
        序号: 2,
        名称: '长治市城镇职工基本医疗保险市级统筹暂行办法',
        承办单位: '市医疗保障局',
        计划完成时间: '2024 年 10 月底前',
      },
    ],
    rowSources: [
      { start: 0, end: 10, line: 1573 },
      { start: 11, end: 20, line: 1574 },
    ],
  };

  it('reads title, undertaker and deadline as text and as a date, each row pointing at its item', () => {
    const items = readDecisionItems(source);
    expect(items).toEqual([
      {
        no: 1,
        title: '长治市流动人口服务管理实施细则',
        undertaker: '市公安局',
        deadlineText: '2024年6月底前',
        deadline: '2024-06-30',
      },
      {
        no: 2,
        title: '长治市城镇职工基本医疗保险市级统筹暂行办法',
        undertaker: '市医疗保障局',
        deadlineText: '2024年10月底前',
        deadline: '2024-10-31',
      },
    ]);
    const result = decisionItemsTable(items, source, '长政办函-2024-13');
    expect(TableSchema.parse(result)).toEqual(result);
    expect(result.derivedFrom).toEqual(['长政办函-2024-13/附件']);
    expect(result.rowSources?.map((r) => r.line)).toEqual([1573, 1574]);
  });

  it('rejects items out of order (an interleaved layout) and a table without the columns', () => {
    const shuffled = { ...source, rows: [source.rows[0], { ...source.rows[1], 序号: 5 }] };
    expect(() => readDecisionItems(shuffled as typeof source)).toThrow(/expected item 2/);
    expect(() => readDecisionItems({ ...source, columns: source.columns.slice(0, 3) })).toThrow(/计划完成时间/);
  });
});
