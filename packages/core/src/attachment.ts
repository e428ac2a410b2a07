import { z } from 'zod';
import { AttachedDocumentSchema } from './attached-document.js';
import { BlockSchema } from './block.js';
import { bounded } from './internal/issues.js';
import { boundedText, LIMITS, positiveInt } from './internal/text.js';
import { SourceRangeSchema } from './source-range.js';

/**
 * An attachment (附件): an item of the 附件说明 list (`附件：1. 长治市消防站……建设计划表`) — its
 * number and title — and, when the attachment is printed with the document, its content: blocks
 * (usually one table, sometimes text) in `body`, or a whole nested document in `document`, never
 * both. `number` is absent when a single attachment is listed without one (`附件：……目录`).
 *
 * @example
 * ```ts
 * const attachment = AttachmentSchema.parse({ number: 2, title: '长治市消防救援队伍消防车辆配备计划表' });
 * attachment.number; //=> 2
 * AttachmentSchema.safeParse({ number: 0, title: 'x' }).success; //=> false
 * ```
 */
export const AttachmentSchema = bounded(
  z
    .strictObject({
      /** 附件序号: 1, 2, 3 …; absent for a single unnumbered attachment. */
      number: positiveInt('the attachment number')
        .optional()
        .describe('附件序号: 1, 2, 3 …; absent for a single unnumbered attachment.'),
      /** 附件名称: the title as listed in 附件说明. */
      title: boundedText(LIMITS.title, 'the attachment title').describe('附件名称: the title as listed in 附件说明.'),
      /** The label printed above the attachment, e.g. 附件1 or 附件 2. */
      label: boundedText(LIMITS.name, 'the attachment label')
        .optional()
        .describe('The label printed above the attachment, e.g. 附件1 or 附件 2.'),
      /** The attachment content as blocks, usually one table. */
      body: z.array(BlockSchema).optional().describe('The attachment content as blocks, usually one table.'),
      /** The attachment content when it is a whole document with its own issuer and date. */
      document: AttachedDocumentSchema.optional().describe(
        'The attachment content when it is a whole document with its own issuer and date.',
      ),
      /** Where the attachment content is in the source. */
      source: SourceRangeSchema.optional().describe('Where the attachment content is in the source.'),
    })
    .refine((a) => a.body === undefined || a.document === undefined, {
      message: 'Expected an attachment with body or document, not both',
      path: ['document'],
    })
    .describe('附件: an attachment list item and its content.'),
);

/** An attachment; see {@link AttachmentSchema}. */
export type Attachment = z.infer<typeof AttachmentSchema>;
