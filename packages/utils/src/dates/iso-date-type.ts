/**
 * The date types: a checked ISO date and a date as callers pass it. Types only — its own module
 * so that `day-number.ts` and `iso-date.ts` need not import each other.
 *
 * @packageDocumentation
 */

/**
 * An ISO 8601 calendar date `YYYY-MM-DD` that exists in the proleptic Gregorian calendar.
 *
 * A tagged string: at run time it is a plain string, but the type system only accepts values
 * that went through {@link @gongbao/utils!isIsoDate | isIsoDate},
 * {@link @gongbao/utils!toIsoDate | toIsoDate} or a parser, so an arbitrary string cannot be passed
 * where a checked date is expected. Dates are never `Date` objects in gongbao,
 * so no answer depends on the process time zone.
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/**
 * A date as callers pass it in: a plain string such as `'2024-09-30'`, which the function checks
 * at run time (an invalid one throws the function's documented error, never yields a wrong
 * answer). Functions take `IsoDateInput` and return the checked {@link IsoDate}, so a literal or a
 * string read from a form compiles without a cast.
 */
export type IsoDateInput = IsoDate | string;
