import { type Block, DocumentSchema, GazetteIssueSchema, type HeadingBlock, type Table } from '@gongbao/core';
import { DiagnosticSchema, parseGazette } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';
import { lineOf, source } from './helpers/source.js';

const { issue, tables, diagnostics } = parseGazette(source);
const doc = (id: string) => {
  const found = issue.documents.find((d) => d.id === id);
  if (!found) throw new Error(`no document ${id}`);
  return found;
};
const allBlocks = (blocks: readonly Block[]): Block[] =>
  blocks.flatMap((b) => (b.type === 'heading' ? [b, ...allBlocks(b.children)] : [b]));
const tableOf = (blocks: readonly Block[] | undefined): Table | undefined =>
  blocks?.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table')?.table;

const NUMBERS = [
  '长政发〔2024〕5号',
  '长政发〔2024〕6号',
  '长政发〔2024〕8号',
  '长政发〔2024〕9号',
  '长政函〔2024〕22号',
  '长政函〔2024〕30号',
  '长政办发〔2024〕13号',
  '长政办发〔2024〕14号',
  '长政办发〔2024〕16号',
  '长政办发〔2024〕17号',
  '长政办发〔2024〕18号',
  '长政办函〔2024〕12号',
  '长政办函〔2024〕13号',
  '长政规〔2024〕1号',
  '长科规〔2024〕1号',
  '长科规〔2024〕2号',
  '长人社规〔2024〕1号',
];

