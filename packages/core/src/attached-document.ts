import { z } from 'zod';
import { BlockSchema } from './block.js';
import { DocumentNumberSchema } from './document-number.js';
import { bounded } from './internal/issues.js';
import { boundedText, LIMITS } from './internal/text.js';
import { IsoDateSchema } from './iso-date.js';
import { OrganizationSchema } from './organization.js';
import { SignatorySchema } from './signatory.js';
import { SourceRangeSchema } from './source-range.js';

/**
 * A whole document carried as an attachment, with its own issuer, addressees, signatures and
 * date — for example the 起草说明 (drafting note) of the 住房和城乡建设局 attached to
 * 长政办发〔2024〕17号. It has no place of its own in the gazette, so no id, pages or section;
 * its 发文字号 is usually absent.
 *
 * @example
 * ```ts
 * const note = AttachedDocumentSchema.parse({
 *   title: '关于长治市推进以县城为重要载体的城镇化建设行动方案的起草说明及采纳情况',
 *   issuers: [{ name: '长治市住房和城乡建设局' }],
 *   addressees: ['市政府'],
 *   body: [{ type: 'paragraph', text: '……' }],
 *   signatories: [{ name: '长治市住房和城乡建设局' }],
 *   writtenDate: '2024-05-29',
 * });
 * note.writtenDate; //=> '2024-05-29'
 * ```
 */
export const AttachedDocumentSchema = bounded(
  z
    .strictObject({
      /** 标题: the title of the attached document. */
      title: boundedText(LIMITS.title, 'the attached document title').describe(
        '标题: the title of the attached document.',
      ),
      /** 发文字号, when the attached document has one. */
      docNumber: DocumentNumberSchema.optional().describe('发文字号, when the attached document has one.'),
      /** 发文机关: who wrote it (from the title or the signature). */
      issuers: z.array(OrganizationSchema).describe('发文机关: who wrote it (from the title or the signature).'),
      /** 主送机关 as written, split at top-level ，; empty when there are none. */
      addressees: z
        .array(boundedText(LIMITS.name, 'an addressee'))
        .describe('主送机关 as written, split at top-level ，; empty when there are none.'),
      /** 正文: the body as a block tree. */
      body: z.array(BlockSchema).describe('正文: the body as a block tree.'),
      /** 发文机关署名, in order. */
      signatories: z.array(SignatorySchema).describe('发文机关署名, in order.'),
      /** 成文日期, when the attached document is dated. */
      writtenDate: IsoDateSchema.optional().describe('成文日期, when the attached document is dated.'),
      /** Where the attached document is in the source. */
      source: SourceRangeSchema.optional().describe('Where the attached document is in the source.'),
    })
    .describe('A document carried as an attachment, with its own issuer and date.'),
);

/** A document carried as an attachment; see {@link AttachedDocumentSchema}. */
export type AttachedDocument = z.infer<typeof AttachedDocumentSchema>;
