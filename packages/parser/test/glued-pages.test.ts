/**
 * Issue #12, "glued documents: nothing is lost or merged silently": whole web pages of real
 * documents copied one after the other — site navigation, metadata boxes, footers and all — are
 * split into their documents. Every ordered pair of the real documents that are stored whole
 * (not truncated) is glued, and each half must come back with the title it has when parsed
 * alone, parseDocument reporting `multiple-documents` at the second head.
 */
import { parseDocument, parseDocuments } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';
import { realDocuments } from './helpers/facts.js';

const whole = realDocuments().filter((doc) => !doc.truncated);
const text = (id: string): string => {
  const doc = whole.find((d) => d.id === id);
  if (!doc) throw new Error(`no whole real document ${id}`);
  return doc.text;
};
const aloneTitle = new Map(whole.map((doc) => [doc.id, parseDocument(doc.text).document.title]));

/** Whether the two pages glued with `glue` split into the two documents, each titled as alone. */
function splits(a: string, b: string, glue: string): boolean {
  const glued = text(a) + glue + text(b);
  const results = parseDocuments(glued);
  return (
    results.length === 2 &&
    results[0]?.document.title === aloneTitle.get(a) &&
    results[1]?.document.title === aloneTitle.get(b) &&
    parseDocument(glued).diagnostics.some((d) => d.code === 'multiple-documents')
  );
}

/** The share of ordered pairs (a ≠ b) that split. */
function splitRate(glue: string): { split: number; pairs: number; failed: string[] } {
  let split = 0;
  let pairs = 0;
  const failed: string[] = [];
  for (const a of whole) {
    for (const b of whole) {
      if (a === b) continue;
      pairs++;
      if (splits(a.id, b.id, glue)) split++;
      else failed.push(`${a.id} + ${b.id}`);
    }
  }
  return { split, pairs, failed };
}