describe('parseGazette on the whole issue', () => {
  it('finds the 17 documents in order and every one validates', () => {
    expect(issue.documents.map((d) => d.docNumber.canonical)).toEqual(NUMBERS);
    for (const document of issue.documents) {
      const result = DocumentSchema.safeParse(document);
      expect(result.success, `${document.id}: ${result.error?.message}`).toBe(true);
    }
    expect(GazetteIssueSchema.safeParse(issue).success).toBe(true);
  });

  it('reports no errors, and every diagnostic is well formed and inside the source', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const d of diagnostics) {
      expect(DiagnosticSchema.safeParse(d).success).toBe(true);
      expect(d.range.end).toBeLessThanOrEqual(source.length);
      expect(d.range.line).toBe(source.slice(0, d.range.start).split('\n').length);
    }
  });

  it('reads the masthead and the editorial board', () => {
    expect(issue).toMatchObject({
      title: '长治市人民政府公报',
      romanizedTitle: 'CHANGZHISHI RENMIN ZHENGFU GONGBAO',
      year: 2024,
      number: 3,
      cumulative: 27,
      frequency: '双月刊',
      publicationDate: '2024-06-30',
      sponsor: '长治市人民政府办公室',
      editor: '长治市人民政府办公室信息科',
      printer: '长治日报社印刷厂',
      contact: { postcode: '046000', phone: '(0355)2192572', website: 'http://www.changzhi.gov.cn/' },
    });
    expect(issue.editorialBoard.map((r) => r.role)).toEqual([
      '顾问',
      '主任',
      '委员',
      '主编',
      '副主编',
      '执行总编',
      '本期责编',
    ]);
    expect(issue.editorialBoard[2]?.people).toEqual([
      '范连星',
      '许炜',
      '宋旭岗',
      '李保明',
      '郭进卫',
      '宋海浪',
      '王慧斌',
      '郭仁起',
      '王爱军',
    ]);
    expect(issue.editorialBoard[6]?.people).toEqual(['孙甜甜', '崔起堂', '殷文飞']);
    expect(issue.backCover).toEqual(['传达政令', '宣传政策', '指导工作', '服务社会']);
  });

  it('reads the table of contents with normalised numbers and matches it one to one', () => {
    expect(issue.toc).toHaveLength(17);
    expect(issue.toc.map((e) => e.docNumber?.canonical)).toEqual(NUMBERS);
    expect(issue.toc[0]?.docNumber?.raw).toBe('长政发[2024]5号');
    expect(issue.toc.map((e) => e.documentId)).toEqual(issue.documents.map((d) => d.id));
    expect([...new Set(issue.toc.map((e) => e.section))]).toEqual([
      '市政府文件',
      '市政府函件',
      '市政府办公室文件',
      '市政府办公室函件',
      '市政府规范性文件',
      '市政府部门规范性文件',
    ]);
    expect(issue.toc.map((e) => e.startPage)).toEqual([
      1, 12, 15, 18, 28, 29, 30, 34, 38, 40, 64, 65, 67, 68, 73, 76, 79,
    ]);
    expect(doc('长政发-2024-5').pages).toEqual({ start: 1, end: 11 });
    expect(doc('长政函-2024-22').pages).toEqual({ start: 28, end: 28 });
    expect(doc('长人社规-2024-1').pages).toEqual({ start: 79 });
    expect(doc('长政办函-2024-13').section).toBe('市政府办公室函件');
    expect(issue.toc[16]?.title).toBe(
      '长治市人力资源和社会保障局 长治市财政局关于印发长治市公益性岗位人员管理暂行办法的通知',
    );
  });

  it('reads heads, addressees, signatures, dates and notes of every document', () => {
    for (const d of issue.documents) {
      expect(d.addressees.length, d.id).toBeGreaterThan(0);
      expect(d.signatories.length, d.id).toBeGreaterThan(0);
      expect(d.disclosure, d.id).toBe('public');
      expect(source.slice(d.source?.start, (d.source?.start ?? 0) + 1), d.id).toBe('#');
    }
    expect(doc('长政发-2024-6').title).toBe('长治市人民政府关于印发长治市承接省政府授权和委托用地审批权实施方案的通知');
    expect(doc('长政函-2024-22').title).toBe('长治市人民政府关于长治市现代水网建设规划(2021—2035年)的批复');
    expect(doc('长政规-2024-1').docNumber.raw).toBe('长政规〔2024〕1 号');
    expect(doc('长政规-2024-1').writtenDate).toBe('2024-05-22');
    expect(doc('长政发-2024-9').writtenDate).toBe('2024-06-21');
    expect(doc('长科规-2024-1').addressees).toEqual(['各县区科技局(发科局)', '长治高新区、经开区管委会', '有关单位']);
    const joint = doc('长人社规-2024-1');
    expect(joint.issuers.map((i) => i.name)).toEqual(['长治市人力资源和社会保障局', '长治市财政局']);
    expect(joint.writtenDate).toBe('2024-01-08');
    expect(doc('长政函-2024-22').type).toBe('批复');
    expect(issue.documents.filter((d) => d.type === '通知')).toHaveLength(15);
  });

  it('reads enclosures and attachments, including the nested 起草说明', () => {
    expect(issue.documents.filter((d) => d.enclosures.length === 1)).toHaveLength(13);
    expect(issue.documents.filter((d) => d.enclosures.length === 0).map((d) => d.id)).toEqual([
      '长政发-2024-8',
      '长政函-2024-22',
      '长政函-2024-30',
      '长政办函-2024-13',
    ]);
    expect(doc('长政发-2024-8').enclosures).toEqual([]);
    const fire = doc('长政发-2024-5');
    expect(fire.attachments.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(fire.attachments.map((a) => tableOf(a.body)?.id)).toEqual([
      '长政发-2024-5/附件1',
      '长政发-2024-5/附件2',
      '长政发-2024-5/附件3',
    ]);
    const towns = doc('长政办发-2024-17');
    const note = towns.attachments[0]?.document;
    expect(note?.title).toBe(
      '长治市住房和城乡建设局关于长治市推进以县城为重要载体的城镇化建设行动方案的起草说明及采纳情况',
    );
    expect(note?.issuers.map((i) => i.name)).toEqual(['长治市住房和城乡建设局']);
    expect(note?.addressees).toEqual(['市政府']);
    expect(note?.writtenDate).toBe('2024-05-29');
    expect(tableOf(towns.attachments[1]?.body)?.title).toBe('基础骨干项目清单');
    expect(doc('长政办函-2024-13').attachments[0]?.title).toBe('2024年长治市人民政府重大行政决策事项目录');
  });

  it('builds the outline from the markers, not from the # counts', () => {
    const plan = doc('长政发-2024-9').enclosures[0];
    const top = plan?.body.filter((b): b is HeadingBlock => b.type === 'heading') ?? [];
    // 一、…十三、 are written with ##, ### and #### in the source; all are level 1.
    expect(top.map((h) => h.marker?.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(top.every((h) => h.level === 1)).toBe(true);
    const grain = doc('长政规-2024-1').enclosures[0];
    const chapters = grain?.body.filter((b): b is HeadingBlock => b.type === 'heading') ?? [];
    expect(chapters.map((c) => c.marker?.raw)).toEqual([
      '第一章',
      '第二章',
      '第三章',
      '第四章',
      '第五章',
      '第六章',
      '第七章',
      '第八章',
    ]);
    expect(chapters.every((c) => c.children.every((b) => b.type === 'heading' && b.marker?.kind === 'article'))).toBe(
      true,
    );
    const articles = chapters.flatMap((c) => c.children);
    expect(articles).toHaveLength(36);
  });

  it('rejoins paragraphs cut by page breaks', () => {
    const blocks = allBlocks(doc('长政发-2024-5').enclosures[0]?.body ?? []);
    const goal = blocks.find((b): b is HeadingBlock => b.type === 'heading' && b.marker?.raw === '(二)');
    expect(goal?.text).toContain('全民抗御火灾能力明显提升，消防工作与经济社会发展基本适应');
    const first = allBlocks(doc('长政规-2024-1').enclosures[0]?.body ?? []).find(
      (b) => b.type === 'heading' && b.marker?.raw === '第一条',
    );
    expect(first?.type === 'heading' && first.text).toBe(
      '为了维护粮食市场稳定,有效发挥市级储备粮宏观调控作用,建立管理科学、调控有力、吞吐灵活的市级储备粮管理体系,进一步加强市级储备粮管理,根据《粮食流通管理条例》《山西省省级储备粮管理办法》(山西省人民政府令第290号)等相关法律法规的要求,制定本办法。',
    );
  });

  it('reads validity and repeals', () => {
    expect(doc('长政规-2024-1').validity).toMatchObject({
      effectiveFrom: '2024-06-22',
      period: { value: 5, unit: 'year' },
      until: '2029-06-21',
    });
    expect(doc('长政规-2024-1').repeals.map((r) => r.canonical)).toEqual(['长政发〔2019〕2号']);
    expect(doc('长科规-2024-1').validity).toMatchObject({ effectiveFrom: '2024-06-01', until: '2029-05-31' });
    expect(doc('长科规-2024-1').repeals.map((r) => r.canonical)).toEqual(['长科发〔2022〕11号']);
    expect(doc('长科规-2024-2').validity).toMatchObject({
      effectiveFrom: '2024-05-10',
      until: '2026-05-09',
      provisional: true,
    });
    expect(doc('长政办发-2024-16').validity).toMatchObject({
      fromPublication: true,
      effectiveFrom: '2024-06-13',
      until: '2026-06-12',
    });
    expect(doc('长政办发-2024-18').validity?.effectiveFrom).toBe('2024-06-01');
    expect(doc('长人社规-2024-1').validity).toMatchObject({ fromPublication: true, effectiveFrom: '2024-01-08' });
    expect(doc('长政发-2024-5').validity).toBeUndefined();
  });

  it('finds citations with their ranges', () => {
    const fire = doc('长政发-2024-5');
    const cited = fire.citations.find((c) => c.docNumber?.canonical === '长政办发〔2020〕32号');
    expect(cited?.title).toBe('长治市消防安全责任制实施办法');
    expect(cited?.source && source.slice(cited.source.start, cited.source.end)).toBe(
      '《长治市消防安全责任制实施办法》(长政办发〔2020〕32号)',
    );
    expect(fire.citations.find((c) => c.title === '关于加强和改进消防工作的意见')?.issuer).toBe('国务院');
    const towns = doc('长政办发-2024-17');
    expect(towns.citations.find((c) => c.title === '关于推进以县城为重要载体的城镇化建设的意见')?.issuer).toBe(
      '中共中央办公厅、国务院办公厅',
    );
    // The notice's own enclosure and aliases (以下简称《规划》) are not citations.
    expect(doc('长政函-2024-22').citations.map((c) => c.title)).not.toContain('规划');
    expect(fire.citations.map((c) => c.title)).not.toContain('长治市加强和改进全市消防工作实施意见');
    expect(doc('长政办函-2024-13').citations.find((c) => c.docNumber?.canonical === '国务院令第713号')?.title).toBe(
      '重大行政决策程序暂行条例',
    );
  });

  it('reads the same issue written as plain text (no #, no list marks, no blank lines) the same way', () => {
    const plain = source
      .replace(/^#+\s*/gmu, '')
      .replace(/^- /gmu, '')
      .replace(/\*\*/gu, '')
      .replace(/\n\n/gu, '\n');
    const parsed = parseGazette(plain);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const summary = (d: (typeof issue.documents)[number]) => ({
      id: d.id,
      title: d.title,
      addressees: d.addressees,
      writtenDate: d.writtenDate,
      enclosures: d.enclosures.map((e) => e.title),
      attachments: d.attachments.map((a) => [a.number, a.title, a.body !== undefined, a.document !== undefined]),
      validity: d.validity?.until,
      pages: d.pages,
    });
    expect(parsed.issue.documents.map(summary)).toEqual(issue.documents.map(summary));
  });

  it('collects every table of the issue', () => {
    expect(tables.map((t) => t.id)).toEqual([
      '长政发-2024-5/附件1',
      '长政发-2024-5/附件2',
      '长政发-2024-5/附件3',
      '长政办发-2024-17/附件2',
    ]);
  });
});

describe('parseGazette: provenance of table rows', () => {
  // Compare modulo markup and the spaces OCR put inside words.
  const bare = (text: string) => text.replace(/<\/?[a-z]+>/gu, '').replace(/\s+/gu, '');

  it('gives every row and totals row of every table one whole source line, in order, inside the table', () => {
    for (const table of tables) {
      expect(table.rowSources).toHaveLength(table.rows.length);
      expect(table.totalSources).toHaveLength(table.totals.length);
      const ranges = [...(table.rowSources ?? []), ...(table.totalSources ?? [])];
      for (const range of ranges) {
        expect(range.start).toBeGreaterThanOrEqual(table.source?.start ?? Number.NaN);
        expect(range.end).toBeLessThanOrEqual(table.source?.end ?? Number.NaN);
        expect(source[range.start - 1]).toBe('\n');
        expect(source[range.end] ?? '\n').toBe('\n');
        expect(range.line).toBe(source.slice(0, range.start).split('\n').length);
      }
      const starts = (table.rowSources ?? []).map((r) => r.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(new Set(starts).size).toBe(starts.length);
    }
  });

  it("finds each row's first own cell (not carried down from a merged cell above) in the row's range", () => {
    let checked = 0;
    for (const table of tables) {
      const names = table.columns.map((c) => c.name).filter((name) => name !== '分组');
      table.rows.forEach((row, r) => {
        const above = table.rows[r - 1];
        const own = names
          .map((name) => row[name] ?? null)
          .find((value, c) => value !== null && value !== '' && value !== above?.[names[c] as string]);
        const range = table.rowSources?.[r];
        expect(own, `${table.id} row ${r}`).toBeDefined();
        expect(bare(source.slice(range?.start, range?.end)), `${table.id} row ${r}`).toContain(bare(String(own)));
        checked++;
      });
      table.totals.forEach((total, t) => {
        const range = table.totalSources?.[t];
        expect(bare(source.slice(range?.start, range?.end))).toContain(bare(total.label));
      });
    }
    expect(checked).toBe(tables.reduce((n, t) => n + t.rows.length, 0));
    expect(checked).toBeGreaterThan(100);
  });
});

describe('parseGazette: what the rules cannot repair is reported with its place', () => {
  const at = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => d.range.line);

  it('reports the interleaved two-column decision items and still reads all seven', () => {
    expect(at('table-column-major')).toEqual([lineOf(source, '一、长治市流动人口服务管理实施细则')]);
    const list = doc('长政办函-2024-13').attachments[0]?.body?.[0];
    expect(list?.type === 'list' && list.items.map((i) => i.marker?.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(list?.type === 'list' && list.items[3]?.text).toContain('计划完成时间:2024 年 10 月底前');
  });

  it('reports the shifted rows of the fire-station and vehicle tables', () => {
    expect(at('table-span-crosses-parent')).toContain(lineOf(source, '武乡县 (11座)'));
    expect(at('table-count-mismatch')).toEqual([lineOf(source, '沁源县 (9座)'), lineOf(source, '壶关县 (9座)')]);
    expect(at('table-row-misaligned')).toEqual([lineOf(source, '12\t水罐消防车')]);
    expect(at('table-total-mismatch')).toEqual([lineOf(source, '合计\t\t\t\t43')]);
  });

  it('reports the key-project name that starts over, and no other cell of the issue', () => {
    const found = diagnostics.filter((d) => d.code === 'table-cell-restarts');
    expect(found.map((d) => [d.severity, d.range.line])).toEqual([
      ['warning', lineOf(source, '(二)\t实施基础设施补短板')],
    ]);
    const range = found[0]?.range;
    expect(source.slice(range?.start, range?.end)).toBe('实施基础设施补短板 实施基础 设施补齐 补强行动');
    // The name cut into one piece per row, in the same table, is joined by rule.
    expect(at('table-cell-joined')).toEqual([lineOf(source, '(三)\t实施公共')]);
  });

  it('reports the 号 outside its bracket and English words in the text', () => {
    expect(at('number-outside-bracket')).toEqual([lineOf(source, '(长水办〔2024〕78)号')]);
    expect(at('latin-word-in-text')).toEqual([lineOf(source, '企业 and 产业'), lineOf(source, '布局 and 建筑')]);
  });

  it('reports nothing but rules applied once the source is corrected', () => {
    const corrected = source
      .replace(
        '\t2024年\t一级城市消防站(1座)\t蟠龙镇(全国重点镇)(历史文化)\n武乡县 (11座)\t\t',
        '武乡县 (11座)\t2024年\t一级城市消防站(1座)\t蟠龙镇(全国重点镇)(历史文化)\n\t\t',
      )
      .replace(
        '\t2024年\t一级城市消防站(1座)\t大峡谷镇\n壶关县 (9座)\t2025年',
        '壶关县 (9座)\t2024年\t一级城市消防站(1座)\t大峡谷镇\n\t2025年',
      )
      .replace('12\t水罐消防车\t\t1\t', '12\t\t\t水罐消防车\t1')
      .replace('(二)\t实施基础设施补短板 ', '(二)\t')
      .replace('(长水办〔2024〕78)号', '(长水办〔2024〕78号)')
      .replace('企业 and 产业', '企业和产业')
      .replace('布局 and 建筑', '布局和建筑');
    const result = parseGazette(corrected);
    const left = result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code);
    expect(left).toEqual(['table-column-major']);
    const stations = result.tables[0];
    expect(stations?.rows.filter((r) => r.行政区 === '武乡县 (11座)').map((r) => r.时间)).toEqual([
      '2024年',
      '2024年',
      '2025年',
      '2026年',
    ]);
  });
});

describe('parseGazette: masthead', () => {
  it('reads an issue number and 总第N期 written in Chinese numerals, as parseIssueNumber does', () => {
    const markdown = (issueLines: string[]) =>
      [
        '# 某市人民政府公报',
        ...issueLines,
        '出版日期:2024年2月28日',
        '# 目 录',
        '## 市政府文件',
        '- 某市人民政府关于某事的通知(某政发[2024]1号) ..... 1',
        '# 某市人民政府关于某事的通知',
        '某政发〔2024〕1号',
        '各县人民政府：',
        '现就某事通知如下。',
        '某市人民政府',
        '2024年1月5日',
      ].join('\n\n');
    for (const lines of [['二〇二四年第一期(总第九期)'], ['二〇二四年第一期', '(总第九期)']]) {
      const { issue, diagnostics } = parseGazette(markdown(lines));
      expect([issue.year, issue.number, issue.cumulative], lines.join(' ')).toEqual([2024, 1, 9]);
      expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([]);
    }
  });
});
