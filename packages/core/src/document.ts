import { z } from 'zod';
import { AttachmentSchema } from './attachment.js';
import { BlockSchema } from './block.js';
import { CitationSchema } from './citation.js';
import { DisclosureSchema } from './disclosure.js';
import { DocumentIdSchema, documentIdFromNumber } from './document-id.js';
import { type DocumentNumber, DocumentNumberSchema } from './document-number.js';
import { DocumentTypeSchema } from './document-type.js';
import { EnclosureSchema } from './enclosure.js';
import { bounded, quote } from './internal/issues.js';
import { boundedText, LIMITS, WHEN_FIELDS_VALID } from './internal/text.js';
import { IsoDateSchema } from './iso-date.js';
import { OrganizationSchema } from './organization.js';
import { PageRangeSchema } from './page-range.js';
import { SignatorySchema } from './signatory.js';
import { SiteMetadataSchema } from './site-metadata.js';
import { SourceRangeSchema } from './source-range.js';
import { ValiditySchema } from './validity.js';

/**
 * Security classifications (密级) of GB/T 9704-2012 §7.2.2: 绝密, 机密, 秘密.
 *
 * @example
 * ```ts
 * CLASSIFICATION_LEVELS; //=> ['绝密', '机密', '秘密']
 * ```
 */
export const CLASSIFICATION_LEVELS = Object.freeze(['绝密', '机密', '秘密'] as const);

/**
 * Urgency marks (紧急程度) of GB/T 9704-2012 §7.2.3: 特急, 加急 (telegrams also 特提, 平急).
 *
 * @example
 * ```ts
 * URGENCY_LEVELS.includes('特急'); //=> true
 * ```
 */
export const URGENCY_LEVELS = Object.freeze(['特提', '特急', '加急', '平急'] as const);

/**
 * 密级和保密期限 (GB/T 9704-2012 §7.2.2): the classification and, when stated, the period as written.
 *
 * @example
 * ```ts
 * ClassificationSchema.parse({ level: '秘密', period: '1年' }).level; //=> '秘密'
 * ```
 */
export const ClassificationSchema = bounded(
  z
    .strictObject({
      /** 密级: 绝密, 机密 or 秘密. */
      level: z.literal(CLASSIFICATION_LEVELS).describe('密级: 绝密, 机密 or 秘密.'),
      /** 保密期限 as written, e.g. 1年. */
      period: boundedText(LIMITS.name, 'the secrecy period').optional().describe('保密期限 as written, e.g. 1年.'),
    })
    .describe('密级和保密期限: security classification and period.'),
);

/** A classification; see {@link ClassificationSchema}. */
export type Classification = z.infer<typeof ClassificationSchema>;

/**
 * 印发机关和印发日期 (GB/T 9704-2012 §7.4.3): the office that printed and sent the document, and the
 * date it was sent.
 *
 * @example
 * ```ts
 * PrintingSchema.parse({ organization: '长治市人民政府办公室', date: '2024-06-05' }).date; //=> '2024-06-05'
 * ```
 */
export const PrintingSchema = bounded(
  z
    .strictObject({
      /** 印发机关: the office that printed the document. */
      organization: boundedText(LIMITS.name, 'the printing office').describe(
        '印发机关: the office that printed the document.',
      ),
      /** 印发日期: the date it was printed and sent. */
      date: IsoDateSchema.describe('印发日期: the date it was printed and sent.'),
    })
    .describe('印发机关和印发日期.'),
);

/** The printing office and date; see {@link PrintingSchema}. */
export type Printing = z.infer<typeof PrintingSchema>;

const names = (what: string) => z.array(boundedText(LIMITS.name, what));

