import { parseDocument } from '@gongbao/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers/facts.js';

/**
 * The layouts of real 公文 outside the bundled issue (GB/T 9704-2012 and web copies), each as a
 * small synthetic document written for the rule it tests.
 */
const codes = (diagnostics: ReadonlyArray<{ code: string }>) => diagnostics.map((d) => d.code);
const facts = (lines: readonly string[]) => factsOf(parseDocument(lines.join('\n')).document);

const ORDER = [
  '达州市人民政府令',
  '第48号',
  '《达州市城市管理办法》已经2008年9月24日市政府第90次常务会议通过，现予公布，自公布之日起施行。',
  '市长: 何 健',
  '二○○八年十月十三日',
  '第一章 总则',
  '第一条 为了加强城市管理，制定本办法。',
  '第二条 本办法由市城市管理局负责解释。',
];

describe('政府令', () => {
  it('reads the header and 第N号 as the order number, the announcement, the mayor and a ○ date', () => {
    const { complete, document, diagnostics } = parseDocument(ORDER.join('\n'));
    expect(complete).toBe(true);
    expect(document.type).toBe('命令');
    expect(document.title).toBe('达州市人民政府令');
    expect(document.docNumber?.canonical).toBe('达州市人民政府令第48号');
    expect(document.issuers.map((i) => i.name)).toEqual(['达州市人民政府']);
    expect(document.signatories.map((s) => [s.title, s.name])).toEqual([['市长', '何健']]);
    expect(document.writtenDate).toBe('2008-10-13');
    // The 办法 printed without its title is the enclosure the announcement names.
    expect(document.enclosures.map((e) => [e.title, e.type])).toEqual([['达州市城市管理办法', '办法']]);
    expect(document.enclosures[0]?.body[0]).toMatchObject({ type: 'heading', marker: { raw: '第一章' } });
    // 自公布之日起施行 in the announcement: the 成文日期 stands in, and says so.
    expect(document.validity).toMatchObject({
      effectiveFrom: '2008-10-13',
      effectiveFromBasis: 'written-date',
      fromPublication: true,
    });
    expect(codes(diagnostics)).toContain('validity-assumed');
    expect(document.citations).toEqual([]);
  });

  it('reads the signature variants of orders', () => {
    const signed = (line: string) => facts([...ORDER.slice(0, 3), line, ...ORDER.slice(4)]).signatories;
    expect(signed('市长 （签名）')).toEqual(['市长:']);
    expect(signed('市长  张三')).toEqual(['市长:张三']);
    expect(signed('总理李鹏')).toEqual(['总理:李鹏']);
    expect(signed('市 长 袁宝成')).toEqual(['市长:袁宝成']);
    expect(signed('省长')).toEqual(['省长:']);
    expect(signed('自治区主席 乌力吉')).toEqual(['自治区主席:乌力吉']);
  });

  it('reads a stated date in the announcement, and the letter O for 〇', () => {
    const lines = [
      '某省人民政府令',
      '第3号',
      '《某省某规定》已经省政府第5次常务会议通过，现予发布，自二OO九年十一月一日起施行。',
      '省长 王某',
      '二OO九年七月二十二日',
      '第一条 为了规范某事，制定本规定。',
    ];
    const f = facts(lines);
    expect(f.writtenDate).toBe('2009-07-22');
    expect(f.effectiveFrom).toBe('2009-11-01');
    expect(f.enclosures).toEqual(['某省某规定']);
    expect(facts(['东莞市人民政府令第123号', ...lines.slice(2)])).toMatchObject({
      title: '东莞市人民政府令',
      docNumber: '东莞市人民政府令第123号',
      type: '命令',
    });
  });
});

