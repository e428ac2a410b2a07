import type { Block, HeadingBlock } from '@gongbao/core';
import { parseDocument, parseGazette } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';

/** The body of a minimal notice with the given lines, as markdown (blank lines between). */
function body(lines: readonly string[]) {
  const text = [
    '# 某市人民政府关于某事的通知',
    '某政发〔2024〕2号',
    '各县人民政府：',
    ...lines,
    '某市人民政府',
    '2024年5月6日',
  ].join('\n\n');
  const { document, diagnostics } = parseDocument(text);
  return { blocks: document.body, codes: diagnostics.map((d) => d.code) };
}

const outline = (blocks: readonly Block[]): unknown[] =>
  blocks.map((b) => (b.type === 'heading' ? [b.marker?.raw ?? b.text, ...outline(b.children)] : b.type));

describe('page breaks', () => {
  it('joins a paragraph cut in the middle of a sentence', () => {
    const { blocks, codes } = body([
      '全市消防管理水平明显提高，全民抗御火灾能力明显提升，',
      '消防工作与经济社会发展基本适应。',
    ]);
    expect(blocks).toEqual([
      expect.objectContaining({
        type: 'paragraph',
        text: '全市消防管理水平明显提高，全民抗御火灾能力明显提升，消防工作与经济社会发展基本适应。',
      }),
    ]);
    expect(codes).toContain('paragraph-joined');
  });

  it('reports each joined line once, its range ending in that line, all with one message', () => {
    const pieces = ['第一段没有结束的话，', '接着写下去，', '还没有结束，', '到这里结束。'];
    const text = [
      '# 某市人民政府关于某事的通知',
      '某政发〔2024〕2号',
      '各县人民政府：',
      ...pieces,
      '某市人民政府',
      '2024年5月6日',
    ].join('\n\n');
    const joined = parseDocument(text).diagnostics.filter((d) => d.code === 'paragraph-joined');
    expect(joined).toHaveLength(pieces.length - 1);
    const first = text.indexOf(pieces[0] as string);
    joined.forEach((d, k) => {
      // From the paragraph's first line to the end of the line joined (lines 7, 9, 11 of the text).
      expect(d.range).toEqual({
        start: first,
        end: text.indexOf(pieces[k + 1] as string) + (pieces[k + 1] as string).length,
        line: 7,
      });
      expect(text.slice(0, d.range.end).split('\n')).toHaveLength(9 + 2 * k);
      expect(d.message).toBe(joined[0]?.message);
    });
  });

  it('joins a full printed line without punctuation to its continuation', () => {
    const { blocks } = body(['（二）完善审查机制。市规划和自然资源局', '要按照法律法规的要求，严格审查把关。']);
    expect(blocks[0]?.type === 'heading' && blocks[0].text).toBe(
      '完善审查机制。市规划和自然资源局要按照法律法规的要求，严格审查把关。',
    );
  });

  it('keeps apart short label lines, a new numbered paragraph, a dash item and a run-in title followed by its text', () => {
    const { blocks } = body([
      '奖补对象:县(区)人民政府',
      '奖补方式:2024年奖励资金共计2500万元。',
      '一、总体要求',
      '（一）大力发展通航产业，打牢低空经济发展根基',
      '充分发挥长治工业资源优势，积极对接和吸纳国内外通航优质企业，重点发展航空制造业。',
      '——统筹部署，明确方向。',
    ]);
    expect(outline(blocks)).toEqual(['paragraph', 'paragraph', ['一、', ['（一）', 'paragraph', 'paragraph']]]);
  });

  it('joins a run-in title without full stop to a short first sentence', () => {
    const { blocks } = body(['（三）坚持精准配置，高水平配置土地利用', '计划指标。坚持“土地要素跟着项目走”。']);
    expect(blocks[0]?.type === 'heading' && blocks[0].text).toBe(
      '坚持精准配置，高水平配置土地利用计划指标。坚持“土地要素跟着项目走”。',
    );
  });

  it('joins a numbered line cut by the page end when its siblings are whole sentences', () => {
    const { blocks } = body([
      '（一）企业提交申请材料。',
      '（二）县政府组织联审会议，出具审核意见书。',
      '（三）市工信局依据审核意见书，将审核认',
      '定部门均同意认定的企业确定为拟认定监控点，并进行公示。',
    ]);
    expect(blocks.map((b) => (b.type === 'heading' ? b.text : b.type))).toEqual([
      '企业提交申请材料。',
      '县政府组织联审会议，出具审核意见书。',
      '市工信局依据审核意见书，将审核认定部门均同意认定的企业确定为拟认定监控点，并进行公示。',
    ]);
  });

  it('never joins across a markdown heading', () => {
    const text = [
      '# 某市人民政府关于某事的通知',
      '某政发〔2024〕2号',
      '各县人民政府：',
      '#### （一）征前程序',
      '根据有关规定，县政府应依法履行土地征收前期工作程序。',
      '某市人民政府',
      '2024年5月6日',
    ].join('\n\n');
    const heading = parseDocument(text).document.body[0] as HeadingBlock;
    expect(heading.text).toBe('征前程序');
    expect(heading.children.map((b) => b.type)).toEqual(['paragraph']);
  });
});

