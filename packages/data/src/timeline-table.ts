/**
 * The timeline as a table (the `timeline` dataset). Its rows are the timeline entries themselves,
 * so the package stores them once (`generated/timeline.ts`) and builds this table on load.
 *
 * @internal
 * @packageDocumentation
 */
import type { Table } from '@gongbao/core';
import type { TimelineEntry } from './timeline-entry.js';

/** The id of the timeline dataset in `tables` and `datasets`. */
export const TIMELINE_TABLE_ID = 'timeline';

/**
 * The timeline as a table: one row per entry, in the order given (the stored timeline is sorted
 * by date, then document and reading order).
 *
 * @param entries - The timeline entries, already in order.
 * @returns The `timeline` table, valid for `TableSchema`.
 */
export function timelineTable(entries: readonly TimelineEntry[]): Table {
  return {
    id: TIMELINE_TABLE_ID,
    title: '时间表：本期公报中的期限、目标年份、施行与失效日期',
    description:
      'Every dated commitment in the text of the issue: deadlines and recurring deadlines (findDates of @gongbao/utils, relative ones counted from the 成文日期), yearly targets (到2025年 …, dated to 31 December), effective dates, and the expiry of each stated validity period; sorted by date.',
    columns: [
      { name: 'date', type: 'date', description: 'The date (ISO).' },
      { name: 'kind', type: 'string', description: 'deadline, recurring, target, effective or expiry.' },
      { name: 'documentId', type: 'string', description: 'The document stating it.' },
      { name: 'documentNumber', type: 'string', description: 'Its 发文字号.' },
      { name: 'text', type: 'string', description: 'The words giving the date, as written.' },
      { name: 'context', type: 'string', description: 'The clause around them.' },
      { name: 'path', type: 'string', description: 'The block path in the document.' },
      {
        name: 'line',
        type: 'integer',
        description:
          '1-based line in the verbatim source of the block stating it (for a table row: of the row itself); null when unknown.',
      },
    ],
    rows: entries.map((entry) => ({ ...entry })),
    totals: [],
    notes: [],
  };
}
