import { DocumentIdSchema, IsoDateSchema } from '@gongbao/core';
import { z } from 'zod';
import { TIMELINE_KINDS } from './timeline-kinds.js';

/**
 * One dated commitment of the issue: the date, its kind, the document and the words that state it.
 *
 * @example
 * ```ts
 * const entry = TimelineEntrySchema.parse({
 *   date: '2024-12-31', kind: 'deadline', documentId: '长政发-2024-5', documentNumber: '长政发〔2024〕5号',
 *   text: '2024 年底前', context: '2024 年底前,消防车通道……基本清除;', path: 'enclosures/0/body/1/children/3', line: 124,
 * });
 * entry.kind; //=> 'deadline'
 * TimelineEntrySchema.safeParse({ ...entry, date: '2024-02-30' }).success; //=> false
 * ```
 */
export const TimelineEntrySchema = z
  .strictObject({
    date: IsoDateSchema.describe(
      'The date: the last day of a deadline or target year, the first day in force, or the last day of validity.',
    ),
    kind: z.literal(TIMELINE_KINDS).describe('deadline, recurring, target, effective or expiry.'),
    documentId: DocumentIdSchema.describe('The document that states the commitment.'),
    documentNumber: z.string().describe('Its 发文字号, canonical.'),
    text: z.string().min(1).describe('The words that give the date, as written, e.g. 2024 年底前.'),
    context: z.string().min(1).describe('The clause or sentence around them.'),
    path: z.string().describe('Where in the document: the block path (as in search hits), or validity.'),
    line: z
      .number()
      .int()
      .min(1)
      .nullable()
      .describe(
        '1-based line in the verbatim source of the block stating it (for a table row: of the row itself); null when unknown.',
      ),
  })
  .describe('A dated commitment of the issue.');

/** One dated commitment; see {@link TimelineEntrySchema}. */
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
