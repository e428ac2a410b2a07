import { z } from 'zod';
import { DocumentIdSchema } from './document-id.js';
import { DocumentNumberSchema } from './document-number.js';
import { bounded } from './internal/issues.js';
import { boundedText, LIMITS, positiveInt } from './internal/text.js';
import { SourceRangeSchema } from './source-range.js';

/**
 * The sections (栏目) of the table of contents of 长治市人民政府公报, in order. Other issues and
 * other gazettes have other sections (市政府令, 人事任免 …), so {@link TocEntrySchema} accepts any
 * section name; this list names the ones of this gazette.
 *
 * @example
 * ```ts
 * GAZETTE_SECTIONS[0]; //=> '市政府文件'
 * ```
 */
export const GAZETTE_SECTIONS = Object.freeze([
  '市政府文件',
  '市政府函件',
  '市政府办公室文件',
  '市政府办公室函件',
  '市政府规范性文件',
  '市政府部门规范性文件',
] as const);

/**
 * One of the known sections; see {@link GAZETTE_SECTIONS}.
 *
 * @example
 * ```ts
 * GazetteSectionSchema.safeParse('市政府规范性文件').success; //=> true
 * ```
 */
export const GazetteSectionSchema = bounded(
  z
    .literal(GAZETTE_SECTIONS)
    .describe(
      '栏目: 市政府文件, 市政府函件, 市政府办公室文件, 市政府办公室函件, 市政府规范性文件, 市政府部门规范性文件.',
    ),
);

/** One of the known sections; see {@link GazetteSectionSchema}. */
export type GazetteSection = z.infer<typeof GazetteSectionSchema>;

/**
 * An entry of the table of contents (目录): its section, the title and 发文字号 as listed (the TOC
 * writes numbers with [ ], normalised in `docNumber` and kept in `docNumber.raw`), the start page
 * and the end page (the page before the next entry's start, when known), and the id of the
 * document it lists.
 *
 * @example
 * ```ts
 * TocEntrySchema.parse({ section: '市政府文件', title: '长治市人民政府关于加强重点建设项目土地要素保障工作的通知', startPage: 15, endPage: 17 }).startPage; //=> 15
 * ```
 */
export const TocEntrySchema = bounded(
  z
    .strictObject({
      /** 栏目: the section the entry is listed under, e.g. 市政府文件; absent when the table of contents has none. */
      section: boundedText(LIMITS.name, 'the section name')
        .optional()
        .describe(
          '栏目: the section the entry is listed under, e.g. 市政府文件; absent when the table of contents has none.',
        ),
      /** 标题 as listed in the table of contents. */
      title: boundedText(LIMITS.title, 'the listed title').describe('标题 as listed in the table of contents.'),
      /** 发文字号 as listed (raw keeps the [ ] spelling). */
      docNumber: DocumentNumberSchema.optional().describe('发文字号 as listed (raw keeps the [ ] spelling).'),
      /** 起始页: the page number listed. */
      startPage: positiveInt('the start page').describe('起始页: the page number listed.'),
      /** 终止页: the last page, from the next entry (inclusive). */
      endPage: positiveInt('the end page')
        .optional()
        .describe('终止页: the last page, from the next entry (inclusive).'),
      /** Id of the document this entry lists. */
      documentId: DocumentIdSchema.optional().describe('Id of the document this entry lists.'),
      /** Where the entry is in the source. */
      source: SourceRangeSchema.optional().describe('Where the entry is in the source.'),
    })
    .refine((entry) => entry.endPage === undefined || entry.endPage >= entry.startPage, {
      message: 'Expected endPage ≥ startPage',
      path: ['endPage'],
    })
    .describe('目录条目: an entry of the table of contents.'),
);

/** An entry of the table of contents; see {@link TocEntrySchema}. */
export type TocEntry = z.infer<typeof TocEntrySchema>;
