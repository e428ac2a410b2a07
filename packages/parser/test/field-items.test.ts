import { TableSchema } from '@gongbao/core';
import { parseDocument } from '@gongbao/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText } from '../src/internal/cell-text';
import { itemFields } from '../src/internal/field-items';

/** The body of a minimal notice with the given lines, as markdown (blank lines between). */
function body(lines: readonly string[]) {
  const text = [
    '# 某市人民政府办公室关于印发2024年某市重大行政决策事项目录的通知',
    '某政办函〔2024〕13号',
    '各县人民政府：',
    '现将目录印发给你们。',
    ...lines,
    '某市人民政府办公室',
    '2024年6月11日',
  ].join('\n\n');
  return parseDocument(text).document.body;
}

const items = [
  '一、长治市流动人口服务管理实施细则 承办单位:市公安局 计划完成时间:2024 年 6 月底前',
  '二、长治市城镇职工基本医疗保险市级统筹 暂行办法 承办单位:市医疗保障局 计划完成时间:2024 年 6 月底前',
  '三、长治市促进高校毕业生就业创业工作 26 条措施 承办单位:市人力资源和社会保障局 计划完成时间:2024 年 10 月底前',
];

describe('numbered items with the same labelled fields', () => {
  it('are the rows of a table (序号, 名称, one column per label), titled by the line before them', () => {
    const blocks = body(['## 2024 年某市重大行政决策事项目录', ...items]);
    const table = blocks.find((b) => b.type === 'table');
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    expect(TableSchema.parse(table.table)).toEqual(table.table);
    expect(table.table.title).toBe('2024年某市重大行政决策事项目录');
    expect(table.table.columns.map((c) => [c.name, c.type])).toEqual([
      ['序号', 'integer'],
      ['名称', 'string'],
      ['承办单位', 'string'],
      ['计划完成时间', 'string'],
    ]);
    expect(table.table.rows).toEqual([
      { 序号: 1, 名称: '长治市流动人口服务管理实施细则', 承办单位: '市公安局', 计划完成时间: '2024年6月底前' },
      {
        序号: 2,
        名称: '长治市城镇职工基本医疗保险市级统筹暂行办法',
        承办单位: '市医疗保障局',
        计划完成时间: '2024年6月底前',
      },
      {
        序号: 3,
        名称: '长治市促进高校毕业生就业创业工作26条措施',
        承办单位: '市人力资源和社会保障局',
        计划完成时间: '2024年10月底前',
      },
    ]);
    expect(table.table.rowSources).toHaveLength(3);
    // No heading is left holding the jammed fields.
    expect(JSON.stringify(blocks)).not.toContain('"type":"heading","level":2');
  });

  it('stay headings when the items have fewer than two labels, differ in their labels, or are fewer than three', () => {
    const headings = (lines: readonly string[]) => body(lines).filter((b) => b.type === 'heading').length;
    expect(headings(items.slice(0, 2))).toBe(2);
    expect(headings([items[0] ?? '', items[1] ?? '', '三、加强组织领导。各单位要高度重视 责任单位:市政府办公室'])).toBe(
      3,
    );
    expect(
      headings([
        '一、加强组织领导。(责任单位:市发改委)',
        '二、完善政策体系。(责任单位:市财政局)',
        '三、强化考核评价。(责任单位:市政府办公室)',
      ]),
    ).toBe(3);
  });

  it('reads the fields of one item, and nothing from text without two labels', () => {
    expect(itemFields('长治市停车管理办法 承办单位:市城市管理局 计划完成时间:2024 年 9 月底前')).toEqual({
      name: '长治市停车管理办法',
      labels: ['承办单位', '计划完成时间'],
      values: ['市城市管理局', '2024 年 9 月底前'],
    });
    expect(itemFields('加强组织领导 责任单位:市发改委')).toBeUndefined();
    expect(itemFields('加强组织领导 责任单位: 配合单位:市财政局')).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const fields = itemFields(text);
        if (fields === undefined) return;
        expect(fields.labels.length).toBeGreaterThanOrEqual(2);
        expect(fields.values).toHaveLength(fields.labels.length);
        for (const label of fields.labels) expect(text).toContain(label);
      }),
    );
  });
});

describe('table titles and cells', () => {
  it('lose OCR spaces inside Chinese words and between a number and its Chinese unit', () => {
    expect(cellText('实施防灾 减灾能力 提升行动')).toBe('实施防灾减灾能力提升行动');
    expect(cellText('2024 年 6 月底前')).toBe('2024年6月底前');
    expect(cellText('潞州区 (18 座)')).toBe('潞州区 (18座)');
    expect(cellText('到 2025 年，道路网密度达到 8.5 公里')).toBe('到2025年，道路网密度达到8.5公里');
  });

  it('keep spaces between Latin words, between numbers, and ideographic spaces', () => {
    expect(cellText('光电 LED 灯')).toBe('光电 LED 灯');
    expect(cellText('2024 2025')).toBe('2024 2025');
    expect(cellText('张三\u3000李四')).toBe('张三\u3000李四');
  });

  it('only ever remove ASCII spaces (any text)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        const out = cellText(text);
        expect(out.replace(/ /gu, '')).toBe(text.replace(/ /gu, ''));
      }),
    );
  });
});
