import { DocumentSchema, documentToText, TableSchema } from '@gongbao/core';
import { describe, expect, it } from 'vitest';
import { draftingNote, notice5, vehicleTable } from './fixtures';

describe('documentToText', () => {
  it('reads the whole document in order, one paragraph per line, tables row by row', () => {
    const doc = DocumentSchema.parse(notice5);
    expect(documentToText(doc).split('\n')).toEqual([
      '长治市人民政府关于印发长治市加强和改进全市消防工作实施意见的通知',
      '长政发〔2024〕5号',
      '各县、区人民政府，长治高新区、经开区管委会，市直各有关单位：',
      '《长治市加强和改进全市消防工作实施意见》已经市政府第47次常务会议通过，现印发给你们，请认真贯彻落实。',
      '长治市人民政府',
      '2024年6月4日',
      '（此件公开发布）',
      '长治市加强和改进全市消防工作实施意见',
      '为全面提升全市公共消防安全水平……制定本实施意见。',
      '一、总体要求',
      '(一)指导思想。深入贯彻习近平总书记关于发展新时代消防事业的重要论述精神……',
      '注：现苏店镇已开工，黄碾镇正在办理用地手续。',
      '附件1',
      '长治市消防站及乡镇专职消防站建设计划表（119座）',
      '附件 2',
      '长治市消防救援队伍消防车辆配备计划表',
      '序号\t单位\t消防站\t车辆种类\t短缺数量',
      '1\t长治市支队本级\t长治市消防救援支队应急装备储备库\t全地形越野运输车\t4',
      '2\t长治市支队本级\t长治市消防救援支队应急装备储备库\t冷藏车\t1',
      '3\t长治市支队本级\t\t泡沫消防车\t1',
      '合计\t\t\t\t6',
    ]);
  });

  it('prints nested attached documents with their own signature and date, lists and table notes', () => {
    const doc = DocumentSchema.parse({
      ...notice5,
      body: [
        {
          type: 'list',
          items: [
            {
              marker: { kind: 'parenthesized-chinese', level: 2, index: 3, raw: '（三）' },
              text: '达到法定退休年龄的;',
            },
            { text: '其他' },
          ],
        },
      ],
      attachments: [{ number: 1, title: '起草说明', document: draftingNote }],
      enclosures: [],
    });
    const lines = documentToText(doc).split('\n');
    expect(lines.slice(3, 5)).toEqual(['（三）达到法定退休年龄的;', '其他']);
    expect(lines.slice(lines.indexOf('附件1'))).toEqual([
      '附件1',
      draftingNote.title,
      '市政府：',
      '一、背景及依据',
      '根据中共中央办公厅、国务院办公厅《关于推进以县城为重要载体的城镇化建设的意见》……',
      '长治市住房和城乡建设局',
      '2024年5月29日',
    ]);
  });

  it('keeps each table row on one line when cells hold several paragraphs', () => {
    const doc = DocumentSchema.parse(notice5);
    const table = structuredClone(vehicleTable);
    (table.rows[0] as Record<string, unknown>).车辆种类 = '全地形\n越野\t运输车';
    const lines = documentToText({
      ...doc,
      attachments: [{ title: '表', body: [{ type: 'table', table: TableSchema.parse(table) }] }],
    }).split('\n');
    expect(lines).toContain('1\t长治市支队本级\t长治市消防救援支队应急装备储备库\t全地形 越野 运输车\t4');
  });

  it('leaves out what the document does not have', () => {
    const { note: _, ...rest } = DocumentSchema.parse(notice5);
    const doc = {
      ...rest,
      addressees: [],
      attachments: [],
      enclosures: [],
      signatories: [{ name: '张三', title: '市长' }],
    };
    expect(documentToText(doc).split('\n')).toEqual([
      notice5.title,
      '长政发〔2024〕5号',
      '《长治市加强和改进全市消防工作实施意见》已经市政府第47次常务会议通过，现印发给你们，请认真贯彻落实。',
      '市长 张三',
      '2024年6月4日',
    ]);
  });
});

describe('documentToText on any depth and with plain date strings', () => {
  it('a heading tree 100,000 levels deep: every line, in order, no stack overflow', () => {
    const doc = DocumentSchema.parse(notice5);
    type Block = (typeof doc.body)[number];
    let deep: Block = { type: 'paragraph', text: 'bottom' };
    for (let i = 100_000; i > 0; i--) deep = { type: 'heading', level: 1, text: `h${i}`, children: [deep] };
    const lines = documentToText({ ...doc, body: [deep, { type: 'paragraph', text: 'after' }] }).split('\n');
    const start = lines.indexOf('h1');
    expect(lines.slice(start, start + 3)).toEqual(['h1', 'h2', 'h3']);
    expect(lines[start + 99_999]).toBe('h100000');
    expect(lines.slice(start + 100_000, start + 100_002)).toEqual(['bottom', 'after']);
  });

  it('takes plain ISO strings for dates and checks them', () => {
    const doc = DocumentSchema.parse(notice5);
    const plain = { ...doc, writtenDate: '2024-06-04' };
    expect(documentToText(plain)).toBe(documentToText(doc));
    expect(() => documentToText({ ...doc, writtenDate: '2024-02-30' })).toThrow(
      expect.objectContaining({ name: 'ParseError', code: 'INVALID_DATE' }),
    );
  });
});