describe('outline', () => {
  it('takes the hierarchy from the markers whatever the # depth, and says where the depths disagree', () => {
    const text = [
      '# 某市人民政府关于某事的通知',
      '某政发〔2024〕2号',
      '各县人民政府：',
      '### 一、甲',
      '(一)子。',
      '#### 二、乙',
      '1. 丑。',
      '## 三、丙',
      '某市人民政府',
      '2024年5月6日',
    ].join('\n\n');
    const { document, diagnostics } = parseDocument(text);
    expect(outline(document.body)).toEqual([['一、', ['(一)']], ['二、', ['1.']], ['三、']]);
    expect((document.body as HeadingBlock[]).map((h) => h.level)).toEqual([1, 1, 1]);
    expect(diagnostics.filter((d) => d.code === 'heading-depth-ignored')).toHaveLength(2);
  });

  it('makes the enumerated cases of an article a list and returns to the article after it', () => {
    const { document } = parseDocument(
      [
        '某市某办法',
        '某政规〔2024〕1号',
        '第一条 有下列情形之一的，取消资格：',
        '（一）虚报的；',
        '（二）冒领的。',
        '有前款情形的，收回资金。',
        '第二条 本办法自2024年1月1日起施行。',
      ].join('\n'),
    );
    const article = document.body[0] as HeadingBlock;
    expect(article.children.map((b) => b.type)).toEqual(['list', 'paragraph']);
    expect(document.body[1]?.type === 'heading' && document.body[1].marker?.raw).toBe('第二条');
  });

  it('does not make the sections after 通知如下： a list', () => {
    const { blocks } = body([
      '现将有关事项通知如下：',
      '一、总体要求',
      '（一）指导思想。坚持高质量发展。',
      '二、保障措施',
    ]);
    expect(outline(blocks)).toEqual(['paragraph', ['一、', ['（一）']], ['二、']]);
  });
});

describe('citations within a gazette', () => {
  it('resolves a citation to a document of the issue by its number', () => {
    const markdown = [
      '# 某市人民政府公报',
      '2024年第1期(总第9期)',
      '出版日期:2024年2月28日',
      '# 目 录',
      '## 市政府文件',
      '- 某市人民政府关于甲事的通知(某政发[2024]1号) ..... 1',
      '- 某市人民政府关于乙事的通知(某政发[2024]2号) ..... 3',
      '# 某市人民政府关于甲事的通知',
      '某政发〔2024〕1号',
      '各县人民政府：',
      '现就甲事通知如下。',
      '某市人民政府',
      '2024年1月5日',
      '# 某市人民政府关于乙事的通知',
      '某政发〔2024〕2号',
      '各县人民政府：',
      '按照《某市人民政府关于甲事的通知》（某政发〔2024〕1号）要求，现就乙事通知如下。',
      '某市人民政府',
      '2024年1月9日',
    ].join('\n\n');
    const { issue, diagnostics } = parseGazette(markdown);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(issue.toc.map((e) => [e.startPage, e.endPage])).toEqual([
      [1, 2],
      [3, undefined],
    ]);
    const [citation] = issue.documents[1]?.citations ?? [];
    expect(citation).toMatchObject({ title: '某市人民政府关于甲事的通知', resolvedDocumentId: '某政发-2024-1' });
  });
});
