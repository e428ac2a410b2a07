import { z } from 'zod';
import { boundedText, LIMITS, positiveInt } from './internal/text.js';
import { IsoDateSchema } from './iso-date.js';
import { SourceRangeSchema } from './source-range.js';

/**
 * Units of a validity period (有效期): years, months, days.
 *
 * @example
 * ```ts
 * PERIOD_UNITS; //=> ['year', 'month', 'day']
 * ```
 */
export const PERIOD_UNITS = ['year', 'month', 'day'] as const;

/**
 * A validity period (有效期N年): a count and a unit.
 *
 * @example
 * ```ts
 * ValidityPeriodSchema.parse({ value: 5, unit: 'year' }); //=> { value: 5, unit: 'year' }
 * ```
 */
export const ValidityPeriodSchema = z
  .strictObject({
    /** The number of units, e.g. 5 in 有效期5年. */
    value: positiveInt('the period length').describe('The number of units, e.g. 5 in 有效期5年.'),
    /** The unit: year 年, month 月 (个月), day 日 (天). */
    unit: z.literal(PERIOD_UNITS).describe('The unit: year 年, month 月 (个月), day 日 (天).'),
  })
  .describe('有效期: a validity period.');

/** A validity period; see {@link ValidityPeriodSchema}. */
export type ValidityPeriod = z.infer<typeof ValidityPeriodSchema>;

/**
 * The legal effect (效力) a document states: when it takes effect (施行/执行日期, or 自公布之日起 /
 * 自发布之日起 → `fromPublication`), for how long (`period`, 有效期N年), and the last day in force
 * (`until`, inclusive: 有效期5年 from 2024-06-22 → 2029-06-21), with the clause as written. A
 * document whose text says nothing has no `validity` at all. `provisional` marks 试行/暂行 texts.
 *
 * @example
 * ```ts
 * const validity = ValiditySchema.parse({
 *   effectiveFrom: '2024-06-22',
 *   period: { value: 5, unit: 'year' },
 *   until: '2029-06-21',
 *   text: '本办法自2024年6月22日起执行,有效期5年。',
 * });
 * validity.until; //=> '2029-06-21'
 * ValiditySchema.safeParse({ effectiveFrom: '2024-06-22', until: '2024-01-01' }).success; //=> false
 * ```
 */
export const ValiditySchema = z
  .strictObject({
    /** 施行日期: the first day in force, when the text states a date (or it follows from publication). */
    effectiveFrom: IsoDateSchema.optional().describe(
      '施行日期: the first day in force, when the text states a date (or it follows from publication).',
    ),
    /** true when the text says 自公布之日起施行 / 自发布之日起施行 (in force from publication). */
    fromPublication: z
      .boolean()
      .optional()
      .describe('true when the text says 自公布之日起施行 / 自发布之日起施行 (in force from publication).'),
    /** 有效期: the validity period, e.g. 5 years. */
    period: ValidityPeriodSchema.optional(),
    /** 有效期至: the last day in force (inclusive), stated or computed from the period. */
    until: IsoDateSchema.optional().describe(
      '有效期至: the last day in force (inclusive), stated or computed from the period.',
    ),
    /** true for provisional texts: 试行, 暂行. */
    provisional: z.boolean().optional().describe('true for provisional texts: 试行, 暂行.'),
    /** The clause as written, e.g. 本办法自2024年6月22日起执行,有效期5年。 */
    text: boundedText(LIMITS.text, 'the validity clause')
      .optional()
      .describe('The clause as written, e.g. 本办法自2024年6月22日起执行,有效期5年。'),
    /** Where the clause is in the source. */
    source: SourceRangeSchema.optional().describe('Where the clause is in the source.'),
  })
  // Where the clause is says nothing about the document's effect: `source` does not count.
  .refine(({ source: _, ...stated }) => Object.values(stated).some((value) => value !== undefined), {
    message:
      'Expected at least one of effectiveFrom, fromPublication, period, until, provisional, text (leave validity out when the text says nothing)',
  })
  .refine((v) => v.effectiveFrom === undefined || v.until === undefined || v.until >= v.effectiveFrom, {
    message: 'Expected until ≥ effectiveFrom',
    path: ['until'],
  })
  .describe('效力: when a document takes effect and until when.');

/** The stated legal effect of a document; see {@link ValiditySchema}. */
export type Validity = z.infer<typeof ValiditySchema>;
