/**
 * Issue #12, pages glued without a line break: the last line of one pasted page and the first of
 * the next are one line. It is cut where the left part ends a document or a page and the right
 * part starts one (splitGluedLines); nothing else is cut, and the parts keep exact source ranges.
 */
import { parseDocument, parseDocuments } from '@gongbao/parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseContext } from '../src/internal/context.js';
import { splitGluedLines } from '../src/internal/glued.js';
import { scanLines } from '../src/internal/scan.js';
import { realDocuments } from './helpers/facts.js';
import { superLinear } from './helpers/scaling.js';

/** The filled lines of a text as the parser reads them, and whether each one's range holds exactly its text. */
function linesOf(text: string): string[] {
  const ctx = new ParseContext(text);
  const filled = ctx.lines.filter((line) => line.kind !== 'blank');
  for (const line of filled) expect(ctx.source.slice(line.start, line.end)).toBe(line.text);
  return filled.map((line) => line.text);
}

describe('a line where one page runs into the next', () => {
  it('is cut after a 成文日期 under its signature and the body’s end, before a title', () => {
    expect(
      linesOf('此复。\n贵州省人民政府\n二〇二四年三月一日贵州省人民政府关于同意设立某镇的批复\n黔府函〔2024〕1号'),
    ).toEqual([
      '此复。',
      '贵州省人民政府',
      '二〇二四年三月一日',
      '贵州省人民政府关于同意设立某镇的批复',
      '黔府函〔2024〕1号',
    ]);
  });

  it('is cut after a 附注 under its date, before a title', () => {
    expect(linesOf('长治市人民政府\n2024年3月1日\n（此件公开发布）长治市人民政府关于印发某办法的通知')).toEqual([
      '长治市人民政府',
      '2024年3月1日',
      '（此件公开发布）',
      '长治市人民政府关于印发某办法的通知',
    ]);
  });

  it('is cut after a 成文日期 before running text, a breadcrumb or a metadata box', () => {
    const end = '特此通告。\n某镇人民政府\n2022年3月18日';
    expect(linesOf(`${end}根据工作需要，现将有关事项公告如下。`).slice(-2)).toEqual([
      '2022年3月18日',
      '根据工作需要，现将有关事项公告如下。',
    ]);
    expect(linesOf(`${end}您当前的位置:首页 > 政务公开`).slice(-2)).toEqual([
      '2022年3月18日',
      '您当前的位置:首页 > 政务公开',
    ]);
    expect(linesOf(`${end}索引号：SY-2023-1`).slice(-2)).toEqual(['2022年3月18日', '索引号：SY-2023-1']);
  });

  it('is cut after a page footer before the next page’s breadcrumb or title', () => {
    for (const [footer, next] of [
      ['版权所有：长治市人民政府 晋ICP备05002018号', '首页 > 政务公开 > 政策文件'],
      ['版权所有：长治市人民政府', '首页 > 政务公开 > 政策文件'],
      ['网站首页 我要评论 分享文章 回到顶部', '石家庄新闻>>新闻快讯>>'],
      ['--站群导航--', '贵州省人民政府关于同意设立某镇的批复'],
      ['Public domainfalse', '洪雅县人民政府土地征收公告'],
      ['请关注微信公众号!', '关于暂缓恢复集市的通告'],
    ]) {
      expect(linesOf(`${footer}${next}`)).toEqual([footer, next]);
    }
    // A table whose rows are closed by a pipe: its last row ends at its pipe.
    expect(linesOf('1 | 渔船 | 40 |\n2 | 引领船 | 80 |长治市人民政府关于某事的通知').slice(1)).toEqual([
      '2 | 引领船 | 80 |',
      '长治市人民政府关于某事的通知',
    ]);
  });

  it('is not cut inside a title, an attachment label, a sentence or an imprint', () => {
    for (const line of [
      '关于做好2024年长治市人民政府工作报告起草的通知',
      '长治市财政局 长治市农业农村局关于下达资金的通知',
      '附件1长治市人民政府关于某事的通知',
      '请各单位及时反馈长治市人民政府关于某事的通知',
      '责任编辑：王某长治市人民政府关于某事的通知',
      '2024年3月1日长治市人民政府关于某事的通知', // a date, but under no signature
      '标题：长治市人民政府关于某事的通知',
    ])
      expect(linesOf(line), line).toEqual([line]);
    // A row of a table whose rows are not closed by a pipe: its last cell is a title.
    expect(linesOf('序号 | 年份 | 标题\n1 | 2024 | 长治市人民政府关于某事的通知')).toEqual([
      '序号 | 年份 | 标题',
      '1 | 2024 | 长治市人民政府关于某事的通知',
    ]);
    // A date under a signature with a word glued to it: the imprint (2024年3月1日印发).
    expect(linesOf('长治市人民政府办公室\n2024年3月1日印发')).toEqual(['长治市人民政府办公室', '2024年3月1日印发']);
    // A date under an organisation's name that ends no body, and a date whose sentence goes on.
    const exhibition = '2024年3月1日至3日在长治举办展览，欢迎参加。';
    expect(linesOf(`主办单位\n长治市人民政府\n${exhibition}`).slice(-1)).toEqual([exhibition]);
    expect(linesOf(`现予公告。\n长治市人民政府\n${exhibition}`).slice(-1)).toEqual([exhibition]);
  });
});

