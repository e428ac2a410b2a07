/**
 * Every pass over the text is linear: 2× and 4× the input take about 2× and 4× the time. Timed
 * as ratios with retries (see helpers/scaling.ts), never against a wall-clock bar; absolute
 * figures are in the benchmark (bench/measure.ts).
 */
import type { Block } from '@gongbao/core';
import { parseDocument, parseGazette } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';
import { isLinear, scaling, superLinear } from './helpers/scaling.js';

/** `unit` repeated to about n characters, after a first line (a document needs some head). */
const repeated =
  (unit: string, head = 'x\n\n') =>
  (n: number) =>
    head + unit.repeat(Math.ceil(n / unit.length));

/** Short paragraphs separated by blank lines, each cut mid-sentence: all joined into one paragraph. */
const pageBreakInputs: Record<string, (n: number) => string> = {
  'lines ending in a comma, blank lines between': repeated('一段话，\n\n'),
  'full printed lines without a stop, blank lines between': repeated('这是一个没有句号的比较长的段落内容用来测试\n\n'),
  'numbered item cut over many short lines': (n) =>
    `x\n\n（一）坚持精准配置土地利用高水平\n${'计划指标\n'.repeat(Math.ceil(n / 5))}`,
  'article cut over many lines': (n) =>
    `x\n\n第一条 为了${'规范管理而制定的本办法的一行文字，\n'.repeat(Math.ceil(n / 18))}`,
  'notes of a table cut over many lines': (n) =>
    `x\n\n甲\t乙\n1\t2\n注：${'说明文字没有结束的一行，\n\n'.repeat(Math.ceil(n / 13))}`,
};

/** The length of the longest text among blocks, their children and table notes. */
function longestText(blocks: readonly Block[]): number {
  let longest = 0;
  for (const block of blocks) {
    if ('text' in block) longest = Math.max(longest, block.text.length);
    if (block.type === 'heading') longest = Math.max(longest, longestText(block.children));
    if (block.type === 'table') for (const note of block.table.notes) longest = Math.max(longest, note.length);
  }
  return longest;
}

const notice = (body: string) =>
  `某市人民政府关于印发某办法的通知\n某政发〔2024〕1号\n各县人民政府：\n现印发给你们。\n某市人民政府\n2024年5月6日\n${body}`;

/** Tables of many rows, cells or parts, and many tables in one attachment. */
const tableInputs: Record<string, (n: number) => string> = {
  'two-cell rows': repeated('a\tb\n'),
  'rows of numbers under a header': repeated('长治市某某县\t12\t3.5\n', 'x\n\n名称\t数量\t金额\n'),
  'one row of many cells': repeated('a\t'),
  'a header of equal cells': (n) => `${'名称\t'.repeat(n / 6)}\n${'1\t'.repeat(n / 6)}\n`,
  'one very wide row over narrow ones': (n) => `${'\t'.repeat(n / 2)}x\n${'a\tb\n'.repeat(n / 8)}`,
  'counts in cells': repeated('甲（3座）\t乙（1座）\t1\n', 'x\n\n名称\t站点\t数量\n'),
  'group rows': repeated('**一、组**\t\t\n甲\t乙\t1\n', 'x\n\n名称\t子项\t数量\n'),
  'merged cells': repeated('甲\t乙\t1\n\t丙\t2\n', 'x\n\n名称\t子项\t数量\n'),
  'continued tables (续表)': repeated('甲\t1\n续表\n名称\t数量\n', 'x\n\n名称\t数量\n'),
  'many tables in one attachment': (n) => notice(`附件1\n${'表\n\na\tb\n1\t2\n\n说明。\n\n'.repeat(n / 20)}`),
  'many attachments': (n) => notice('附件1\n内容。\n'.repeat(n / 8)),
};

describe('linear time', () => {
  // The quadratic pass takes seconds on a busy machine (2 cores, 4 agents): not the default 5 s.
  it('the measurement tells a quadratic pass from a linear one', { timeout: 60_000 }, () => {
    const build = (n: number) => 'x'.repeat(n);
    const quadratic = (text: string) => {
      let sum = 0;
      for (let i = 0; i < text.length; i++) for (let j = 0; j < i; j += 1) sum += text.charCodeAt(j);
      return sum;
    };
    expect(isLinear(scaling(build, quadratic, 6000))).toBe(false);
    const linear = (text: string) => {
      let sum = 0;
      for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
      return sum;
    };
    expect(isLinear(scaling(build, linear, 500_000))).toBe(true);
  });

  it('joins paragraphs across page breaks in linear time (parseDocument)', { timeout: 120_000 }, () => {
    expect(superLinear(pageBreakInputs, (text) => parseDocument(text), 25_000)).toEqual([]);
  });

  it('joins paragraphs across page breaks in linear time (inside a gazette document)', { timeout: 120_000 }, () => {
    const gazette = (build: (n: number) => string) => (n: number) =>
      `# 某市人民政府关于某事的通知\n\n某政发〔2024〕1号\n\n各县人民政府：\n\n${build(n)}\n\n某市人民政府\n\n2024年5月6日`;
    const inputs = Object.fromEntries(Object.entries(pageBreakInputs).map(([name, build]) => [name, gazette(build)]));
    expect(superLinear(inputs, (text) => parseGazette(text), 25_000)).toEqual([]);
  });

  it('joins the lines into one paragraph (what the timing is about)', () => {
    for (const build of Object.values(pageBreakInputs)) {
      const { document } = parseDocument(build(2000));
      expect(longestText(document.body)).toBeGreaterThan(1000);
    }
  });

  it('reads tables in linear time', { timeout: 180_000 }, () => {
    expect(superLinear(tableInputs, (text) => parseDocument(text), 20_000)).toEqual([]);
  });
});
