import { DocumentIdSchema } from '@gongbao/core';
import { z } from 'zod';

/**
 * A known gap in the data: something the text states that a dataset does not hold, because the
 * source stops early or prints it elsewhere — found by a build check that compares the dataset
 * with the text, so the gap is stated rather than silent.
 *
 * @example
 * ```ts
 * const gap = KnownGapSchema.parse({
 *   id: 'key-projects-source-ends-early', dataset: 'key-projects', documentId: '长政办发-2024-17',
 *   description: 'The 清单 stops before the end of the plan.', line: 1417, missing: ['二、(五) 推进公共服务一体化'],
 * });
 * gap.missing.length; //=> 1
 * ```
 */
export const KnownGapSchema = z
  .strictObject({
    id: z.string().min(1).describe('Stable id of the gap.'),
    dataset: z.string().min(1).describe('The dataset (or source table) with the gap, e.g. key-projects.'),
    documentId: DocumentIdSchema.describe('The document whose text states what is missing.'),
    description: z.string().min(1).describe('What is missing and why, in words.'),
    line: z
      .number()
      .int()
      .min(1)
      .nullable()
      .describe('1-based line in the verbatim source where the dataset’s source stops; null when unknown.'),
    missing: z
      .array(z.string().min(1))
      .min(1)
      .describe('What the text states that the dataset lacks, one entry per item or action.'),
  })
  .describe('A known gap in a dataset.');

/** A known gap; see {@link KnownGapSchema}. */
export type KnownGap = z.infer<typeof KnownGapSchema>;
