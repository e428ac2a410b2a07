/**
 * The 7 items of 《2024年长治市人民政府重大行政决策事项目录》 (附件 of 长政办函〔2024〕13号). The parser
 * reads the 目录 — items `一、<name> 承办单位:<unit> 计划完成时间:<deadline>`, after the correction
 * `decision-items-two-columns` restores the reading order of the two printed columns — as a table
 * with the columns 序号, 名称, 承办单位 and 计划完成时间; this dataset gives them English names and
 * resolves the deadline to a date.
 */
import type { Table } from '@gongbao/core';
import { parseDeadline } from '@gongbao/utils';
import { cellText, compact, DatasetError, derivedProvenance } from './cells.js';

const NAME = 'decision-items';

/** One decision item. */
export interface DecisionItem {
  readonly no: number;
  readonly title: string;
  readonly undertaker: string;
  readonly deadlineText: string;
  readonly deadline: string;
}

/** The source columns the dataset reads. */
const COLUMNS = ['序号', '名称', '承办单位', '计划完成时间'] as const;

/**
 * Reads the items from the 目录 table (columns 序号, 名称, 承办单位, 计划完成时间). The numbers must
 * run 1, 2, … without gaps.
 *
 * @throws DatasetError when a column is missing or the items are out of order.
 */
export function readDecisionItems(source: Pick<Table, 'columns' | 'rows'>): DecisionItem[] {
  for (const column of COLUMNS) {
    if (!source.columns.some((c) => c.name === column)) throw new DatasetError(NAME, `no column ${column}`);
  }
  return source.rows.map((row, index) => {
    const no = row.序号;
    if (no !== index + 1) throw new DatasetError(NAME, `expected item ${index + 1}, got ${String(no)}`);
    const deadlineText = compact(cellText(row.计划完成时间)).replace(/。$/u, '');
    return {
      no,
      title: compact(cellText(row.名称)),
      undertaker: compact(cellText(row.承办单位)),
      deadlineText,
      deadline: parseDeadline(deadlineText).date,
    };
  });
}

/** The tidy dataset: one row per decision item, each pointing at its item in the source. */
export function decisionItemsTable(
  items: readonly DecisionItem[],
  source: Pick<Table, 'id' | 'rowSources'>,
  documentId: string,
): Table {
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
    ...derivedProvenance(
      NAME,
      source,
      items.map((_, index) => index),
    ),
  };
}