/** The fields of a document, shared by DocumentSchema and DocumentDraftSchema (not public). */
export const documentShape = {
  /** Stable id derived from the 发文字号, e.g. 长政发-2024-5 (see documentIdFromNumber). */
  id: DocumentIdSchema,
  /** 发文字号: the document number, parsed. */
  docNumber: DocumentNumberSchema,
  /** 标题: the full title, lines joined, e.g. 长治市人民政府关于……的通知. */
  title: boundedText(LIMITS.title, 'the document title').describe(
    '标题: the full title, lines joined, e.g. 长治市人民政府关于……的通知.',
  ),
  /** 文种: the document type, from the last words of the title (通知, 批复 …). */
  type: DocumentTypeSchema,
  /** 发文机关: the issuing organisations, in the order written (several for joint documents). */
  issuers: z
    .array(OrganizationSchema)
    .min(1, 'Expected at least one issuer')
    .describe('发文机关: the issuing organisations, in the order written (several for joint documents).'),
  /** 主送机关 as written, split at top-level ，(commas inside brackets do not split), e.g. 各县、区人民政府; empty when there are none. */
  addressees: names('an addressee').describe(
    '主送机关 as written, split at top-level ，(commas inside brackets do not split), e.g. 各县、区人民政府; empty when there are none.',
  ),
  /** 正文: the body of the document (before the signatures) as a block tree. */
  body: z.array(BlockSchema).describe('正文: the body of the document (before the signatures) as a block tree.'),
  /** 发文机关署名: the signatures, in order. */
  signatories: z.array(SignatorySchema).describe('发文机关署名: the signatures, in order.'),
  /** 成文日期: the date the document was signed. */
  writtenDate: IsoDateSchema.describe('成文日期: the date the document was signed.'),
  /** 附注 as written, without its enclosing brackets, e.g. 此件公开发布. */
  note: boundedText(LIMITS.text, 'the note')
    .optional()
    .describe('附注 as written, without its enclosing brackets, e.g. 此件公开发布.'),
  /** 公开属性 stated by the 附注: public (此件公开发布 / 此件主动公开), on-request, not-public; absent when not stated. */
  disclosure: DisclosureSchema.optional().describe(
    '公开属性 stated by the 附注: public (此件公开发布 / 此件主动公开), on-request, not-public; absent when not stated.',
  ),
  /** 附件: the 附件说明 items, in order, with their content when printed. */
  attachments: z
    .array(AttachmentSchema)
    .describe('附件: the 附件说明 items, in order, with their content when printed.'),
  /** 印发的文件: the texts this (印发) notice publishes, in order. */
  enclosures: z.array(EnclosureSchema).describe('印发的文件: the texts this (印发) notice publishes, in order.'),
  /** 引用: other documents cited in the text, in reading order. */
  citations: z.array(CitationSchema).describe('引用: other documents cited in the text, in reading order.'),
  /** 效力: the stated effective date and period; absent when the text says nothing. */
  validity: ValiditySchema.optional().describe(
    '效力: the stated effective date and period; absent when the text says nothing.',
  ),
  /** 废止: numbers of the documents this one repeals. */
  repeals: z.array(DocumentNumberSchema).describe('废止: numbers of the documents this one repeals.'),
  /** 栏目: the table-of-contents section of the gazette, e.g. 市政府文件; absent outside a gazette. */
  section: boundedText(LIMITS.name, 'the gazette section')
    .optional()
    .describe('栏目: the table-of-contents section of the gazette, e.g. 市政府文件; absent outside a gazette.'),
  /** 页码: the gazette pages; absent outside a gazette. */
  pages: PageRangeSchema.optional().describe('页码: the gazette pages; absent outside a gazette.'),
  /** 份号: the copy number, e.g. 000001. */
  copyNumber: boundedText(LIMITS.name, 'the copy number').optional().describe('份号: the copy number, e.g. 000001.'),
  /** 密级和保密期限 (GB/T 9704-2012 §7.2.2), for classified documents. */
  classification: ClassificationSchema.optional(),
  /** 紧急程度: 特急 or 加急 (telegrams: 特提, 平急). */
  urgency: z.literal(URGENCY_LEVELS).optional().describe('紧急程度: 特急 or 加急 (telegrams: 特提, 平急).'),
  /** 签发人: the signing officials of an upward document, in order. */
  signers: names('a signer').optional().describe('签发人: the signing officials of an upward document, in order.'),
  /** 抄送机关: organisations sent a copy, as written. */
  copyTo: names('a copy recipient').optional().describe('抄送机关: organisations sent a copy, as written.'),
  /** 印发机关和印发日期 (GB/T 9704-2012 §7.4.3), when printed. */
  printing: PrintingSchema.optional(),
  /** The metadata box of a web copy (索引号, 发文机关, 发文字号 …) and which facts came from it. */
  siteMetadata: SiteMetadataSchema.optional(),
  /** Where the document is in the source. */
  source: SourceRangeSchema.optional().describe('Where the document is in the source.'),
};

