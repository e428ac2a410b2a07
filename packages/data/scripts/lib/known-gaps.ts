/**
 * Known gaps: what the text states that a dataset lacks. Computed at build time by comparing a
 * dataset with the text it summarises, recorded in `meta.knownGaps` and the README, and checked by
 * the tests, so a gap is never silent.
 */
import type { Block, Document, HeadingBlock } from '@gongbao/core';
import type { KnownGap } from '../../src/known-gap';
import { compact } from './datasets/cells';
import type { KeyProjectItem } from './datasets/key-projects';

const headings = (blocks: readonly Block[]): HeadingBlock[] =>
  blocks.filter((b): b is HeadingBlock => b.type === 'heading');

/** The part names of the 清单 (一、深入推进…) compared with the plan's (（一）深入推进…): the words only. */
const words = (text: string): string => compact(text).replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]?/u, '');

/**
 * What the plan of 长政办发〔2024〕17号 (四、重点任务) states that `key-projects` (its 附件2
 * 基础骨干项目清单) lacks: for each part of the 清单, every action of the plan's matching part
 * without rows, and every action with fewer items than the plan's paragraphs under it.
 *
 * @param plan - The document (its first enclosure is the plan).
 * @param items - The rows read from the 清单.
 * @param lastLine - The last line of the 清单 in the verbatim source.
 */
export function keyProjectsGaps(plan: Document, items: readonly KeyProjectItem[], lastLine: number | null): KnownGap[] {
  const tasks = headings(plan.enclosures[0]?.body ?? []).find((h) => compact(h.text) === '重点任务');
  if (!tasks) return [];
  const missing: string[] = [];
  const parts = [...new Set(items.map((i) => i.part))];
  for (const part of parts) {
    const planPart = headings(tasks.children).find((h) => words(h.text) === words(part));
    if (!planPart) continue;
    const partNo = part.slice(0, part.indexOf('、') + 1);
    for (const [k, action] of headings(planPart.children).entries()) {
      const rows = items.filter((i) => i.part === part && compact(i.action) === compact(action.text));
      const stated = action.children.filter((b) => b.type === 'paragraph' || b.type === 'heading').length;
      const label = `${partNo}(${'一二三四五六七八九十'[k] ?? k + 1}) ${compact(action.text)}`;
      if (rows.length === 0) missing.push(label);
      else if (rows.length < stated) {
        const from = rows.length + 1;
        missing.push(`${label}: ${from === stated ? `item ${stated}` : `items ${from}–${stated}`} of ${stated}`);
      }
    }
  }
  if (missing.length === 0) return [];
  return [
    {
      id: 'key-projects-source-ends-early',
      dataset: 'key-projects',
      documentId: plan.id,
      description:
        'The 基础骨干项目清单 (附件2) as printed in the gazette stops before the end of the plan it lists: the actions and items of the plan’s 四、重点任务 below have no row. The data keeps the 清单 as printed and does not fill it in from the plan text.',
      line: lastLine,
      missing,
    },
  ];
}
