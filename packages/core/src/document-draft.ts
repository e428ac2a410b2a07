import { z } from 'zod';
import { checkIdMatchesNumber, documentShape } from './document.js';
import { DocumentIdSchema } from './document-id.js';
import { DocumentNumberSchema } from './document-number.js';
import { bounded } from './internal/issues.js';
import { WHEN_FIELDS_VALID } from './internal/text.js';
import { IsoDateSchema } from './iso-date.js';
import { OrganizationSchema } from './organization.js';

/**
 * A document as read, before its required elements are checked: every field of
 * {@link DocumentSchema}, but `id`, `docNumber`, `writtenDate`, `title` and `type` may be missing
 * and `issuers` empty — for texts that lack them (公告, 纪要 and 人事任免 without a 发文字号; a text
 * pasted without its date line; a web page that starts at the 主送机关, without title). A
 * parser can return it honestly where a {@link DocumentSchema} object cannot be made; anything
 * that passes {@link DocumentSchema} passes this schema too. When both `id` and `docNumber` are
 * there, the id must still be the one derived from the number.
 *
 * @example
 * ```ts
 * const draft = DocumentDraftSchema.parse({
 *   title: '长治市人民政府关于某某同志任职的通知',
 *   type: '通知',
 *   issuers: [{ name: '长治市人民政府' }],
 *   addressees: [],
 *   body: [{ type: 'paragraph', text: '……' }],
 *   signatories: [{ name: '长治市人民政府' }],
 *   attachments: [], enclosures: [], citations: [], repeals: [],
 * });
 * draft.docNumber; //=> undefined
 * DocumentSchema.safeParse(draft).success; //=> false
 * DocumentDraftSchema.safeParse({ ...draft, title: undefined, type: undefined, issuers: [] }).success; //=> true
 * ```
 */
export const DocumentDraftSchema = bounded(
  z
    .strictObject({
      ...documentShape,
      /** Stable id; derived from the 发文字号 when there is one (see documentIdFromNumber). */
      id: DocumentIdSchema.optional(),
      /** 发文字号, when the text has one. */
      docNumber: DocumentNumberSchema.optional().describe('发文字号, when the text has one.'),
      /** 成文日期, when the text has one. */
      writtenDate: IsoDateSchema.optional().describe('成文日期, when the text has one.'),
      /** 标题, when the text has one. */
      title: documentShape.title.optional().describe('标题, when the text has one.'),
      /** 文种, when the title names one. */
      type: documentShape.type.optional().describe('文种, when the title names one.'),
      /** 发文机关, as far as the text names them (empty when it names none). */
      issuers: z
        .array(OrganizationSchema)
        .describe('发文机关, as far as the text names them (empty when it names none).'),
    })
    .superRefine(checkIdMatchesNumber, WHEN_FIELDS_VALID)
    .describe('公文 as read: a document whose id, 发文字号 or 成文日期 may be missing.'),
);

/** A document as read; see {@link DocumentDraftSchema}. */
export type DocumentDraft = z.infer<typeof DocumentDraftSchema>;