describe('an attachment’s table and what follows it', () => {
  const notice = [
    '某县财政局关于下达资金的通知',
    '某财〔2022〕1号',
    '各乡镇：',
    '现将资金下达给你们，请按规定使用。',
    '某县财政局',
    '2022年6月30日',
    '附件',
    '资金分配表',
    '序号 | 项目 | 金额 |',
    '1 | 渔船改造 | 40 |',
  ];

  it('a 公告 glued under it that closes as a 公文 (特此公告, signature, date) is a document of its own', () => {
    const gonggao = [
      '根据工作需要，乡人民政府决定征收有关土地。请相关村组群众积极配合。',
      '特此公告！',
      '某乡人民政府',
      '2022年7月1日',
    ];
    const results = parseDocuments([...notice, ...gonggao].join('\n'));
    expect(results.map((r) => r.document.writtenDate)).toEqual(['2022-06-30', '2022-07-01']);
    expect(results[0]?.document.attachments.map((a) => a.title)).toEqual(['资金分配表']);
  });

  it('the table’s continuation (notes and a signature without closing formula) stays the attachment’s', () => {
    const continuation = ['注：金额为预分配数，以最终下达为准。', '某县财政局', '2022年6月30日'];
    expect(parseDocuments([...notice, ...continuation].join('\n'))).toHaveLength(1);
  });
});

describe('glued real pages, any glue (property)', () => {
  const whole = realDocuments().filter((doc) => !doc.truncated);
  const aloneTitle = new Map(whole.map((doc) => [doc.id, parseDocument(doc.text).document.title]));

  it('give the documents’ own titles in order, and lose nothing of the text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...whole),
        fc.constantFrom(...whole),
        fc.constantFrom('', '\n', '\n\n', ' ', '\r\n', '\u3000'),
        (a, b, glue) => {
          fc.pre(a !== b);
          const text = a.text + glue + b.text;
          const results = parseDocuments(text);
          // The titles each page has alone come back, in their order (other documents may be between).
          const titles = results.map((r) => r.document.title);
          const first = titles.indexOf(aloneTitle.get(a.id));
          expect(first, `${a.id} + ${b.id}`).not.toBe(-1);
          expect(titles.indexOf(aloneTitle.get(b.id), first + 1), `${a.id} + ${b.id}`).not.toBe(-1);
          // Every character that is not white space is inside a document's range or a diagnostic's.
          const ranges = results.flatMap((r) => [
            ...(r.document.source ? [r.document.source] : []),
            ...r.diagnostics.map((d) => d.range),
          ]);
          const covered = new Uint8Array(text.length + 1);
          for (const { start, end } of ranges) for (let i = start; i < end; i++) covered[i] = 1;
          for (let i = 0; i < text.length; i++) {
            if (/\s/u.test(text[i] as string) || covered[i] === 1) continue;
            throw new Error(
              `${a.id} + ${JSON.stringify(glue)} + ${b.id}: offset ${i} (${text.slice(i, i + 20)}) is in no range`,
            );
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('the cut in linear time', () => {
  /** `unit` repeated to about n characters. */
  const repeated =
    (unit: string, head = '') =>
    (n: number) =>
      head + unit.repeat(Math.ceil(n / unit.length));
  const inputs: Record<string, (n: number) => string> = {
    // One line: every Han character after a Latin letter is a place to look at.
    'a long line of breadcrumb separators': repeated('a中>', 'x\n'),
    'a long line ending as a title, Latin and Han mixed': (n) => `x\n${'a中'.repeat(n / 2)}关于某事的通知`,
    'the same with one breadcrumb separator': (n) => `x\n首页>${'a中'.repeat(n / 2)}关于某事的通知`,
    'a long footer line before a breadcrumb': (n) => `版权所有${'长治市'.repeat(n / 3)}首页 > 政务公开 > 文件`,
    // A pipe before each breadcrumb, under a long row closed by its only pipe: each place asks
    // whether the row above is a closed table row (it has too few pipes), and the line's pipes.
    'pipes before breadcrumbs, under a long row with one pipe': (n) =>
      `${'甲'.repeat(n / 2)} |\n${'|首页>'.repeat(n / 8)}`,
    // Many lines: each a page's end glued to the next page's title.
    'many glued pages': repeated('特此通告。\n某县人民政府\n2024年3月1日某县人民政府关于某事的通知\n'),
    'many dates under signatures, glued to running text': repeated(
      '此复。\n某县人民政府\n2024年3月1日根据工作需要，现通知如下。\n',
    ),
  };

  it('splitGluedLines is linear on lines made to hold many places to cut', { timeout: 120_000 }, () => {
    expect(superLinear(inputs, (text) => splitGluedLines(scanLines(text)), 50_000)).toEqual([]);
  });

  it('finds the cuts those inputs hold (what the timing is about)', () => {
    expect(splitGluedLines(scanLines(inputs['many glued pages']?.(500) ?? '')).length).toBeGreaterThan(40);
    const footer = splitGluedLines(scanLines(inputs['a long footer line before a breadcrumb']?.(600) ?? ''));
    expect(footer.map((line) => line.text.slice(0, 4))).toEqual(['版权所有', '首页 >']);
  });
});
