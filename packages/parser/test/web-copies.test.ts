import { parseDocument } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';
import { scanLines } from '../src/internal/scan.js';
import { factsOf } from './helpers/facts.js';

/** Layouts of documents copied from web pages: HTML paragraphs, the site's issuer line and heading strip. */
const facts = (text: string) => factsOf(parseDocument(text).document);

const DOC = [
  '某市人民政府关于某事的通知',
  '某政发〔2024〕5号',
  '各县（区）人民政府，市直各部门：',
  '现将有关事项通知如下，请认真贯彻执行。',
  '某市人民政府',
  '2024年5月6日',
  '（此件公开发布）',
];

describe('HTML paragraphs on one line', () => {
  it('reads each <p> (and <br>) as its own line, with its place in the source', () => {
    const text = `<p>甲。</p><p style="text-align: right;"> 乙</p><br/><div>丙</div>`;
    const lines = scanLines(text);
    expect(lines.map((l) => l.text)).toEqual(['甲。', '乙', '丙']);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text);
    expect(new Set(lines.map((l) => l.line))).toEqual(new Set([1]));
  });

  it('reads a document whose paragraphs are <p> elements of one line as from its lines', () => {
    const html = DOC.map((line) => `<p>${line}</p>`).join('');
    expect(facts(html)).toEqual(facts(DOC.join('\n')));
    expect(facts(html)).toMatchObject({
      signatories: ['某市人民政府'],
      writtenDate: '2024-05-06',
      disclosure: 'public',
    });
  });

  it('keeps a line without block tags as one line', () => {
    expect(scanLines('<b>一、</b>总体要求 <span>甲</span>').map((l) => l.text)).toEqual(['一、总体要求 甲']);
  });
});

describe('the issuer line of a law site', () => {
  const page = (gap: string) =>
    [
      '江西省某市人民政府办公室',
      gap,
      '关于印发某办法的通知',
      '（某府发〔2003〕37号）',
      ...DOC.slice(2, 4),
      '二OO三年十二月四日',
    ].join('\n');

  it('is no part of the title when two blank lines set it apart', () => {
    expect(facts(page('\n'))).toMatchObject({
      title: '关于印发某办法的通知',
      issuers: ['江西省某市人民政府办公室'],
      writtenDate: '2003-12-04',
    });
  });

  it('starts the title when it stands right above it (a title over two lines)', () => {
    expect(facts(page('')).title).toBe('江西省某市人民政府办公室关于印发某办法的通知');
  });
});

describe("a web page's heading strip over the document", () => {
  const strip = [DOC[0] as string, DOC[1] as string, '2024年5月6日', '发布机关:某市人民政府'];

  it('is no document of its own, and 发布机关 is no addressee', () => {
    const { document, diagnostics } = parseDocument([...strip, ...DOC].join('\n'));
    expect(diagnostics.map((d) => d.code)).not.toContain('multiple-documents');
    expect(factsOf(document)).toEqual(facts(DOC.join('\n')));
  });

  it('still splits two copies of a document that both have a text', () => {
    const { diagnostics } = parseDocument([...DOC, ...DOC].join('\n'));
    expect(diagnostics.map((d) => d.code)).toContain('multiple-documents');
  });
});

describe('a news page around a document', () => {
  const NOTICE = [
    '某镇人民政府关于取消某村庙会的通告',
    '为全力做好我镇新型冠状病毒感染的肺炎疫情防控、确保广大人民群众健康安全，依照有关法律和近期发布的疫情防控有关规定，暂时取消某村庙会。现就具体事项通告如下：',
    '一、取消2020年2月27日某村庙会。',
    '本通告自即日起实施。',
    '特此通告',
    '某镇人民政府',
    '2020年2月25日',
  ];

  it("takes the document's own title under a page heading that repeats it with more words", () => {
    const page = [
      '保定某镇人民政府关于取消某村庙会的通告',
      '导语 为全力做好疫情防控，保定某镇人民政府关于取消某村庙会，详情如下。',
      ...NOTICE,
    ];
    expect(facts(page.join('\n')).title).toBe(NOTICE[0]);
    expect(facts(NOTICE.join('\n')).title).toBe(NOTICE[0]);
  });

  it("looks past a page's notice bar above the title", () => {
    const bar =
      '最新本地资讯，关注本地公众号！想买房、想了解行情、想避坑，进楼市交流群；交流所在乡镇信息，可加各乡镇交流群！';
    expect(facts([bar, ...NOTICE].join('\n'))).toMatchObject({ title: NOTICE[0], type: '通告' });
  });

  it('reads 自即日起 as from the 成文日期, as 自发布之日起', () => {
    expect(facts(NOTICE.join('\n')).effectiveFrom).toBe('2020-02-25');
  });

  it('reads a Han-numeral date whose zeros are typed as digits or letters', () => {
    const dated = (date: string) => facts([...NOTICE.slice(0, 6), date].join('\n')).writtenDate;
    expect(dated('二0一九年一月八日')).toBe('2019-01-08');
    expect(dated('二OO三年十二月四日')).toBe('2003-12-04');
    expect(dated('二〇二〇年十月一日')).toBe('2020-10-01');
  });
});

describe('a metadata box with its labels on their own lines', () => {
  const box = (issuerLabel: string) => [
    '标题',
    `${DOC[0]}${issuerLabel}`,
    '某市人民政府办公室',
    '发文字号',
    DOC[1] as string,
    '成文日期',
    '2024-05-06',
    '有效性',
    '有效',
  ];

  it('reads each value from the line under its label, a label glued to a value too', () => {
    const { document } = parseDocument([...box('发文机关'), ...DOC].join('\n'));
    expect(document.siteMetadata).toMatchObject({ title: DOC[0], issuer: '某市人民政府办公室', status: '有效' });
    expect(factsOf(document)).toMatchObject({ title: DOC[0], docNumber: DOC[1], signatories: ['某市人民政府'] });
  });

  it("warns when the box's 发文机关 is not the document's issuer, not for its 发布机构", () => {
    const issuing = parseDocument([...box('发文机关'), ...DOC].join('\n'));
    expect(issuing.document.siteMetadata?.mismatches).toEqual(['issuers']);
    expect(issuing.diagnostics.filter((d) => d.code === 'metadata-mismatch')).toHaveLength(1);
    const publishing = parseDocument([...box('发布机构'), ...DOC].join('\n'));
    expect(publishing.document.siteMetadata?.mismatches).toEqual([]);
  });

  it('takes a place prefix in the box as the same issuer', () => {
    const lines = [...box('发文机关')];
    lines[2] = '某省某市人民政府';
    expect(parseDocument([...lines, ...DOC].join('\n')).document.siteMetadata?.mismatches).toEqual([]);
  });
});
