import { isIsoDate, type IsoDate as UtilsIsoDate, type IsoDateInput as UtilsIsoDateInput } from '@gongbao/utils';
import { z } from 'zod';
import { bounded } from './internal/issues.js';

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
export const IsoDateSchema = bounded(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected an ISO date YYYY-MM-DD')
    .refine(isIsoDate, 'Expected a real calendar date')
    .describe('ISO 8601 calendar date, YYYY-MM-DD') as unknown as z.ZodType<IsoDate, string>,
);

/**
 * An ISO 8601 calendar date `YYYY-MM-DD` that exists: the checked (tagged) string type of
 * `@gongbao/utils`, which its date parsers and {@link IsoDateSchema} return. At run time a plain
 * string; the type system only accepts values that were checked.
 */
export type IsoDate = UtilsIsoDate;

/**
 * A date as callers pass it in: a checked {@link IsoDate} or a plain string such as
 * `'2025-01-01'`, which the function receiving it checks at run time (`@gongbao/utils`' type).
 */
export type IsoDateInput = UtilsIsoDateInput;

/**
 * `T` as callers may pass it in: every {@link IsoDate} in it, at any depth, may be a plain string
 * ({@link IsoDateInput}), and arrays may be read-only. The functions of this package that take
 * documents ({@link documentStatus}, {@link documentToText}) take them in this form, so that a
 * literal such as `{ writtenDate: '2024-05-22', … }` or JSON read without a schema compiles; they
 * check each date they read at run time (a `ParseError` with code `INVALID_DATE`), and what they
 * return is checked.
 *
 * @example
 * ```ts
 * const validity: WithDateInputs<Validity> = { effectiveFrom: '2024-06-22', fromPublication: false };
 * validity.effectiveFrom; //=> '2024-06-22'
 * // the schema's output is checked: IsoDate again
 * const checked: Validity = ValiditySchema.parse(validity);
 * checked.effectiveFrom; //=> '2024-06-22'
 * ```
 */
export type WithDateInputs<T> = T extends IsoDate
  ? IsoDateInput
  : T extends ReadonlyArray<infer Item>
    ? ReadonlyArray<WithDateInputs<Item>>
    : T extends object
      ? { readonly [K in keyof T]: WithDateInputs<T[K]> }
      : T;
