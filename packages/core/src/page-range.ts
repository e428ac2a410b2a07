import { z } from 'zod';
import { bounded } from './internal/issues.js';
import { positiveInt } from './internal/text.js';

/**
 * Gazette pages (页码) of a document or TOC entry: the start page and, when known, the end page
 * (from the next entry's start).
 *
 * @example
 * ```ts
 * PageRangeSchema.parse({ start: 1, end: 11 }); //=> { start: 1, end: 11 }
 * PageRangeSchema.safeParse({ start: 12, end: 11 }).success; //=> false
 * ```
 */
export const PageRangeSchema = bounded(
  z
    .strictObject({
      /** 起始页: the first gazette page. */
      start: positiveInt('the start page').describe('起始页: the first gazette page.'),
      /** 终止页: the last gazette page (inclusive), when known. */
      end: positiveInt('the end page').optional().describe('终止页: the last gazette page (inclusive), when known.'),
    })
    .refine((pages) => pages.end === undefined || pages.end >= pages.start, {
      message: 'Expected end page ≥ start page',
      path: ['end'],
    })
    .describe('页码: gazette pages.'),
);

/** Gazette pages; see {@link PageRangeSchema}. */
export type PageRange = z.infer<typeof PageRangeSchema>;
