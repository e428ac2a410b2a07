import { z } from 'zod';
import { bounded } from './internal/issues.js';
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
export const PERIOD_UNITS = Object.freeze(['year', 'month', 'day'] as const);

/**
 * A validity period (有效期N年): a count and a unit.
 *
 * @example
 * ```ts
 * ValidityPeriodSchema.parse({ value: 5, unit: 'year' }); //=> { value: 5, unit: 'year' }
 * ```
 */
export const ValidityPeriodSchema = bounded(
  z
    .strictObject({
      /** The number of units, e.g. 5 in 有效期5年. */
      value: positiveInt('the period length').describe('The number of units, e.g. 5 in 有效期5年.'),
      /** The unit: year 年, month 月 (个月), day 日 (天). */
      unit: z.literal(PERIOD_UNITS).describe('The unit: year 年, month 月 (个月), day 日 (天).'),
    })
    .describe('有效期: a validity period.'),
);

/** A validity period; see {@link ValidityPeriodSchema}. */
export type ValidityPeriod = z.infer<typeof ValidityPeriodSchema>;

/**
 * Where an `effectiveFrom` date comes from: `stated` — the text names the day (自2024年6月22日起执行);
 * `month` — the text names only a month (自2024年6月起施行), its first day is taken; `written-date` —
 * the text says 自公布之日起 / 自发布之日起 and the publication date is not in it, so the 成文日期
 * stands in as the best available date. Only `stated` is a date the text gives.
 *
 * @example
 * ```ts
 * EFFECTIVE_DATE_BASES; //=> ['stated', 'month', 'written-date']
 * ```
 */
export const EFFECTIVE_DATE_BASES = Object.freeze(['stated', 'month', 'written-date'] as const);

/**
 * Where an `until` date comes from: `stated` — the text names the last day (有效期至…); `period` —
 * computed from the period and an `effectiveFrom` the text states; `period-from-month` and
 * `period-from-written-date` — computed from an `effectiveFrom` that is itself assumed (the first
 * day of a stated month; the 成文日期 standing in for the publication date), so the expiry is only
 * as good as that assumption.
 *
 * @example
 * ```ts
 * EXPIRY_BASES; //=> ['stated', 'period', 'period-from-month', 'period-from-written-date']
 * ```
 */
export const EXPIRY_BASES = Object.freeze([
  'stated',
  'period',
  'period-from-month',
  'period-from-written-date',
] as const);

/** What the `until` basis must be for a period counted from each `effectiveFrom` basis. */
const PERIOD_BASIS = {
  stated: 'period',
  month: 'period-from-month',
  'written-date': 'period-from-written-date',
} as const satisfies Record<(typeof EFFECTIVE_DATE_BASES)[number], (typeof EXPIRY_BASES)[number]>;

/**
 * The legal effect (效力) a document states: when it takes effect (施行/执行日期, or 自公布之日起 /
 * 自发布之日起 → `fromPublication`), for how long (`period`, 有效期N年), and the last day in force
 * (`until`, inclusive: 有效期5年 from 2024-06-22 → 2029-06-21), with the clause as written. A
 * document whose text says nothing has no `validity` at all. `provisional` marks 试行/暂行 texts.
 * `effectiveFromBasis` and `untilBasis` say which fact each date comes from, so an assumed date
 * (the 成文日期 standing in for an unstated publication date) is never mistaken for a stated one.
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
 * ValiditySchema.safeParse({ ...validity, effectiveFromBasis: 'written-date', untilBasis: 'period' }).success; //=> false
 * ValiditySchema.safeParse({ effectiveFrom: '2024-06-22', until: '2024-01-01' }).success; //=> false
 * ```
 */
export const ValiditySchema = bounded(
  z
    .strictObject({
      /** 施行日期: the first day in force, when the text states a date (or it follows from publication). */
      effectiveFrom: IsoDateSchema.optional().describe(
        '施行日期: the first day in force, when the text states a date (or it follows from publication).',
      ),
      /** Which fact `effectiveFrom` comes from; see {@link EFFECTIVE_DATE_BASES}. */
      effectiveFromBasis: z
        .literal(EFFECTIVE_DATE_BASES)
        .optional()
        .describe(
          'Which fact effectiveFrom comes from: stated (the text names the day), month (only a month is named; its first day is taken) or written-date (自公布/发布之日起: the 成文日期 stands in for the publication date, which the text does not give).',
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
      /** Which fact `until` comes from; see {@link EXPIRY_BASES}. */
      untilBasis: z
        .literal(EXPIRY_BASES)
        .optional()
        .describe(
          'Which fact until comes from: stated (the text names the last day), period (counted from a stated effectiveFrom), period-from-month or period-from-written-date (counted from an assumed effectiveFrom).',
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
    .refine((v) => v.effectiveFromBasis === undefined || v.effectiveFrom !== undefined, {
      message: 'Expected effectiveFrom with effectiveFromBasis',
      path: ['effectiveFromBasis'],
    })
    .refine((v) => v.untilBasis === undefined || v.until !== undefined, {
      message: 'Expected until with untilBasis',
      path: ['untilBasis'],
    })
    // An expiry counted from an assumed start must say so: its basis follows from the start's basis.
    .refine(
      (v) =>
        v.untilBasis === undefined ||
        v.untilBasis === 'stated' ||
        v.effectiveFromBasis === undefined ||
        PERIOD_BASIS[v.effectiveFromBasis] === v.untilBasis,
      {
        message:
          'Expected untilBasis to follow from effectiveFromBasis (period, period-from-month, period-from-written-date)',
        path: ['untilBasis'],
      },
    )
    .describe('效力: when a document takes effect and until when.'),
);

/** The stated legal effect of a document; see {@link ValiditySchema}. */
export type Validity = z.infer<typeof ValiditySchema>;