describe('the head', () => {
  const JOINT = [
    '舟财农〔2019〕52号',
    '舟山市财政局 舟山市农业农村局关于下达2019年第三批市级美丽乡村建设',
    '专项资金的通知',
    '各有关县(区)财政局、农业农村局:',
    '现将2019年度第三批市级美丽乡村建设专项资金下达给你们。',
    '附件:',
    '1.资金分配表',
    '2.项目清单',
    '舟山市财政局    舟山市农业农村局',
    '2019年12月12日',
    '（此件公开发布）',
  ];

  it('reads a title after the 发文字号 line, split over lines, and joint issuers on one line', () => {
    const f = facts(JOINT);
    expect(f.title).toBe('舟山市财政局 舟山市农业农村局关于下达2019年第三批市级美丽乡村建设专项资金的通知');
    expect(f.docNumber).toBe('舟财农〔2019〕52号');
    expect(f.type).toBe('通知');
    expect(f.addressees).toEqual(['各有关县(区)财政局、农业农村局']);
    expect(f.issuers).toEqual(['舟山市财政局', '舟山市农业农村局']);
    expect(f.signatories).toEqual(['舟山市财政局', '舟山市农业农村局']);
    expect(f.attachments).toEqual(['1.资金分配表', '2.项目清单']);
    expect(f.disclosure).toBe('public');
    expect(f.citations).toEqual([]);
  });

  it('reads a 附件 title cut by the line end', () => {
    const f = facts([
      '某县人民政府土地征收公告',
      '某府通〔2021〕25号',
      '根据有关规定，现将征收事项公告如下。',
      '特此公告。',
      '附件:四川省人民政府关于洪雅县2021年第1批次建设用',
      '地的批复',
      '某县人民政府',
      '2021年12月22日',
    ]);
    expect(f.attachments).toEqual(['四川省人民政府关于洪雅县2021年第1批次建设用地的批复']);
    expect(f.signatories).toEqual(['某县人民政府']);
  });

  it('reads the 发文机关标志 (XX文件) and a title over two lines under the number', () => {
    const f = facts([
      '湖南省人民政府办公厅文件',
      '湘政办发〔2009〕24号',
      '湖南省人民政府办公厅关于加强普通高等学校',
      '毕业生就业工作的通知',
      '各市州、县市区人民政府，省政府各厅委、各直属机构：',
      '现就有关事项通知如下。',
    ]);
    expect(f.title).toBe('湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知');
    expect(f.docNumber).toBe('湘政办发〔2009〕24号');
    expect(f.issuers).toEqual(['湖南省人民政府办公厅']);
    expect(f.addressees).toEqual(['各市州、县市区人民政府', '省政府各厅委、各直属机构']);
  });

  it('reads documents without a title: from the addressees, with the body on the same line, or from the body', () => {
    const fromAddressees = parseDocument(
      ['各乡镇人民政府，区政府各部门：', '现将有关事项通知如下。', '某区人民政府', '2022年5月10日'].join('\n'),
    );
    expect(fromAddressees.complete).toBe(false);
    expect(fromAddressees.document.title).toBeUndefined();
    expect(fromAddressees.document.addressees).toEqual(['各乡镇人民政府', '区政府各部门']);
    expect(codes(fromAddressees.diagnostics)).toContain('no-title');
    expect(codes(fromAddressees.diagnostics)).not.toContain('schema-invalid');
    const inline = facts(['市直有关部门: 为做好防汛工作，现征求意见。', '某市防汛办公室', '2019年6月1日']);
    expect(inline.addressees).toEqual(['市直有关部门']);
    expect(inline.title).toBeNull();
    const body = facts(['为加强烟花爆竹安全管理，现通告如下。', '特此通告。', '五华县人民政府', '2022年11月22日']);
    expect(body).toMatchObject({ title: null, addressees: [], issuers: ['五华县人民政府'], writtenDate: '2022-11-22' });
  });

  it('reads a date after the last paragraph without signature, and （此件公开发布） after the date', () => {
    const f = facts([
      '某市人民政府关于印发某规定的通知',
      '各县、区人民政府：',
      '《某规定》已经市政府同意，现印发给你们。',
      '二OO六年二月二十日',
      '（此件公开发布）',
      '某规定',
      '第一条 为了某事，制定本规定。',
    ]);
    expect(f.writtenDate).toBe('2006-02-20');
    expect(f.disclosure).toBe('public');
    expect(f.enclosures).toEqual(['某规定']);
    expect(f.citations).toEqual([]);
  });

  it('reads dates with full-width digits and spaces', () => {
    const dated = (date: string) =>
      facts(['某县人民政府关于某事的通知', '各乡镇：', '正文。', '某县人民政府', date]).writtenDate;
    expect(dated('２０１９年１２月１２日')).toBe('2019-12-12');
    expect(dated('2019年12月 12日')).toBe('2019-12-12');
    expect(dated('二〇二四年 五月六日')).toBe('2024-05-06');
  });
});

