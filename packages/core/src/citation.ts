import { z } from 'zod';
import { DocumentIdSchema } from './document-id.js';
import { DocumentNumberSchema } from './document-number.js';
import { bounded } from './internal/issues.js';
import { boundedText, LIMITS } from './internal/text.js';
import { SourceRangeSchema } from './source-range.js';

/**
 * A citation (引用) in the text of another document: its title in 《》 and/or its 发文字号, the
 * issuer named before the title when there is one (国务院《关于……的意见》), the text as written, its
 * place in the source, and — when the cited document is in the same collection — its id.
 * A citation has a title, a number, or both.
 *
 * @example
 * ```ts
 * const citation = CitationSchema.parse({
 *   title: '山西省公益性岗位开发管理暂行办法',
 *   docNumber: { agency: '晋人社厅发', year: 2019, serial: 59, canonical: '晋人社厅发〔2019〕59号', raw: '晋人社厅发〔2019〕59号' },
 *   text: '《山西省公益性岗位开发管理暂行办法》(晋人社厅发〔2019〕59号)',
 * });
 * citation.docNumber?.serial; //=> 59
 * CitationSchema.safeParse({ text: '有关规定' }).success; //=> false
 * ```
 */
export const CitationSchema = bounded(
  z
    .strictObject({
      /** The cited title, without the book-title marks 《》. */
      title: boundedText(LIMITS.title, 'the cited title')
        .optional()
        .describe('The cited title, without the book-title marks 《》.'),
      /** 发文字号 of the cited document, when the text gives it. */
      docNumber: DocumentNumberSchema.optional().describe('发文字号 of the cited document, when the text gives it.'),
      /** The issuer named before the title, e.g. 国务院 in 国务院《关于加强和改进消防工作的意见》. */
      issuer: boundedText(LIMITS.name, 'the cited issuer')
        .optional()
        .describe('The issuer named before the title, e.g. 国务院 in 国务院《关于加强和改进消防工作的意见》.'),
      /** The citation exactly as written, e.g. 《……》(长科发[2022]11号). */
      text: boundedText(LIMITS.title, 'the citation as written')
        .optional()
        .describe('The citation exactly as written, e.g. 《……》(长科发[2022]11号).'),
      /** Id of the cited document when it is in the same collection (issue). */
      resolvedDocumentId: DocumentIdSchema.optional().describe(
        'Id of the cited document when it is in the same collection (issue).',
      ),
      /** Where the citation is in the source. */
      source: SourceRangeSchema.optional().describe('Where the citation is in the source.'),
    })
    .refine((citation) => citation.title !== undefined || citation.docNumber !== undefined, {
      message: 'Expected a citation with a title, a docNumber, or both',
      path: ['title'],
    })
    .describe('引用: a reference to another document by title and/or 发文字号.'),
);

/** A citation; see {@link CitationSchema}. */
export type Citation = z.infer<typeof CitationSchema>;
