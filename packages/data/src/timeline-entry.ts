import { DocumentIdSchema, IsoDateSchema } from '@gongbao/core';
import { z } from 'zod';
import { DATE_BASES, DATE_PRECISIONS, TIMELINE_KINDS } from './timeline-kinds.js';

/**
 * One place a timeline entry was read from: the block path in the document and its source line.
 *
 * @example
 * ```ts
 * TimelineSourceSchema.parse({ path: 'attachments/1/body/0/table/rows/1', line: 1364 }).line; //=> 1364
 * ```
 */
export const TimelineSourceSchema = z
  .strictObject({
    path: z.string().describe('The block path in the document (as in search hits), or validity.'),
    line: z
      .number()
      .int()
      .min(1)
      .nullable()
      .describe(
        '1-based line in the verbatim source of the block (for a table row: of the row itself); null when unknown.',
      ),
  })
  .describe('One place a commitment was read from.');

/** One place a timeline entry was read from; see {@link TimelineSourceSchema}. */
export type TimelineSource = z.infer<typeof TimelineSourceSchema>;

/**
 * One dated commitment of the issue: the date, how exact the text states it, its kind, the
 * document, the words that state it, and every place it was read from (a plan's text and the
 * table of its attachment that repeats it are one commitment with two sources).
 *
 * @example
 * ```ts
 * const entry = TimelineEntrySchema.parse({
 *   date: '2024-12-31', precision: 'year', basis: 'stated', kind: 'deadline', documentId: '长政发-2024-5',
 *   docNumber: '长政发〔2024〕5号', dateText: '2024 年底前', context: '2024 年底前,消防车通道……基本清除;',
 *   path: 'enclosures/0/body/1/children/3', line: 124,
 *   sources: [{ path: 'enclosures/0/body/1/children/3', line: 124 }],
 * });
 * entry.kind; //=> 'deadline'
 * TimelineEntrySchema.safeParse({ ...entry, date: '2024-02-30' }).success; //=> false
 * TimelineEntrySchema.safeParse({ ...entry, sources: [] }).success; //=> false
 * ```
 */
export const TimelineEntrySchema = z
  .strictObject({
    date: IsoDateSchema.describe(
      'The date: the last day of a deadline, target or milestone period, the first day in force (or of a start), or the last day of validity; see precision.',
    ),
    precision: z
      .literal(DATE_PRECISIONS)
      .describe(
        'How exact the text states the date: day, month, quarter, half-year or year. Coarser than day: the text names no day, and date is the last day of that period (the first for a start).',
      ),
    basis: z
      .literal(DATE_BASES)
      .describe(
        'Where the date comes from: stated (the words give it), month (first day of a stated month), written-date (the 成文日期 standing in for an unstated publication date), or, for an expiry, period / period-from-month / period-from-written-date.',
      ),
    kind: z.literal(TIMELINE_KINDS).describe('deadline, recurring, target, milestone, effective or expiry.'),
    documentId: DocumentIdSchema.describe('The document that states the commitment.'),
    docNumber: z.string().describe('Its 发文字号, canonical (documents.docNumber).'),
    dateText: z.string().min(1).describe('The words that give the date, as written, e.g. 2024 年底前.'),
    context: z.string().min(1).describe('The clause or sentence around them.'),
    path: z
      .string()
      .describe('Where in the document it is first stated: the block path (as in search hits), or validity.'),
    line: z
      .number()
      .int()
      .min(1)
      .nullable()
      .describe(
        '1-based line in the verbatim source of the block first stating it (for a table row: of the row itself); null when unknown.',
      ),
    sources: z
      .array(TimelineSourceSchema)
      .min(1)
      .describe(
        'Every place the commitment was read from, in reading order; the first is path and line. A commitment repeated in an attachment is one entry with both sources.',
      ),
  })
  .refine((e) => e.sources[0]?.path === e.path && e.sources[0]?.line === e.line, {
    message: 'Expected the first source to be path and line',
    path: ['sources'],
  })
  .describe('A dated commitment of the issue.');

/** One dated commitment; see {@link TimelineEntrySchema}. */
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
