import { z } from 'zod';

/**
 * An ISO calendar date `YYYY-MM-DD` (成文日期, 施行日期 …) that exists in the proleptic Gregorian
 * calendar: `2024-02-29` passes, `2023-02-29` and `2024-13-45` fail. Dates are strings, never
 * `Date` objects, so no answer depends on a time zone.
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2024-06-04');               //=> '2024-06-04'
 * IsoDateSchema.safeParse('2024-13-45').success;   //=> false
 * ```
 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected an ISO date YYYY-MM-DD')
  .refine(isRealDate, 'Expected a real calendar date')
  .describe('ISO 8601 calendar date, YYYY-MM-DD');

/** An ISO calendar date string `YYYY-MM-DD`; see {@link IsoDateSchema}. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

function isRealDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}
