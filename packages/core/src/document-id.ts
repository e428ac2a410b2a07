import { z } from 'zod';
import type { DocumentNumber } from './document-number.js';
import { bounded } from './internal/issues.js';
import { LIMITS } from './internal/text.js';

/**
 * A document id: stable, derived from the 发文字号 as `机关代字-年份-序号` (`长政发-2024-5`), or
 * `机关代字-序号` for numbers without a year (`国务院令-713`). Ids are never reused.
 *
 * @example
 * ```ts
 * DocumentIdSchema.parse('长政发-2024-5'); //=> '长政发-2024-5'
 * DocumentIdSchema.safeParse('长政发〔2024〕5号').success; //=> false
 * ```
 */
export const DocumentIdSchema = bounded(
  z
    .string({ error: 'Expected a document id (a string)' })
    .max(LIMITS.name, `Expected a document id of at most ${LIMITS.name} characters`)
    .regex(/^[^\s〔〕[\]()（）]+?-(?:\d{4}-)?[1-9]\d*$/u, 'Expected a document id such as 长政发-2024-5')
    .describe(
      'Stable document id derived from the 发文字号: 机关代字-年份-序号, e.g. 长政发-2024-5 (国务院令-713 without a year).',
    ),
);

/** A document id; see {@link DocumentIdSchema}. */
export type DocumentId = z.infer<typeof DocumentIdSchema>;

/**
 * The stable id of the document with this 发文字号: `agency-year-serial`, or `agency-serial` when
 * the number has no year. Spaces in the agency code are dropped.
 *
 * @param docNumber - The parsed document number (only `agency`, `year` and `serial` are read).
 * @returns The id, e.g. `长政发-2024-5`.
 * @throws TypeError when `docNumber` is not an object with a string `agency` (never for a number
 *   `DocumentNumberSchema` accepted).
 * @example
 * ```ts
 * documentIdFromNumber({ agency: '长政发', year: 2024, serial: 5 }); //=> '长政发-2024-5'
 * documentIdFromNumber({ agency: '国务院令', serial: 713 });          //=> '国务院令-713'
 * ```
 */
export function documentIdFromNumber(docNumber: Pick<DocumentNumber, 'agency' | 'year' | 'serial'>): string {
  const agency = docNumber.agency.replace(/\s+/gu, '');
  return docNumber.year === undefined
    ? `${agency}-${docNumber.serial}`
    : `${agency}-${docNumber.year}-${docNumber.serial}`;
}
