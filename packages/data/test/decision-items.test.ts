import { TableSchema } from '@gongbao/core';
import { describe, expect, it } from 'vitest';
import { decisionItemsTable, readDecisionItems } from '../scripts/lib/datasets/decision-items';

describe('decision items', () => {
  const texts = [
    '一、各重大行政决策事项承办单位要高度重视。',
    '一、长治市流动人口服务管理实施细则 承办单位:市公安局 计划完成时间:2024 年 6 月底前',
    '二、长治市城镇职工基本医疗保险市级统筹 暂行办法 承办单位:市医疗保障局 计划完成时间:2024 年 10 月底前',
  ];

  it('reads title, undertaker and deadline as text and as a date', () => {
    const items = readDecisionItems(texts);
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
    const result = decisionItemsTable(items, '长政办函-2024-13');
    expect(TableSchema.parse(result)).toEqual(result);
  });

  it('rejects items out of order (an interleaved layout)', () => {
    expect(() => readDecisionItems([texts[1] ?? '', texts[1]?.replace('一、', '五、') ?? ''])).toThrow(
      /expected item 2/,
    );
  });
});
