import { type Block, DocumentDraftSchema, DocumentSchema, type HeadingBlock } from '@gongbao/core';
import { parseDocument } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';
import { fixture, notice } from './helpers/source.js';

const codes = (diagnostics: ReadonlyArray<{ code: string }>) => diagnostics.map((d) => d.code);
const headings = (blocks: readonly Block[]): HeadingBlock[] =>
  blocks.flatMap((b) => (b.type === 'heading' ? [b, ...headings(b.children)] : []));

describe('parseDocument: a 批复 as plain text', () => {
  const text = fixture('pifu.txt');
  const { complete, document, diagnostics } = parseDocument(text);

  it('says the document is complete (a Document)', () => {
    expect(complete).toBe(true);
  });

  it('reads a title written over two lines, and the 发文字号', () => {
    expect(document.title).toBe('运城市人民政府关于同意设立运城市盐湖区龙城街道的批复');
    expect(document.docNumber?.canonical).toBe('运政函〔2023〕45号');
    expect(document.id).toBe('运政函-2023-45');
    expect(document.type).toBe('批复');
  });

  it('splits 主送机关 at top-level commas', () => {
    expect(document.addressees).toEqual(['盐湖区人民政府', '市民政局']);
  });

  it('reads signature, 成文日期 and 附注 (此件主动公开 is public)', () => {
    expect(document.signatories.map((s) => s.name)).toEqual(['运城市人民政府']);
    expect(document.issuers).toEqual([
      expect.objectContaining({ name: '运城市人民政府', kind: 'government', level: 'municipal' }),
    ]);
    expect(document.writtenDate).toBe('2023-09-18');
    expect(document.note).toBe('此件主动公开');
    expect(document.disclosure).toBe('public');
  });

  it('numbers the body from its markers and finds the cited request with its number', () => {
    expect(document.body.map((b) => (b.type === 'heading' ? b.marker?.raw : b.type))).toEqual([
      'paragraph',
      '一、',
      '二、',
      '三、',
    ]);
    const cited = document.citations.find((c) => c.docNumber?.canonical === '盐政发〔2023〕12号');
    expect(cited?.title).toBe('关于申请设立龙城街道办事处的请示');
    const written = '《关于申请设立龙城街道办事处的请示》（盐政发〔2023〕12号）';
    expect(cited?.text).toBe(written);
    expect(cited?.source && text.slice(cited.source.start, cited.source.end)).toBe(written);
  });

  it('validates and reports no warnings', () => {
    expect(DocumentSchema.safeParse(document).success).toBe(true);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('parseDocument: a 函 with a line cut mid-sentence', () => {
  const { document, diagnostics } = parseDocument(fixture('han.txt'));

  it('reads type 函, the addressee and 依申请公开', () => {
    expect(document.type).toBe('函');
    expect(document.addressees).toEqual(['山西省交通运输厅']);
    expect(document.disclosure).toBe('on-request');
  });

  it('rejoins the cut paragraph and keeps the next ones apart', () => {
    const texts = document.body.map((b) => (b.type === 'paragraph' ? b.text : ''));
    expect(texts[0]).toContain('带动沿线发展具有重要意义');
    expect(texts.slice(1)).toEqual(['专此函商，盼复。', '联系人：张某，联系电话：0352-1234567。']);
    expect(codes(diagnostics)).toContain('paragraph-joined');
  });
});

describe('parseDocument: a joint 通知 in markdown with an enclosed 细则 and two attachments', () => {
  const text = fixture('joint-notice.md');
  const { document, diagnostics } = parseDocument(text);

  it('keeps the space between joint issuers in the title and drops line-break spaces', () => {
    expect(document.title).toBe('晋城市发展和改革委员会 晋城市财政局关于印发晋城市粮食风险基金管理实施细则的通知');
    expect(document.issuers.map((i) => i.name)).toEqual(['晋城市发展和改革委员会', '晋城市财政局']);
    expect(document.signatories.map((s) => s.name)).toEqual(['晋城市发展和改革委员会', '晋城市财政局']);
  });

  it('does not split 主送机关 inside brackets', () => {
    expect(document.addressees).toEqual([
      '各县（市、区）发展和改革局、财政局',
      '晋城经济技术开发区经济发展局',
      '有关单位',
    ]);
  });

  it('reads the 附件说明 and the enclosed text with its chapters, articles and list', () => {
    expect(document.attachments.map((a) => [a.number, a.title])).toEqual([
      [1, '2024年粮食风险基金分配表'],
      [2, '粮食风险基金使用情况统计表'],
    ]);
    const [enclosure] = document.enclosures;
    expect(enclosure?.title).toBe('晋城市粮食风险基金管理实施细则');
    expect(enclosure?.type).toBe('细则');
    const chapter = enclosure?.body[0] as HeadingBlock;
    expect(chapter.marker?.kind).toBe('chapter');
    const article = chapter.children[1] as HeadingBlock;
    expect(article.marker?.raw).toBe('第二条');
    expect(article.children.map((b) => b.type)).toEqual(['list', 'paragraph']);
    expect(article.children[0]?.type === 'list' && article.children[0].items.map((i) => i.marker?.index)).toEqual([
      1, 2, 3,
    ]);
  });

  it('reads validity and repeals', () => {
    expect(document.validity).toMatchObject({
      effectiveFrom: '2024-04-01',
      period: { value: 3, unit: 'year' },
      until: '2027-03-31',
    });
    expect(document.repeals.map((r) => r.canonical)).toEqual(['晋市发改〔2019〕5号']);
    const source = document.validity?.source;
    expect(source && text.slice(source.start, source.end)).toBe('本细则自2024年4月1日起施行，有效期3年');
  });

  it('reads the attachments as typed tables', () => {
    const [first, second] = document.attachments;
    const table = first?.body?.[0]?.type === 'table' ? first.body[0].table : undefined;
    expect(table?.id).toBe('晋市发改规-2024-2/附件1');
    expect(table?.columns).toEqual([
      { name: '序号', type: 'integer' },
      { name: '县（市、区）', type: 'string' },
      { name: '分配金额', type: 'number', unit: '万元' },
      { name: '其中：利息补贴', type: 'integer', unit: '万元' },
    ]);
    expect(table?.rows.map((r) => r['县（市、区）'])).toEqual(['城区', '泽州县', '高平市', '阳城县']);
    expect(table?.rows[2]?.['其中：利息补贴']).toBeNull();
    expect(table?.totals).toEqual([{ label: '合计', values: { 分配金额: 355.5, '其中：利息补贴': 90 } }]);
    expect(table?.notes).toEqual(['分配金额含2023年结转资金。']);
    expect(table?.parts).toBe(2);
    const html = second?.body?.[0]?.type === 'table' ? second.body[0].table : undefined;
    expect(html?.title).toBe('粮食风险基金使用情况统计表');
    expect(html?.rows).toEqual([
      { 项目: '利息补贴', '2023年': 35, '2024年': 40 },
      { 项目: '费用补贴', '2023年': 12, '2024年': 15 },
    ]);
  });

  it('validates and has no warnings', () => {
    expect(DocumentSchema.safeParse(document).success).toBe(true);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('parseDocument: a 令 signed by a person', () => {
  const { document, diagnostics } = parseDocument(fixture('ling.txt'));

  it('reads the order number under the issuer, type 命令 and the signing mayor', () => {
    expect(document.docNumber?.canonical).toBe('晋中市人民政府令第5号');
    expect(document.type).toBe('命令');
    expect(document.issuers.map((i) => i.name)).toEqual(['晋中市人民政府']);
    expect(document.signatories).toEqual([expect.objectContaining({ name: '王成', title: '市长' })]);
    expect(document.writtenDate).toBe('2024-01-20');
  });

  it('reads the promulgated 办法 and its validity', () => {
    expect(document.enclosures.map((e) => e.title)).toEqual(['晋中市城市绿化管理办法']);
    expect(document.validity).toMatchObject({ effectiveFrom: '2024-03-01', until: '2029-02-28' });
    expect(DocumentSchema.safeParse(document).success).toBe(true);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('parseDocument: an 意见 with four outline levels', () => {
  const { document } = parseDocument(fixture('yijian.txt'));

  it('nests 一、 → （一） → 1. → （1） by the markers', () => {
    const all = headings(document.body);
    const levelOf = (raw: string) => all.find((h) => h.marker?.raw === raw && h.level > 0)?.level;
    expect(levelOf('一、')).toBe(1);
    expect(levelOf('（一）')).toBe(2);
    expect(levelOf('1.')).toBe(3);
    expect(levelOf('（1）')).toBe(4);
    const second = document.body.find((b) => b.type === 'heading' && b.marker?.raw === '二、') as HeadingBlock;
    const task = second.children[0] as HeadingBlock;
    const hub = task.children[0] as HeadingBlock;
    expect(hub.children.map((b) => (b.type === 'heading' ? b.marker?.raw : b.type))).toEqual(['（1）', '（2）']);
  });

  it('reads 自印发之日起施行 as effective from the 成文日期', () => {
    expect(document.validity).toMatchObject({ fromPublication: true, effectiveFrom: '2024-02-06' });
  });
});

describe('parseDocument: other constructs', () => {
  it('reads 依申请公开 / 不予公开 notes and reports an unknown one', () => {
    const base = [
      '某县人民政府关于某事的通知',
      '某政发〔2024〕9号',
      '各乡镇人民政府：',
      '现将有关事项通知如下。',
      '某县人民政府',
      '2024年5月6日',
    ];
    const disclosure = (note: string) => parseDocument([...base, note].join('\n')).document.disclosure;
    expect(disclosure('（此件不予公开）')).toBe('not-public');
    expect(disclosure('(此件依申请公开)')).toBe('on-request');
    expect(disclosure('（此件公开发布）')).toBe('public');
    const { document, diagnostics } = parseDocument([...base, '（联系人：李某）'].join('\n'));
    expect(document.disclosure).toBeUndefined();
    expect(codes(diagnostics)).toContain('disclosure-unknown');
  });

  it('says a document without 发文字号, date or title is incomplete (a DocumentDraft)', () => {
    const noNumber = parseDocument(
      ['某县人民政府关于某事的通知', '各乡镇：', '正文。', '某县人民政府', '2023年2月28日'].join('\n'),
    );
    expect(noNumber.complete).toBe(false);
    expect(noNumber.document.docNumber).toBeUndefined();
    expect(noNumber.document.writtenDate).toBe('2023-02-28');
    expect(codes(noNumber.diagnostics)).not.toContain('schema-invalid');
    const result = parseDocument(
      ['某县人民政府关于某事的通知', '某政发〔2024〕9号', '各乡镇：', '正文。', '某县人民政府', '2024年5月6日'].join(
        '\n',
      ),
    );
    expect(result.complete).toBe(true);
    // Narrowed on `complete`, the number is there by type.
    if (result.complete) expect(result.document.docNumber.canonical).toBe('某政发〔2024〕9号');
  });

  it('reports a date line that names no real day and a missing number', () => {
    const { diagnostics } = parseDocument(
      ['某县人民政府关于某事的通知', '各乡镇：', '正文。', '某县人民政府', '2023年2月29日'].join('\n'),
    );
    expect(codes(diagnostics)).toEqual(expect.arrayContaining(['date-invalid', 'no-document-number']));
  });

  it('reads a 成文日期 written with full-width digits', () => {
    const { document, diagnostics } = parseDocument(
      [
        '某县人民政府关于某事的通知',
        '某政发〔2024〕9号',
        '各乡镇人民政府：',
        '正文。',
        '某县人民政府',
        '２０２４年５月６日',
        '（此件公开发布）',
      ].join('\n'),
    );
    expect(document.writtenDate).toBe('2024-05-06');
    expect(document.signatories.map((s) => s.name)).toEqual(['某县人民政府']);
    expect(document.disclosure).toBe('public');
    expect(codes(diagnostics)).not.toContain('no-signature');
  });

  it('returns a document without 发文字号 as a valid draft', () => {
    const { document, diagnostics } = parseDocument(
      ['某县人民政府关于某事的公告', '现将有关事项公告如下。', '某县人民政府', '2024年5月6日'].join('\n'),
    );
    expect(document.type).toBe('公告');
    expect(document.id).toBeUndefined();
    expect(document.writtenDate).toBe('2024-05-06');
    expect(codes(diagnostics)).toContain('no-document-number');
    expect(codes(diagnostics)).not.toContain('schema-invalid');
    expect(DocumentDraftSchema.safeParse(document).success).toBe(true);
    expect(DocumentSchema.safeParse(document).success).toBe(false);
  });

  it('reads 签发人, 份号, 密级 and 紧急程度 of an upward document', () => {
    const { document } = parseDocument(
      [
        '000123',
        '机密★1年',
        '特急',
        '某市人民政府关于某事的请示',
        '某政〔2024〕3号',
        '签发人：张三',
        '省人民政府：',
        '特此请示。',
        '某市人民政府',
        '2024年5月6日',
      ].join('\n'),
    );
    expect(document.copyNumber).toBe('000123');
    expect(document.classification).toEqual({ level: '机密', period: '1年' });
    expect(document.urgency).toBe('特急');
    expect(document.signers).toEqual(['张三']);
    expect(document.type).toBe('请示');
    expect(DocumentSchema.safeParse(document).success).toBe(true);
  });

  it('says which fact each validity date comes from', () => {
    const doc = (clause: string) => parseDocument(notice(['现印发给你们。'], ['某办法', `第一条 ${clause}`]));
    expect(doc('本办法自2024年6月1日起施行，有效期5年。').document.validity).toMatchObject({
      effectiveFrom: '2024-06-01',
      effectiveFromBasis: 'stated',
      until: '2029-05-31',
      untilBasis: 'period',
    });
    expect(doc('本办法自2024年6月起施行，有效期1年。').document.validity).toMatchObject({
      effectiveFromBasis: 'month',
      untilBasis: 'period-from-month',
    });
    // The publication date is not in the text: the 成文日期 stands in, and the expiry says so.
    expect(doc('本办法自公布之日起施行，有效期两年。').document.validity).toMatchObject({
      effectiveFrom: '2024-05-06',
      effectiveFromBasis: 'written-date',
      fromPublication: true,
      until: '2026-05-05',
      untilBasis: 'period-from-written-date',
    });
    expect(doc('本办法自2024年7月1日起施行，有效期至2026年12月31日。').document.validity?.untilBasis).toBe('stated');
  });

  it('keeps a validity clause without a date as the validity text', () => {
    const clause = '本方案实施时间与省政府授权和委托权限实施时间一致，期间如遇新规定，从其规定';
    const { document, diagnostics } = parseDocument(notice(['现印发给你们。'], ['某方案', '一、要求', `${clause}。`]));
    expect(document.validity).toEqual({ text: clause, source: expect.objectContaining({ line: 9 }) });
    expect(codes(diagnostics)).toContain('validity-undated');
    // A dated clause elsewhere in the text wins.
    const dated = parseDocument(notice(['现印发给你们。'], ['某方案', `${clause}。`, '本方案自2024年6月1日起施行。']));
    expect(dated.document.validity?.effectiveFrom).toBe('2024-06-01');
  });

  it('puts an unnumbered closing clause at the top of its text, not under the last item', () => {
    const { document } = parseDocument(
      notice(
        ['现印发给你们。'],
        [
          '某方案',
          '一、有关要求',
          '(一)加强领导。各县要落实。',
          '(二)强化监督。各县要检查。',
          '本方案自2024年6月起施行。',
        ],
      ),
    );
    const body = document.enclosures[0]?.body ?? [];
    expect(body.map((b) => b.type)).toEqual(['heading', 'paragraph']);
    expect(body[1]).toMatchObject({ type: 'paragraph', text: '本方案自2024年6月起施行。' });
    // An unnumbered paragraph that is not a closing clause stays under its item.
    const kept = parseDocument(
      notice(['现印发给你们。'], ['某方案', '一、有关要求', '(一)加强领导。各县要落实。', '本方案所称县包括区。']),
    );
    expect((kept.document.enclosures[0]?.body ?? []).map((b) => b.type)).toEqual(['heading']);
  });

  it('joins a paragraph cut by a page break after a closing quote that ends no sentence', () => {
    const long = '家电销售企业加强与废旧家电回收利用企业对接，开展“换新+回收”';
    const { document } = parseDocument(notice([long, '', '业务，及时提供废旧家电入户拆卸服务。']));
    expect(document.body.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual([
      `${long}业务，及时提供废旧家电入户拆卸服务。`,
    ]);
    const ended = parseDocument(notice(['各县要坚持“政府引导、市场主导、社会参与。”', '', '业务如下。']));
    expect(ended.document.body).toHaveLength(2);
  });

  it('does not cite the document by its own short name, but cites an earlier text of the same name', () => {
    const { document } = parseDocument(
      notice(
        ['现将《某市行动方案》印发给你们。'],
        ['某市行动方案', '一、《行动方案》征求了意见。', '二、原《某市行动方案》(某政发〔2020〕3号)同时废止。'],
      ),
    );
    expect(document.citations.map((c) => [c.title, c.docNumber?.canonical])).toEqual([
      ['某市行动方案', '某政发〔2020〕3号'],
    ]);
    expect(document.repeals.map((n) => n.canonical)).toEqual(['某政发〔2020〕3号']);
  });

  it('reads the short names of a party committee and a government before a cited title, and OCR brackets', () => {
    const { document } = parseDocument(
      notice([
        '根据省委、省政府总体部署和市委、市政府《关于某事的意见》(某发〔2021〕9号)要求，按照县委《某工作方案》，依据《某规定》(国办发„2009‟3号)，制定本办法。',
      ]),
    );
    expect(document.citations.map((c) => [c.issuer, c.title, c.docNumber?.canonical])).toEqual([
      ['市委、市政府', '关于某事的意见', '某发〔2021〕9号'],
      ['县委', '某工作方案', undefined],
      [undefined, '某规定', '国办发〔2009〕3号'],
    ]);
    // 现将 introduces the citation; it is no part of the issuer.
    const forwarded = parseDocument(
      notice(['现将市委、市政府《关于某事的意见》转发给你们，请认真贯彻执行。']),
    ).document;
    expect(forwarded.citations.map((c) => c.issuer)).toEqual(['市委、市政府']);
  });

  it('reads repeals by any verb that ends a text’s force, and a validity clause that names its text in 《》', () => {
    const doc = (clause: string) => parseDocument(notice([clause])).document;
    for (const verb of ['停止执行', '同时失效', '不再执行', '停止施行'])
      expect(doc(`原《某办法》(某政发〔2010〕9号)${verb}。`).repeals.map((n) => n.canonical)).toEqual([
        '某政发〔2010〕9号',
      ]);
    expect(doc('对某政发〔2010〕9号所列项目加强管理。').repeals).toEqual([]);
    expect(doc('本《通告》自发布之日起施行。').validity?.effectiveFrom).toBe('2024-05-06');
  });

  it('leaves out a web page’s footer under a document: nothing from 责任编辑 or 更多精彩内容 on', () => {
    const page = [
      '首页>>新闻>>',
      '某市人民政府关于某事的通告',
      '2020-01-02 06:55:09 来源:某日报',
      '某市人民政府关于某事的通告',
      '为了某事，现通告如下：',
      '一、本通告自发布之日起施行。',
      '某市人民政府',
      '2019年12月31日',
      '来源:某日报',
      '责任编辑:某人',
      '更多精彩内容请关注',
      '某新闻网',
    ].join('\n');
    const { document } = parseDocument(page);
    expect(document.enclosures).toEqual([]);
    expect(document.attachments).toEqual([]);
    expect(document.body.map((block) => (block.type === 'paragraph' ? block.text : block.type))).not.toContain(
      '某新闻网',
    );
  });

  // A copy without its signature, and one taken without the page's head, have the footer too.
  it('leaves out the footer under an unsigned web copy, and under one copied without the page head', () => {
    const footer = [
      '责任编辑：张三',
      '【打印本页】【关闭窗口】',
      '相关新闻',
      '某市召开某某工作会议',
      '上一篇：关于某某的通知',
    ];
    const head = ['某市人民政府关于加强某某工作的通知', '某政发〔2024〕3号', '各县（区）人民政府，市直各单位：'];
    const body = ['为加强某某工作，现通知如下：', '一、提高认识。各地要高度重视。', '二、落实责任。各部门要抓好落实。'];
    const texts = (blocks: readonly Block[]): string[] =>
      blocks.flatMap((b) => [
        ...(b.type === 'paragraph' || b.type === 'heading' ? [b.text] : []),
        ...(b.type === 'list' ? b.items.map((item) => item.text) : []),
        ...('children' in b && b.children ? texts(b.children) : []),
      ]);
    const nav = ['首页 > 政务公开 > 政策文件', '当前位置：首页>>文件'];
    for (const above of [nav, []]) {
      for (const signature of [['某市人民政府', '2024年3月5日'], []]) {
        const { document } = parseDocument([...above, ...head, ...body, ...signature, ...footer].join('\n'));
        const all = [...texts(document.body), ...document.enclosures.map((e) => e.title)].join('|');
        expect(all).toContain('落实责任');
        for (const line of ['责任编辑', '相关新闻', '某市召开', '上一篇']) expect(all).not.toContain(line);
        expect(document.enclosures).toEqual([]);
      }
    }
  });

  it('reads the number and the date printed in brackets under the title (1980s layout)', () => {
    const text = (line: string) =>
      ['某局关于某事的通知', line, '各省局：', '为了某事，现通知如下。', '一、某事。'].join('\n');
    const both = parseDocument(text('(某检监〔1989〕565号 一九八九年十月十六日)')).document;
    expect([both.title, both.docNumber?.canonical, both.writtenDate, both.issuers.map((i) => i.name)]).toEqual([
      '某局关于某事的通知',
      '某检监〔1989〕565号',
      '1989-10-16',
      ['某局'],
    ]);
    const dateOnly = parseDocument(text('（1990年4月9日）')).document;
    expect([dateOnly.title, dateOnly.docNumber, dateOnly.writtenDate]).toEqual([
      '某局关于某事的通知',
      undefined,
      '1990-04-09',
    ]);
    // A bracketed line with more than a number and a date is no part of the head.
    expect(parseDocument(text('（2000年10月31日 某会议通过 自公布之日起施行）')).document.writtenDate).toBeUndefined();
  });

  it('reads a signature whose characters are spaced out (国 务 院), in a web copy with <p> markup too', () => {
    const reply = (signature: string, wrap: (line: string) => string = (line) => line) =>
      parseDocument(
        [
          '国务院关于同意设立某市的批复',
          '国函〔2019〕12号',
          '某省人民政府：',
          '同意设立某市。',
          signature,
          '2019年1月15日',
        ]
          .map(wrap)
          .join('\n'),
      ).document;
    for (const signature of ['国 务 院', '国　务　院'])
      expect(reply(signature).signatories.map((s) => s.name)).toEqual(['国务院']);
    expect(reply('国 务 院', (line) => `<p>${line}</p>`).signatories.map((s) => s.name)).toEqual(['国务院']);
    expect(reply('国&nbsp;务&nbsp;院', (line) => `<p>${line}</p>`).signatories.map((s) => s.name)).toEqual(['国务院']);
    expect(reply('国&#12288;务&#x3000;院').signatories.map((s) => s.name)).toEqual(['国务院']);
    // Single characters that make no organisation are no signature.
    expect(reply('同 意 了').signatories).toEqual([]);
  });

  it('keeps a title qualifier printed on its own line under an enclosed text’s title', () => {
    const { document } = parseDocument(
      notice(['现将《某市某办法（试行）》印发给你们。'], ['某市某办法', '（试 行）', '第一条 为了某事，制定本办法。']),
    );
    expect(document.enclosures.map((e) => e.title)).toEqual(['某市某办法（试行）']);
  });

  it('reads an attachment printed without its label, and one after a 附件说明 in a copy without a signature', () => {
    const labelless = parseDocument(
      notice(['现将资金下达给你们（详见附件）。', '附件：某资金分配表'], ['某资金分配表', '为某事分配资金如下。']),
    ).document;
    expect(labelless.enclosures).toEqual([]);
    expect(labelless.attachments.map((a) => [a.title, a.body?.length])).toEqual([['某资金分配表', 2]]);
    const unsigned = parseDocument(
      [
        '某部：',
        '你部请示收悉。现批复如下：',
        '同意建立某制度。',
        '附件：某工作制度',
        '一、为了某事，建立某制度。',
      ].join('\n'),
    ).document;
    expect(unsigned.body.length).toBe(2);
    expect(unsigned.attachments.map((a) => [a.title, a.body?.length])).toEqual([['某工作制度', 1]]);
  });

  it('reads validity that starts on a date in any numerals, in a month, and validity up to a date', () => {
    const doc = (clause: string) => parseDocument(notice(['现印发给你们。'], ['某办法', `第一条 ${clause}`]));
    const month = doc('本办法自2024年6月起施行。');
    expect(month.document.validity?.effectiveFrom).toBe('2024-06-01');
    expect(codes(month.diagnostics)).toContain('validity-assumed');
    expect(doc('本办法自2024年7月1日起施行，有效期至2026年12月31日。').document.validity).toMatchObject({
      effectiveFrom: '2024-07-01',
      until: '2026-12-31',
    });
    expect(doc('经认定的机构有效期为3年。').document.validity).toBeUndefined();
    expect(doc('本办法自二〇二四年七月一日起施行，有效期两年。').document.validity).toMatchObject({
      effectiveFrom: '2024-07-01',
      until: '2026-06-30',
    });
    expect(doc('本办法自２０２４年７月１日起施行。').document.validity?.effectiveFrom).toBe('2024-07-01');
    const noDay = doc('本办法自2024年2月30日起施行。');
    expect(noDay.document.validity).not.toHaveProperty('effectiveFrom');
    expect(codes(noDay.diagnostics)).toContain('date-invalid');
    const noMonth = doc('本办法自2024年13月起施行，有效期2年。');
    expect(noMonth.document.validity).toMatchObject({ period: { value: 2, unit: 'year' } });
    expect(noMonth.document.validity).not.toHaveProperty('effectiveFrom');
    expect(codes(noMonth.diagnostics)).toContain('date-invalid');
  });

  it('reads a validity period in months or days (3个月 is no March, 30日 no day of the month), 半年 and full-width digits too', () => {
    const validityOf = (clause: string) => parseDocument(notice([clause])).document.validity;
    expect(validityOf('本办法自2024年6月1日起施行，有效期3个月。')).toMatchObject({
      period: { value: 3, unit: 'month' },
      until: '2024-08-31',
    });
    expect(validityOf('本办法自2024年6月1日起施行，有效期为30日。')).toMatchObject({
      period: { value: 30, unit: 'day' },
      until: '2024-06-30',
    });
    expect(validityOf('本办法自2024年6月1日起施行，有效期半年。')).toMatchObject({
      period: { value: 6, unit: 'month' },
      until: '2024-11-30',
    });
    expect(validityOf('本办法自2024年6月1日起施行，有效期２年。')).toMatchObject({ until: '2026-05-31' });
    expect(validityOf('本办法自2024年6月1日起施行，有效期一百天。')).toMatchObject({
      period: { value: 100, unit: 'day' },
    });
    expect(validityOf('本办法自2024年6月1日起施行，有效期0年。')).not.toHaveProperty('period');
  });

  it('throws ParseError for no text at all', () => {
    expect(() => parseDocument('  \n ')).toThrow(expect.objectContaining({ name: 'ParseError', code: 'EMPTY' }));
    expect(() => parseDocument('a\u0000b')).toThrow(expect.objectContaining({ name: 'ParseError', code: 'BINARY' }));
  });
});

describe('parseDocument: spaces in a title', () => {
  const lines = (title: string[]) =>
    [
      ...title,
      '长政办发〔2024〕9号',
      '各县（区）人民政府：',
      '现将方案印发给你们。',
      '长治市人民政府办公室',
      '2024年6月5日',
    ].join('\n');

  it('drops OCR spaces around numbers and line breaks, keeps spaces between Latin words or numbers', () => {
    const { document } = parseDocument(
      lines(['长治市人民政府办公室关于印发长治市 2024 年', '5G 网络建设 Smart City 方案的通知']),
    );
    expect(document.title).toBe('长治市人民政府办公室关于印发长治市2024年5G网络建设Smart City方案的通知');
  });
});
