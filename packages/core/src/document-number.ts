import { z } from 'zod';
import { boundedText, LIMITS, positiveInt, WHEN_FIELDS_VALID } from './internal/text.js';

/**
 * A 发文字号 (document number), parsed: 机关代字 (`agency`), year, serial number (`serial`), the
 * canonical spelling of GB/T 9704-2012 §7.2.5 (`长政发〔2024〕5号`) and the spelling found in the text
 * (`raw`, e.g. `长政发[2024]5号` in a table of contents). Order numbers (`国务院令第713号`) have no
 * year. This is the shape `parseDocumentNumber` of `@gongbao/utils` returns; `canonical` must be
 * the one the other fields give.
 *
 * @example
 * ```ts
 * const n = DocumentNumberSchema.parse({
 *   agency: '长政发', year: 2024, serial: 5, canonical: '长政发〔2024〕5号', raw: '长政发[2024]5号',
 * });
 * n.serial; //=> 5
 * DocumentNumberSchema.safeParse({ ...n, serial: 0 }).success; //=> false
 * DocumentNumberSchema.safeParse({ ...n, canonical: '长政发〔2024〕6号' }).success; //=> false
 * ```
 */
export const DocumentNumberSchema = z
  .strictObject({
    /** 机关代字: the agency code before the year, e.g. 长政发, 长政办函, 长人社规, 国务院令. */
    agency: boundedText(LIMITS.name, 'the issuing agency code (机关代字)').describe(
      '机关代字: the agency code before the year, e.g. 长政发, 长政办函, 长人社规, 国务院令.',
    ),
    /** 年份: the full year in the brackets 〔〕; absent for order numbers such as 国务院令第713号. */
    year: z
      .number({ error: 'Expected the year (年份) as a number' })
      .int('Expected the year to be an integer')
      .min(1000, 'Expected a four-digit year')
      .max(9999, 'Expected a four-digit year')
      .exactOptional()
      .describe('年份: the full year in the brackets 〔〕; absent for order numbers such as 国务院令第713号.'),
    /** 发文顺序号: the serial number, an integer ≥ 1 without leading zeros. */
    serial: positiveInt('the serial number (发文顺序号)').describe(
      '发文顺序号: the serial number, an integer ≥ 1 without leading zeros.',
    ),
    /** The canonical spelling per GB/T 9704-2012 §7.2.5: agency + year in 六角括号〔〕 + serial + 号, e.g. 长政发〔2024〕5号; 国务院令第713号 for order numbers. */
    canonical: boundedText(LIMITS.name, 'the canonical document number').describe(
      'The canonical spelling per GB/T 9704-2012 §7.2.5: agency + year in 六角括号〔〕 + serial + 号, e.g. 长政发〔2024〕5号; 国务院令第713号 for order numbers.',
    ),
    /** The document number exactly as written in the source, e.g. 长政发[2024]5号 or 长政规〔2024〕1 号. */
    raw: boundedText(LIMITS.name, 'the document number as written').describe(
      'The document number exactly as written in the source, e.g. 长政发[2024]5号 or 长政规〔2024〕1 号.',
    ),
  })
  .superRefine((n, ctx) => {
    // The canonical form follows from the parts (as formatDocumentNumber of @gongbao/utils writes it).
    const expected = n.year === undefined ? `${n.agency}第${n.serial}号` : `${n.agency}〔${n.year}〕${n.serial}号`;
    if (n.canonical !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['canonical'],
        message: `Expected canonical "${expected}" (from agency, year and serial)`,
      });
    }
  }, WHEN_FIELDS_VALID)
  .describe('发文字号: a parsed document number (GB/T 9704-2012 §7.2.5).');

/** A parsed 发文字号; see {@link DocumentNumberSchema}. */
export type DocumentNumber = z.infer<typeof DocumentNumberSchema>;