describe('web copies', () => {
  const DOC = [
    '蔚县人民政府办公室关于印发《蔚县突发公共卫生事件应急预案》的通知',
    '各乡(镇)人民政府,县直各部门:',
    '《蔚县突发公共卫生事件应急预案》已经县政府研究同意,现印发给你们,请认真遵照执行。',
    '蔚县人民政府办公室',
    '2020年4月23日',
  ];

  it('leaves the page around the document out', () => {
    const page = [
      '您的位置: 首页 » 法律资料网 » 法律法规 »',
      DOC[0] as string,
      '作者:法律资料网 时间:2024-07-12 20:48:31   浏览:9581   来源:法律资料网',
      '下载地址: 点击此处下载',
      DOC[0] as string,
      ...DOC.slice(1),
    ];
    const f = facts(page);
    expect(f.title).toBe(DOC[0]);
    expect(f.issuers).toEqual(['蔚县人民政府办公室']);
    expect(f.addressees).toEqual(['各乡(镇)人民政府', '县直各部门']);
    expect(f.metadata).toBeNull();
  });

  it('uses the metadata box where the text lacks a fact, and warns where it disagrees', () => {
    const { document, diagnostics } = parseDocument(
      [
        '索 引 号:746899294/2020-34839 主题分类:应急管理',
        '发布机构:政府办, 发文日期:2020年05月07日',
        '文    号:蔚政办字〔2020〕43号 主 题 词:',
        '公开方式:主动公开 有效性:有效',
        ...DOC,
      ].join('\n'),
    );
    expect(document.docNumber?.canonical).toBe('蔚政办字〔2020〕43号');
    expect(document.writtenDate).toBe('2020-04-23');
    expect(document.disclosure).toBe('public');
    expect(document.siteMetadata).toMatchObject({
      indexNumber: '746899294/2020-34839',
      issuer: '政府办',
      writtenDate: '2020-05-07',
      status: '有效',
      used: ['docNumber', 'disclosure'],
      mismatches: ['writtenDate'],
    });
    expect(diagnostics.filter((d) => d.code === 'metadata-mismatch')).toEqual([
      expect.objectContaining({ severity: 'warning', range: expect.objectContaining({ line: 2 }) }),
    ]);
    expect(document.title).toBe(DOC[0]);
  });

  it('reads boxes as pipe tables, bulleted labels and glued labels', () => {
    const pipes = parseDocument(
      ['索引号 | 001008003001086/2020-42401 | |', '文号 | 鹿山政〔2020〕72号 |', '公开方式 | 主动公开 |', ...DOC].join(
        '\n',
      ),
    ).document;
    expect(pipes.siteMetadata?.used).toEqual(['docNumber', 'disclosure']);
    const bullets = parseDocument(
      [
        '  • 索引号:',
        '    6107280000/2024-001005',
        '  • 发文字号:',
        '    镇政发〔2024〕7号',
        '  • 有效性:',
        ...DOC,
      ].join('\n'),
    ).document;
    expect(bullets.docNumber?.canonical).toBe('镇政发〔2024〕7号');
    expect(bullets.siteMetadata?.status).toBeUndefined();
    const glued = parseDocument(
      [
        '发文机关国务院',
        '发文日期2008年01月11日',
        '时效性现行有效',
        '发文字号国函〔2008〕2号',
        ...DOC.slice(1, 3),
      ].join('\n'),
    ).document;
    expect(glued.docNumber?.canonical).toBe('国函〔2008〕2号');
    expect(glued.writtenDate).toBe('2008-01-11');
    expect(glued.issuers.map((i) => i.name)).toEqual(['国务院']);
    expect(glued.siteMetadata).toMatchObject({ status: '现行有效', used: ['docNumber', 'issuers', 'writtenDate'] });
  });

  it('keeps the facts of a document whatever page furniture surrounds it (property)', () => {
    const expected = facts(DOC);
    const furniture = fc.constantFrom(
      '您的位置: 首页 » 法律资料网 » 法律法规 »',
      '当前位置:首页 > 政策文件库 >  市政府文件',
      '发布时间:2015-07-27 11:44 作者: 来源:市环境保护局 浏览次数: 字体:【大】',
      '下载地址: 点击此处下载',
      '视力保护色:',
      '浏览量:',
      '2015-11-10 01:51:51信息来源:浏览次数:字体:[ ]',
      DOC[0] as string,
    );
    fc.assert(
      fc.property(fc.array(furniture, { maxLength: 6 }), (above) => {
        expect(facts([...above, ...DOC])).toEqual(expected);
      }),
    );
  });
});

describe('article pages that carry a document', () => {
  const MINUTES = [
    '某市政府会议纪要三篇',
    '时间: 2024-05-06 作者: 编辑',
    '会议纪要是用于记载、传达会议情况和议定事项的公文，下文是小编整理的三篇会议纪要，供大家参考，希望对你有帮助。',
    '某市政府会议纪要一',
    '落实某市人民政府与某某集团',
    '合作协议协调会议纪要',
    '5月6日，受市长委托，副市长主持召开落实合作协议协调会议，听取市有关部门和某某集团的意见，就加快推进双方合作有关事项进行了研究和部署。现纪要如下：',
    '一、原则同意有关部门的意见。',
  ];

  it("looks past the site's introduction for the title, and keeps the page's heading out of it", () => {
    const { document } = parseDocument(MINUTES.join('\n'));
    expect(document.title).toBe('落实某市人民政府与某某集团合作协议协调会议纪要');
    expect(document.type).toBe('纪要');
    // The line of the split title that names two parties is no issuer.
    expect(document.issuers).toEqual([]);
  });

  it('reads a page without an introduction as before', () => {
    const { document } = parseDocument(MINUTES.filter((_, i) => i !== 2).join('\n'));
    expect(document.title).toBe('落实某市人民政府与某某集团合作协议协调会议纪要');
  });

  it('takes no title from a page whose paragraphs have none above them', () => {
    const { document } = parseDocument(MINUTES.slice(0, 3).concat(MINUTES.slice(6)).join('\n'));
    expect(document.title).toBeUndefined();
  });
});