/**
 * The id must be the one derived from the 发文字号; checked only when both are there (a draft may
 * lack them). Shared by DocumentSchema and DocumentDraftSchema (not public).
 */
export function checkIdMatchesNumber(
  doc: { id?: string | undefined; docNumber?: DocumentNumber | undefined },
  ctx: z.RefinementCtx,
): void {
  if (doc.id === undefined || doc.docNumber === undefined) return;
  const expected = documentIdFromNumber(doc.docNumber);
  if (doc.id !== expected) {
    ctx.addIssue({
      code: 'custom',
      path: ['id'],
      message: `Expected id ${quote(expected)} (derived from the 发文字号)`,
    });
  }
}

/**
 * An official document (公文) as GB/T 9704-2012 defines it and a gazette carries it: its stable
 * `id` (derived from the 发文字号, see {@link documentIdFromNumber}), `docNumber`, `title`, `type`
 * (文种), `issuers` (one or several — joint issuance), `addressees` (主送机关), `body` (block tree),
 * `signatories` (发文机关署名), `writtenDate` (成文日期), `note` (附注) and `disclosure`,
 * `attachments` (附件说明 items with their content), `enclosures` (the texts a 印发 notice
 * publishes), `citations`, `validity` (absent when the text says nothing), `repeals` (废止),
 * gazette `section` and `pages`; plus the optional elements of the standard (份号, 密级, 紧急程度,
 * 签发人, 抄送, 印发机关和印发日期). Lists are always present, empty when there is nothing.
 *
 * @example
 * ```ts
 * const doc = DocumentSchema.parse({
 *   id: '长政函-2024-22',
 *   docNumber: { agency: '长政函', year: 2024, serial: 22, canonical: '长政函〔2024〕22号', raw: '长政函〔2024〕22号' },
 *   title: '长治市人民政府关于长治市现代水网建设规划(2021-2035年)的批复',
 *   type: '批复',
 *   issuers: [{ name: '长治市人民政府' }],
 *   addressees: ['市水务局'],
 *   body: [{ type: 'paragraph', text: '你局《关于……的请示》收悉。' }],
 *   signatories: [{ name: '长治市人民政府' }],
 *   writtenDate: '2024-05-11',
 *   note: '此件公开发布',
 *   disclosure: 'public',
 *   attachments: [],
 *   enclosures: [],
 *   citations: [],
 *   repeals: [],
 *   section: '市政府函件',
 *   pages: { start: 28 },
 * });
 * doc.type; //=> '批复'
 * DocumentSchema.safeParse({ ...doc, id: '长政函-2024-23' }).success; //=> false
 * DocumentSchema.safeParse({ ...doc, writtenDate: '2024-13-45' }).success; //=> false
 * ```
 */
export const DocumentSchema = bounded(
  z
    .strictObject(documentShape)
    .superRefine(checkIdMatchesNumber, WHEN_FIELDS_VALID)
    .describe('公文: an official document (GB/T 9704-2012) as published in a gazette.'),
);

/** An official document; see {@link DocumentSchema}. */
export type Document = z.infer<typeof DocumentSchema>;
