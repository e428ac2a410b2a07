import { type Table, TableSchema } from '@gongbao/core';
import { describe, expect, it } from 'vitest';
import { attached } from './helpers/attached.js';

function mustTable(table: Table | undefined): Table {
  if (!table) throw new Error('no table');
  expect(TableSchema.safeParse(table).success).toBe(true);
  return table;
}

describe('tables', () => {
  it('types columns, moves units into the column and keeps totals and notes apart', () => {
    const { table, codes } = attached([
      '面积统计表',
      '序号\t县区\t面积（亩）\t增长率(%)',
      '1\t甲县\t1,200\t2.5',
      '2\t乙县\t800\t-1',
      '合计\t\t2000\t',
      '注：面积为计划数。',
    ]);
    const t = mustTable(table);
    expect(t.title).toBe('面积统计表');
    expect(t.label).toBe('附件');
    expect(t.columns).toEqual([
      { name: '序号', type: 'integer' },
      { name: '县区', type: 'string' },
      { name: '面积', type: 'integer', unit: '亩' },
      { name: '增长率', type: 'number', unit: '%' },
    ]);
    expect(t.rows).toEqual([
      { 序号: 1, 县区: '甲县', 面积: 1200, 增长率: 2.5 },
      { 序号: 2, 县区: '乙县', 面积: 800, 增长率: -1 },
    ]);
    expect(t.totals).toEqual([{ label: '合计', values: { 面积: 2000 } }]);
    expect(t.notes).toEqual(['面积为计划数。']);
    expect(codes).not.toContain('table-total-mismatch');
  });

  it('reports a total that is not the sum of its column', () => {
    const { codes } = attached(['序号\t数量（辆）', '1\t3', '2\t4', '合计\t8']);
    expect(codes).toContain('table-total-mismatch');
  });

  it('merges 续表 continuations and drops their repeated header', () => {
    const t = mustTable(
      attached(['某表', '序号\t名称', '1\t甲', '续表', '序号\t名称', '2\t乙', '', '续表', '', '序号\t名称', '3\t丙'])
        .table,
    );
    expect(t.parts).toBe(3);
    expect(t.rows.map((r) => r.名称)).toEqual(['甲', '乙', '丙']);
  });

  it('reads a second header row and names the columns by both rows', () => {
    const t = mustTable(attached(['项目\t资金（万元）\t', '\t2024年\t2025年', '道路\t10\t20']).table);
    expect(t.columns).toEqual([
      { name: '项目', type: 'string', header: ['项目'] },
      { name: '资金/2024年', type: 'integer', unit: '万元', header: ['资金（万元）', '2024年'] },
      { name: '资金/2025年', type: 'integer', unit: '万元', header: ['资金（万元）', '2025年'] },
    ]);
    expect(t.rows).toEqual([{ 项目: '道路', '资金/2024年': 10, '资金/2025年': 20 }]);
  });

  it('resolves merged cells by carrying text down, never numbers', () => {
    const t = mustTable(
      attached([
        '地区\t年份\t站点\t数量',
        '甲县\t2024年\t子站\t1',
        '\t\t丑站\t',
        '\t2025年\t寅站\t2',
        '乙县\t2024年\t卯站\t3',
      ]).table,
    );
    expect(t.rows.map((r) => [r.地区, r.年份, r.站点, r.数量])).toEqual([
      ['甲县', '2024年', '子站', 1],
      ['甲县', '2024年', '丑站', null],
      ['甲县', '2025年', '寅站', 2],
      ['乙县', '2024年', '卯站', 3],
    ]);
  });

  it('does not carry a merged cell across a change of the column to its left, and says so', () => {
    const { table, codes, diagnostics, text } = attached([
      '地区\t年份\t站点',
      '甲县\t2024年\t子站',
      '\t2025年\t寅站',
      '乙县\t\t丑站',
    ]);
    expect(mustTable(table).rows.map((r) => r.年份)).toEqual(['2024年', '2025年', null]);
    expect(codes).toContain('table-span-crosses-parent');
    const d = diagnostics.find((x) => x.code === 'table-span-crosses-parent');
    expect(text.slice(d?.range.start, d?.range.end)).toBe('乙县\t\t丑站');
  });

  it('checks counts written in cells against the rows they span and the names they list', () => {
    const ok = attached(['地区\t类别\t名称', '甲县 (3座)\t一级站(2座)\t子镇、丑镇', '\t二级站(1座)\t寅镇']);
    expect(ok.codes).not.toContain('table-count-mismatch');
    const wrong = attached(['地区\t类别\t名称', '甲县 (4座)\t一级站(2座)\t子镇、丑镇、卯镇', '\t二级站(1座)\t寅镇']);
    expect(wrong.diagnostics.filter((d) => d.code === 'table-count-mismatch').map((d) => d.message)).toEqual([
      '甲县 (4座) states 4座 but its rows add up to 3座',
      '一级站(2座) states 2座 but 3 are listed',
    ]);
  });

  it('checks a count in the table title against the first column that states counts', () => {
    const rows = ['地区\t类别', '甲县 (3座)\t一级站', '乙县 (1座)\t二级站'];
    expect(attached(['某市站点表（4座）', ...rows]).codes).not.toContain('table-count-mismatch');
    const wrong = attached(['某市站点表（5座）', ...rows]);
    expect(wrong.diagnostics.filter((d) => d.code === 'table-count-mismatch').map((d) => d.message)).toEqual([
      'The title states 5座 but the rows add up to 4座',
    ]);
  });

  it('reports a row whose cells slid sideways', () => {
    const { codes } = attached(['序号\t单位\t车型\t数量（辆）', '1\t甲队\t水罐车\t1', '2\t水罐车\t1\t']);
    expect(codes).toContain('table-row-misaligned');
  });

  it('removes OCR spaces inside Chinese words but keeps spaces next to Latin letters, and turns HTML into text', () => {
    const t = mustTable(
      attached(['名称\t内容', '长治高 新技 术 产 业 开 发 区\t更换 LED 灯', '<b>粗体</b>\t<p>一段</p> <p>二段</p>'])
        .table,
    );
    expect(t.rows).toEqual([
      { 名称: '长治高新技术产业开发区', 内容: '更换 LED 灯' },
      { 名称: '粗体', 内容: '一段\n二段' },
    ]);
  });

  it('gives every row and totals row its source range, across 续表 parts and group rows', () => {
    const { text, table } = attached([
      '某表',
      '序号\t名称\t数量（个）',
      '<b>一、甲类</b>\t\t',
      '1\t甲\t2',
      '\t\t3',
      '续表',
      '序号\t名称\t数量（个）',
      '<b>二、乙类</b>\t\t',
      '2\t乙\t4',
      '合计\t\t9',
    ]);
    const t = mustTable(table);
    const slices = (ranges: Table['rowSources']) => (ranges ?? []).map((r) => text.slice(r.start, r.end));
    expect(t.rows.map((r) => [r.分组, r.名称, r.数量])).toEqual([
      ['一、甲类', '甲', 2],
      ['一、甲类', '甲', 3],
      ['二、乙类', '乙', 4],
    ]);
    expect(slices(t.rowSources)).toEqual(['1\t甲\t2', '\t\t3', '2\t乙\t4']);
    expect(t.rowSources?.map((r) => r.line)).toEqual([11, 12, 16]);
    expect(slices(t.totalSources)).toEqual(['合计\t\t9']);
    expect(t.totalSources?.[0]?.line).toBe(17);
  });

  it('turns full-width group rows into a 分组 column', () => {
    const t = mustTable(
      attached([
        '序号\t项目\t单位',
        '<b>一、城镇建设</b>\t\t',
        '(一)\t道路\t市住建局',
        '(二)\t供水\t市水利局',
        '<b>二、乡村建设</b>\t\t',
        '(一)\t厕所\t市农业农村局',
      ]).table,
    );
    expect(t.columns[0]).toMatchObject({ name: '分组', type: 'string' });
    expect(t.rows.map((r) => [r.分组, r.序号, r.项目])).toEqual([
      ['一、城镇建设', '(一)', '道路'],
      ['一、城镇建设', '(二)', '供水'],
      ['二、乡村建设', '(一)', '厕所'],
    ]);
  });

  it('joins a merged cell that was cut into one piece per row', () => {
    const { table, codes } = attached([
      '序号\t项目名称\t内容\t单位',
      '(一)\t规划行动\t1. 甲\t市规划局',
      '\t\t2. 乙\t',
      '(二)\t实施公共\t1. 丙\t市教育局',
      '\t服务提标\t2. 丁\t',
      '\t扩面行动\t3. 戊\t',
      '(三)\t防灾行动\t1. 己\t市应急局',
      '\t\t2. 庚\t',
    ]);
    const t = mustTable(table);
    expect(t.rows.map((r) => r.项目名称)).toEqual([
      '规划行动',
      '规划行动',
      '实施公共服务提标扩面行动',
      '实施公共服务提标扩面行动',
      '实施公共服务提标扩面行动',
      '防灾行动',
      '防灾行动',
    ]);
    expect(t.rows.map((r) => r.单位)).toEqual([
      '市规划局',
      '市规划局',
      '市教育局',
      '市教育局',
      '市教育局',
      '市应急局',
      '市应急局',
    ]);
    expect(codes).toContain('table-cell-joined');
  });

  it('reports a short cell that starts over with its own first words, and leaves it as written', () => {
    const { table, diagnostics } = attached([
      '序号\t项目名称\t项目内容',
      '(一)\t实施规划完善行动\t1. 甲 2. 乙',
      '(二)\t实施基础设施补短板 实施基础 设施补齐 补强行动\t1. 丙',
      '(三)\t推进县城建设 推进乡村建设\t实施道路工程 实施供水工程',
    ]);
    const t = mustTable(table);
    expect(t.rows[1]?.项目名称).toBe('实施基础设施补短板实施基础设施补齐补强行动');
    const found = diagnostics.filter((d) => d.code === 'table-cell-restarts');
    expect(found.map((d) => [d.severity, d.range.line])).toEqual([['warning', 10]]);
    expect(found[0]?.message).toContain('实施基础设施补短板');
  });

  it('reads an interleaved two-column layout column by column into a list, and reports it', () => {
    const { body, codes } = attached([
      '一、甲事项 承办单位:市甲局 完成时间:6月底前\t完成时间:10月底前',
      '二、乙事项 承办单位:市乙局 完成时间:7月底前\t四、丁事项 承办单位:市丁局 完成时间:9月底前',
      '三、丙事项 承办单位:市丙局\t五、戊事项 承办单位:市戊局 完成时间:12月底前',
    ]);
    const list = body.find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items.map((i) => [i.marker?.index, i.text])).toEqual([
      [1, '甲事项 承办单位:市甲局 完成时间:6月底前'],
      [2, '乙事项 承办单位:市乙局 完成时间:7月底前'],
      [3, '丙事项 承办单位:市丙局 完成时间:10月底前'],
      [4, '丁事项 承办单位:市丁局 完成时间:9月底前'],
      [5, '戊事项 承办单位:市戊局 完成时间:12月底前'],
    ]);
    expect(codes).toContain('table-column-major');
  });

  it('numbers the columns of a table without header, and says so', () => {
    const t = mustTable(attached(['甲\t1', '乙\t2']).table);
    expect(t.columns.map((c) => c.name)).toEqual(['列1', '列2']);
    expect(attached(['甲\t1', '乙\t2']).codes).toContain('table-header-unknown');
  });
});
