/**
 * The timeline as a table (the `timeline` dataset). Its rows are the timeline entries themselves,
 * so the package stores them once (`generated/timeline.ts`) and builds this table on load.
 *
 * @internal
 * @packageDocumentation
 */
import type { ReadonlyDeep, Table } from '@gongbao/core';
import type { TimelineEntry } from './timeline-entry.js';

/** The id of the timeline dataset in `tables` and `datasets`. */
export const TIMELINE_TABLE_ID = 'timeline';

/**
 * The places an entry was read from as one cell: `path@line` joined by `; ` (`@?` for an unknown
 * line).
 *
 * @param entry - A timeline entry.
 * @returns The cell text, e.g. `enclosures/0/body/4/children/1/children/2/children/0@1117; attachments/1/body/0/table/rows/1@1364`.
 */
export function sourcesCell(entry: ReadonlyDeep<Pick<TimelineEntry, 'sources'>>): string {
  return entry.sources.map((s) => `${s.path}@${s.line ?? '?'}`).join('; ');
}

/**
 * The timeline as a table: one row per entry, in the order given (the stored timeline is sorted
 * by date, then document and reading order); `sources` as one text cell (see {@link sourcesCell}).
 *
 * @param entries - The timeline entries, already in order.
 * @returns The `timeline` table, valid for `TableSchema`.
 */
export function timelineTable(entries: ReadonlyDeep<TimelineEntry[]>): Table {
  return {
    id: TIMELINE_TABLE_ID,
    title: '时间表：本期公报中的期限、目标年份、施行与失效日期',
    description:
      'Every dated commitment in the text of the issue, each once with every place it is stated: deadlines and recurring deadlines (findDates of @gongbao/utils, relative ones counted from the 成文日期), yearly targets (到2025年 …), milestones named by a year or month only (2024年完成…, precision year), effective dates (自公布之日起施行: the 成文日期 standing in, basis written-date), and the expiry of each stated validity period; sorted by date.',
    columns: [
      {
        name: 'date',
        type: 'date',
        description:
          'The date (ISO): for a precision coarser than day, the last day of the period (first for a start).',
      },
      {
        name: 'precision',
        type: 'string',
        description: 'How exact the text states it: day, month, quarter, half-year, year.',
      },
      {
        name: 'basis',
        type: 'string',
        description:
          'Where the date comes from: stated, month, written-date (成文日期 standing in), period, period-from-month, period-from-written-date.',
      },
      { name: 'kind', type: 'string', description: 'deadline, recurring, target, milestone, effective or expiry.' },
      { name: 'documentId', type: 'string', description: 'The document stating it.' },
      { name: 'docNumber', type: 'string', description: 'Its 发文字号 (documents.docNumber).' },
      { name: 'dateText', type: 'string', description: 'The words giving the date, as written.' },
      { name: 'context', type: 'string', description: 'The clause around them.' },
      { name: 'path', type: 'string', description: 'The block path in the document where it is first stated.' },
      {
        name: 'line',
        type: 'integer',
        description:
          '1-based line in the verbatim source of the block first stating it (for a table row: of the row itself); null when unknown.',
      },
      {
        name: 'sources',
        type: 'string',
        description:
          'Every place it is stated, path@line joined by "; " (the plan text and an attachment repeating it).',
      },
    ],
    rows: entries.map((entry) => ({ ...entry, sources: sourcesCell(entry) })),
    totals: [],
    notes: [],
  };
}
