import { parseDocumentNumber } from '@gongbao/utils';
import { z } from 'zod';
import { quote, unknownKeys } from './internal/issues.js';
import { boundedText, LIMITS, positiveInt, WHEN_FIELDS_VALID } from './internal/text.js';

/** Whether parseDocumentNumber of @gongbao/utils reads `text` to these agency, year and serial. */
function readsAs(text: string, parts: { agency: string; year?: number | undefined; serial: number }): boolean {
  try {
    const read = parseDocumentNumber(text);
    return read.agency === parts.agency && read.year === parts.year && read.serial === parts.serial;
  } catch {
    return false;
  }
}

const YEAR = 'Expected a four-digit year (年份)';

/**
 * A 发文字号 (document number), parsed: 机关代字 (`agency`), year, serial number (`serial`), the
 * canonical spelling of GB/T 9704-2012 §7.2.5 (`长政发〔2024〕5号`) and the spelling found in the text
 * (`raw`, e.g. `长政发[2024]5号` in a table of contents). Order numbers (`国务院令第713号`) have no
 * year. This is the shape `parseDocumentNumber` of `@gongbao/utils` returns, and the parts must be
 * what it reads: `canonical` must be the one the other fields give, `parseDocumentNumber` must read
 * it back to the same parts (so the agency obeys its rules: no 根据 or 印发 before the 机关代字, 令 or
 * 公告 at the end of a number without a year), and `raw` must read to the same parts too.
 *
 * @example
 * ```ts
 * const n = DocumentNumberSchema.parse({
 *   agency: '长政发', year: 2024, serial: 5, canonical: '长政发〔2024〕5号', raw: '长政发[2024]5号',
 * });
 * n.serial; //=> 5
 * DocumentNumberSchema.safeParse({ ...n, serial: 0 }).success; //=> false
 * DocumentNumberSchema.safeParse({ ...n, canonical: '长政发〔2024〕6号' }).success; //=> false
 * DocumentNumberSchema.safeParse({ ...n, raw: '长政发[2024]6号' }).success; //=> false
 * const prose = { agency: '根据长政发', year: 2024, serial: 5, canonical: '根据长政发〔2024〕5号', raw: '根据长政发〔2024〕5号' };
 * DocumentNumberSchema.safeParse(prose).success; //=> false
 * ```
 */
export const DocumentNumberSchema = z
  .strictObject(
    {
      /** 机关代字: the agency code before the year, e.g. 长政发, 长政办函, 长人社规, 国务院令. */
      agency: boundedText(LIMITS.name, 'the issuing agency code (机关代字)').describe(
        '机关代字: the agency code, e.g. 长政发, 国务院令.',
      ),
      /** 年份: the full year in the brackets 〔〕; absent for order numbers such as 国务院令第713号. */
      year: z
        .number({ error: YEAR })
        .int(YEAR)
        .min(1000, YEAR)
        .max(9999, YEAR)
        .exactOptional()
        .describe('年份 in the brackets 〔〕; absent for order numbers (国务院令第713号).'),
      /** 发文顺序号: the serial number, an integer ≥ 1 without leading zeros. */
      serial: positiveInt('the serial number (发文顺序号)').describe('发文顺序号: the serial number, from 1.'),
      /** The canonical spelling per GB/T 9704-2012 §7.2.5: agency + year in 六角括号〔〕 + serial + 号, e.g. 长政发〔2024〕5号; 国务院令第713号 for order numbers. */
      canonical: boundedText(LIMITS.name, 'the canonical document number').describe(
        'The spelling of GB/T 9704-2012 §7.2.5: 长政发〔2024〕5号, 国务院令第713号.',
      ),
      /** The document number exactly as written in the source, e.g. 长政发[2024]5号 or 长政规〔2024〕1 号. */
      raw: boundedText(LIMITS.name, 'the document number as written').describe(
        'As written in the source, e.g. 长政发[2024]5号.',
      ),
    },
    { error: unknownKeys },
  )
  .superRefine((n, ctx) => {
    // The canonical form follows from the parts (as formatDocumentNumber of @gongbao/utils writes
    // it); parseDocumentNumber reads it back to the same parts, so the agency obeys its rules (Han
    // characters, no 根据/印发 … before the 机关代字, 令 or 公告 at the end of a number without a
    // year); and the spelling as written reads to the same parts.
    const expected = n.year === undefined ? `${n.agency}第${n.serial}号` : `${n.agency}〔${n.year}〕${n.serial}号`;
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (n.canonical !== expected) issue('canonical', `Expected canonical ${quote(expected)}`);
    else if (!readsAs(expected, n)) issue('agency', `${quote(expected)} is not a document number`);
    if (!readsAs(n.raw, n)) issue('raw', `Expected raw to read as ${quote(expected)}`);
  }, WHEN_FIELDS_VALID)
  .describe('发文字号: a parsed document number (GB/T 9704-2012 §7.2.5).');

// Not wrapped in bounded() (internal/issues.ts): five fields and three cross-checks give at most
// a handful of issues, and the unknown keys are listed by unknownKeys. Kept small: 1.5 KB gzip.

/** A parsed 发文字号; see {@link DocumentNumberSchema}. */
export type DocumentNumber = z.infer<typeof DocumentNumberSchema>;