describe('glued web pages of real documents', () => {
  it('are split into their documents (a line break between): all 156 ordered pairs', () => {
    expect(whole.length).toBe(13);
    const { split, pairs, failed } = splitRate('\n');
    expect(pairs).toBe(156);
    // Measured 156 of 156 (18 before the page-aware split, 154 before a 公告 under an attachment's
    // table that closes as a 公文 — 特此公告, signature, date — was read as a document of its own).
    expect(split, failed.join('\n')).toBe(156);
  });

  it('are split when glued without a line break: all 156 ordered pairs', () => {
    // The last line of one page and the first of the next are one line (二〇 年 月 日贵州省人民政府
    // 关于…), cut where one ends a page and the other starts one. Measured 156 of 156 (63 before
    // the cut, 6 before the page-aware split); with a space or U+3000 between, 156 too.
    for (const glue of ['', ' ']) {
      const { split, failed } = splitRate(glue);
      expect(split, failed.join('\n')).toBe(156);
    }
  });

  /** The titles, numbers and dates parseDocuments gives for `a` + '\n' + `b`, and the first line of the second. */
  function read(a: string, b: string) {
    const glued = `${text(a)}\n${text(b)}`;
    const results = parseDocuments(glued);
    const multiple = parseDocument(glued).diagnostics.filter((d) => d.code === 'multiple-documents');
    return {
      documents: results.map((r) => [
        r.document.title ?? null,
        r.document.docNumber?.canonical ?? null,
        r.document.writtenDate ?? null,
      ]),
      multiple: multiple.map((d) => ({ severity: d.severity, head: glued.slice(d.range.start, d.range.end) })),
      secondFrom: glued.slice(results[1]?.document.source?.start).split('\n')[0],
    };
  }

  it('a 通告 without 发文字号 after a 批复: split at its title, under the news page heading', () => {
    expect(read('guizhou-pifu-fenggang', 'nanma-tonggao')).toEqual({
      documents: [
        ['贵州省人民政府关于同意凤冈县天桥乡何坝乡新建乡王寨乡撤乡设镇的批复', '黔府函〔2013〕238号', '2013-11-16'],
        ['关于暂缓恢复辖区内所有集市、交流会的通告', null, '2022-03-18'],
      ],
      multiple: [{ severity: 'error', head: '关于暂缓恢复辖区内所有集市、交流会的通告' }],
      // The page's own heading lines above the title (account, time, headline) are read with it.
      secondFrom: '东阳全知道',
    });
  });

  it('a 通知 with its 主送机关 after a 通告 that ends with the source line of its page', () => {
    expect(read('nanma-tonggao', 'qingpu-keji')).toEqual({
      documents: [
        ['关于暂缓恢复辖区内所有集市、交流会的通告', null, '2022-03-18'],
        ['关于印发《青浦区科技项目管理办法》的通知', null, '2015-01-19'],
      ],
      multiple: [{ severity: 'error', head: '关于印发《青浦区科技项目管理办法》的通知' }],
      secondFrom: '关于印发《青浦区科技项目管理办法》的通知',
    });
  });

  it('a numbered 公告 after a news page footer: the footer is not part of its title', () => {
    expect(read('shijiazhuang-tonggao', 'hongya-gonggao')).toEqual({
      documents: [
        ['石家庄市人民政府关于禁止燃放烟花爆竹的通告', null, '2019-12-31'],
        ['洪雅县人民政府土地征收公告', '洪府通〔2021〕25号', '2021-12-22'],
      ],
      multiple: [{ severity: 'error', head: '洪雅县人民政府土地征收公告\n洪府通〔2021〕25号' }],
      // The first page's footer ends at 相关新闻 for the first document; the short lines after it
      // (电子报, 立即打开 …) are page furniture above the next head, read (and left out) with it.
      secondFrom: '电子报',
    });
  });

  it('a 议案 whose 发文字号 stands above its title, on a page with breadcrumbs', () => {
    const { documents, secondFrom } = read('guizhou-pifu-fenggang', 'lvyuan-yian');
    expect(documents).toEqual([
      ['贵州省人民政府关于同意凤冈县天桥乡何坝乡新建乡王寨乡撤乡设镇的批复', '黔府函〔2013〕238号', '2013-11-16'],
      ['关于提请审议长春汽车经济技术开发区调整区划增设安庆、富民街道办事处的议案', '长绿府议〔2019〕1号', '2019-01-08'],
    ]);
    expect(secondFrom).toBe(text('lvyuan-yian').split('\n')[0]);
  });

  it('after a 公示 with contact lines and an attachment table, the table stays the first document’s', () => {
    const glued = `${text('daishan-gongshi')}\n${text('zhoushan-zijin')}`;
    const [first, second] = parseDocuments(glued);
    expect(first?.document.writtenDate).toBe('2022-06-30');
    expect(first?.document.attachments.map((a) => a.title)).toEqual(
      parseDocument(text('daishan-gongshi')).document.attachments.map((a) => a.title),
    );
    expect(second?.document.docNumber?.canonical).toBe('舟财农〔2019〕52号');
    expect(second?.document.title).toBe(
      '舟山市财政局 舟山市农业农村局关于下达2019年第三批市级美丽乡村建设专项资金的通知',
    );
  });

  it('a 公告 copied without its title, after another document: its own document, from its first sentence', () => {
    const { documents, multiple, secondFrom } = read('yaoshan-tonggao', 'banjiang-gonggao');
    expect(documents).toEqual([
      ['腰山镇人民政府关于取消南腰山村庙会的通告', null, '2020-02-25'],
      [null, null, null], // 二〇 年 月 日: the date was left blank
    ]);
    expect(multiple).toHaveLength(1);
    expect(multiple[0]?.head).toMatch(/^根据板江乡新集镇开发建设的需要/u);
    // The first page's last lines of furniture (关注更新 … 反馈) go with the next document.
    expect(secondFrom).toBe('关注更新');
    const second = parseDocuments(`${text('yaoshan-tonggao')}\n${text('banjiang-gonggao')}`)[1]?.document;
    expect(second?.signatories.map((s) => s.name)).toEqual(['板江乡人民政府']);
    expect(second?.body.length).toBe(parseDocument(text('banjiang-gonggao')).document.body.length);
  });

  it('two copies of one page are two documents', () => {
    for (const doc of whole) {
      // Its attachment (a table) ends it, and its own text closes without 特此…: what follows the
      // table is the table's (see glued-lines.test.ts).
      if (doc.id === 'daishan-gongshi') continue;
      const results = parseDocuments(`${doc.text}\n${doc.text}`);
      expect(
        results.map((r) => r.document.title),
        doc.id,
      ).toEqual([aloneTitle.get(doc.id), aloneTitle.get(doc.id)]);
    }
  });
});

describe('a 意见 or 决定 without 发文字号 after another document', () => {
  const pifu = [
    '某市人民政府关于同意某某的批复',
    '某政函〔2024〕3号',
    '市民政局：',
    '你局的请示收悉。经研究，同意。',
    '某市人民政府',
    '2024年1月5日',
  ];
  const yijian = (addressed: boolean) => [
    '某市人民政府关于加强安全生产工作的意见',
    ...(addressed ? ['各县（市、区）人民政府，市直各有关单位：'] : []),
    '为加强安全生产工作，提出如下意见。',
    '一、压实责任。',
    '某市人民政府',
    '2024年2月1日',
  ];

  it('is a document of its own under a 主送机关 line', () => {
    const results = parseDocuments([...pifu, ...yijian(true)].join('\n'));
    expect(results.map((r) => r.document.title)).toEqual([
      '某市人民政府关于同意某某的批复',
      '某市人民政府关于加强安全生产工作的意见',
    ]);
    expect(results[1]?.document.addressees).toEqual(['各县（市、区）人民政府', '市直各有关单位']);
    expect(results[0]?.document.enclosures).toEqual([]);
  });

  it('without one, it may be what the document publishes: it stays its enclosure', () => {
    expect(parseDocuments([...pifu, ...yijian(false)].join('\n'))).toHaveLength(1);
  });
});
