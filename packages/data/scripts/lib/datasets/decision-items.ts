/**
 * The 7 items of 《2024年长治市人民政府重大行政决策事项目录》 (附件 of 长政办函〔2024〕13号): each item
 * is a paragraph `一、<title> 承办单位:<unit> 计划完成时间:<deadline>` (after the correction
 * `decision-items-two-columns` restores the reading order of the two printed columns).
 */
import type { Table } from '@gongbao/core';
import { parseChineseNumber, parseDeadline } from '@gongbao/utils';
import { compact, DatasetError } from './cells.js';

const NAME = 'decision-items';

/** One decision item. */
export interface DecisionItem {
  readonly no: number;
  readonly title: string;
  readonly undertaker: string;
  readonly deadlineText: string;
  readonly deadline: string;
}

const ITEM = /^([一二三四五六七八九十]+)、(.+?)承办单位[:：](.+?)计划完成时间[:：](.+)$/u;

/**
 * Reads the items from the texts of the 目录 (markers included, e.g. the heading `一、` + text).
 * Texts that are not items are skipped; the numbers must run 一, 二, … without gaps.
 */
export function readDecisionItems(texts: readonly string[]): DecisionItem[] {
  const items: DecisionItem[] = [];
  for (const text of texts) {
    const match = ITEM.exec(compact(text));
    if (!match) continue;
    const no = parseChineseNumber(match[1] ?? '');
    if (no !== items.length + 1) throw new DatasetError(NAME, `expected item ${items.length + 1}, got ${match[1]}`);
    const deadlineText = (match[4] ?? '').replace(/。$/u, '');
    items.push({
      no,
      title: match[2] ?? '',
      undertaker: match[3] ?? '',
      deadlineText,
      deadline: parseDeadline(deadlineText).date,
    });
  }
  return items;
}

/** The tidy dataset: one row per decision item. */
export function decisionItemsTable(items: readonly DecisionItem[], documentId: string): Table {
  return {
    id: NAME,
    title: '2024年长治市人民政府重大行政决策事项目录',
    description: `The major administrative decisions planned for 2024, from the 附件 of 长政办函〔2024〕13号 (${documentId}); OCR spaces removed, the deadline also resolved to its last day.`,
    columns: [
      { name: 'no', type: 'integer', description: '序号: 一 … 七 as a number.' },
      { name: 'title', type: 'string', description: '事项名称: the decision (a 细则, 办法, 方案 …).' },
      { name: 'undertaker', type: 'string', description: '承办单位: the department in charge.' },
      { name: 'deadlineText', type: 'string', description: '计划完成时间 as written, e.g. 2024年6月底前.' },
      {
        name: 'deadline',
        type: 'date',
        description: '计划完成时间 resolved to the last day it allows (parseDeadline).',
      },
    ],
    rows: items.map((item) => ({ ...item })),
    totals: [],
    notes: [],
  };
}
