import { type IsoDate, isIsoDate } from '@gongbao/utils';
import { z } from 'zod';

/**
 * An ISO calendar date `YYYY-MM-DD` (成文日期, 施行日期 …) that exists in the proleptic Gregorian
 * calendar: `2024-02-29` passes, `2023-02-29` and `2024-13-45` fail. Dates are strings, never
 * `Date` objects, so no answer depends on a time zone. The parsed value is typed as the tagged
 * {@link IsoDate} of `@gongbao/utils`, so it can be passed straight to the date functions there.
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
  .refine(isIsoDate, 'Expected a real calendar date')
  .describe('ISO 8601 calendar date, YYYY-MM-DD') as unknown as z.ZodType<IsoDate, string>;

export type { IsoDate };
