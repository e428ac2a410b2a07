import { type Document, DocumentSchema } from '@gongbao/core';
import { describe, expect, it } from 'vitest';
import type { KeyProjectItem } from '../scripts/lib/datasets/key-projects';
import { keyProjectsGaps } from '../scripts/lib/known-gaps';
import { KnownGapSchema } from '../src/known-gap';
import { fixtureDocuments } from './fixtures';

const [base] = fixtureDocuments;
if (!base) throw new Error('fixtures');

const heading = (raw: string, text: string, children: unknown[] = []) => ({
  type: 'heading',
  level: 1,
  marker: { kind: 'arabic', level: 3, index: 1, raw },
  text,
  children,
});
const paragraph = (text: string) => ({ type: 'paragraph', text });

const plan: Document = DocumentSchema.parse({
  ...base,
  enclosures: [
    {
      title: '行动方案',
      body: [
        {
          type: 'heading',
          level: 1,
          text: '重点任务',
          children: [
            heading('（一）', '深入推进县城建设提质增效', [
              heading('1.', '实施县城规划体系完善行动', [paragraph('甲。'), paragraph('乙。')]),
              heading('2.', '实施基础设施补齐补强行动', [paragraph('丙。')]),
            ]),
            heading('（二）', '全面推进城乡建设衔接互补', [heading('1.', '推进规划建设一体化', [paragraph('丁。')])]),
          ],
        },
      ],
    },
  ],
});

const item = (part: string, action: string, itemNo: number): KeyProjectItem => ({
  row: 0,
  part,
  actionNo: '(一)',
  action,
  itemNo,
  item: '…',
  responsible: '市发改委',
});

describe('known gaps of key-projects', () => {
  it('lists the plan actions without rows and the items missing from an action', () => {
    const gaps = keyProjectsGaps(plan, [item('一、深入推进县城建设提质增效', '实施县城规划体系完善行动', 1)], 99);
    expect(gaps.map((g) => KnownGapSchema.parse(g).missing)).toEqual([
      ['一、(一) 实施县城规划体系完善行动: item 2 of 2', '一、(二) 实施基础设施补齐补强行动'],
    ]);
    expect(gaps[0]?.line).toBe(99);
  });

  it('is empty when the table covers every action and item of its parts', () => {
    const full = [
      item('一、深入推进县城建设提质增效', '实施县城规划体系完善行动', 1),
      item('一、深入推进县城建设提质增效', '实施县城规划体系完善行动', 2),
      item('一、深入推进县城建设提质增效', '实施基础设施补齐补强行动', 1),
      item('二、全面推进城乡建设衔接互补', '推进规划建设一体化', 1),
    ];
    expect(keyProjectsGaps(plan, full, 99)).toEqual([]);
  });
});
