import { z } from 'zod';
import { DisclosureSchema } from './disclosure.js';
import { DocumentNumberSchema } from './document-number.js';
import { bounded } from './internal/issues.js';
import { boundedText, LIMITS } from './internal/text.js';
import { IsoDateSchema } from './iso-date.js';
import { SourceRangeSchema } from './source-range.js';

/**
 * The facts of a document that a government website's metadata box (索引号, 发文机关, 发文字号,
 * 成文日期 …) can state: the names of the document fields they fill.
 *
 * @example
 * ```ts
 * SITE_METADATA_FACTS.includes('docNumber'); //=> true
 * ```
 */
export const SITE_METADATA_FACTS = Object.freeze([
  'title',
  'docNumber',
  'issuers',
  'writtenDate',
  'effectiveFrom',
  'until',
  'disclosure',
] as const);

/** One of {@link SITE_METADATA_FACTS}. */
export type SiteMetadataFact = (typeof SITE_METADATA_FACTS)[number];

const text = (what: string) => boundedText(LIMITS.title, what);

/**
 * The metadata box of a web copy of a document (信息公开 pages): what it states, as read — 索引号,
 * 发文机关 / 发文机构 / 发布机构, 发文字号 / 文号, 名称, 成文日期 / 发文日期, 发布日期, 生效 / 废止日期,
 * 公开方式, 有效性 / 效力状态 — and how the document used it: `used` lists the facts taken from
 * the box because the body lacks them, `mismatches` those where the box and the body disagree
 * (the body wins). The box is the website's record, not part of the 公文.
 *
 * @example
 * ```ts
 * const box = SiteMetadataSchema.parse({ writtenDate: '2008-01-11', status: '现行有效', used: ['writtenDate'], mismatches: [] });
 * box.used; //=> ['writtenDate']
 * SiteMetadataSchema.safeParse({ used: ['colour'], mismatches: [] }).success; //=> false
 * ```
 */
export const SiteMetadataSchema = bounded(
  z
    .strictObject({
      /** 索引号: the site's index number, e.g. 001008003001086/2020-42401. */
      indexNumber: text('the index number').optional().describe('索引号: the site’s index number.'),
      /** 名称 / 标题: the title the box gives. */
      title: text('the title').optional().describe('名称 / 标题: the title the box gives.'),
      /** 发文机关 / 发文机构 / 发布机构, as written. */
      issuer: text('the issuer').optional().describe('发文机关 / 发文机构 / 发布机构, as written.'),
      /** 发文字号 / 文号 / 文件编号, parsed. */
      docNumber: DocumentNumberSchema.optional().describe('发文字号 / 文号 / 文件编号, parsed.'),
      /** 成文日期 / 发文日期. */
      writtenDate: IsoDateSchema.optional().describe('成文日期 / 发文日期.'),
      /** 发布日期 / 公开日期 / 发布时间: when the site published it. */
      publishedDate: IsoDateSchema.optional().describe('发布日期 / 公开日期 / 发布时间: when the site published it.'),
      /** 施行日期 / 生效时间. */
      effectiveFrom: IsoDateSchema.optional().describe('施行日期 / 生效时间.'),
      /** 废止时间 / 失效时间. */
      until: IsoDateSchema.optional().describe('废止时间 / 失效时间.'),
      /** 公开方式 / 公开类别, as a disclosure attribute. */
      disclosure: DisclosureSchema.optional().describe('公开方式 / 公开类别, as a disclosure attribute.'),
      /** 有效性 / 效力状态 / 时效性, as written (有效, 现行有效, 失效 …). */
      status: text('the validity status')
        .optional()
        .describe('有效性 / 效力状态 / 时效性, as written (有效, 现行有效, 失效 …).'),
      /** The facts the document took from the box because its text lacks them. */
      used: z
        .array(z.literal(SITE_METADATA_FACTS))
        .describe('The facts the document took from the box because its text lacks them.'),
      /** The facts where the box and the document text disagree (the text is kept). */
      mismatches: z
        .array(z.literal(SITE_METADATA_FACTS))
        .describe('The facts where the box and the document text disagree (the text is kept).'),
      /** Where the box is in the source. */
      source: SourceRangeSchema.optional().describe('Where the box is in the source.'),
    })
    .describe('The metadata box of a web copy of a document, and which facts came from it.'),
);

/** A website's metadata box; see {@link SiteMetadataSchema}. */
export type SiteMetadata = z.infer<typeof SiteMetadataSchema>;
