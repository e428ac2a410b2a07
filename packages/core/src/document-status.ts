import { type IsoDate, type IsoDateInput, isIsoDate, ParseError, validityEnd } from '@gongbao/utils';
import { z } from 'zod';
import type { Document } from './document.js';
import { bounded } from './internal/issues.js';
import type { WithDateInputs } from './iso-date.js';
import type { ValidityPeriod } from './validity.js';

/**
 * The possible answers of {@link documentStatus}.
 *
 * @example
 * ```ts
 * DOCUMENT_STATUSES; //=> ['not-yet-in-force', 'in-force', 'expired', 'repealed', 'unknown']
 * ```
 */
export const DOCUMENT_STATUSES = Object.freeze([
  'not-yet-in-force',
  'in-force',
  'expired',
  'repealed',
  'unknown',
] as const);

/**
 * The status of a document on a date; one of {@link DOCUMENT_STATUSES}. Computed, never stored.
 *
 * @example
 * ```ts
 * DocumentStatusSchema.parse('in-force'); //=> 'in-force'
 * ```
 */
export const DocumentStatusSchema = bounded(
  z
    .literal(DOCUMENT_STATUSES)
    .describe(
      '效力状态 on a date: not-yet-in-force 尚未施行, in-force 现行有效, expired 已失效, repealed 已废止, unknown 未说明.',
    ),
);

/** The status of a document on a date; see {@link DocumentStatusSchema}. */
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

/**
 * What {@link documentStatus} reads of a document: its `docNumber`, `writtenDate`, `validity` and
 * `repeals`, with dates as checked {@link IsoDate}s or plain strings (see {@link WithDateInputs}).
 */
export type StatusInput = WithDateInputs<
  Pick<Document, 'docNumber' | 'writtenDate' | 'validity'> & Partial<Pick<Document, 'repeals'>>
>;

/** `date` checked: a real ISO date, or a ParseError INVALID_DATE naming what it was. */
function checked(date: IsoDateInput, what: string): IsoDate {
  if (!isIsoDate(date))
    throw new ParseError('INVALID_DATE', String(date), `Expected ${what} as an ISO date YYYY-MM-DD`);
  return date;
}

/** The first day a document is in force: its stated date, or its 成文日期 when it takes effect on publication. */
function startOf(doc: StatusInput): IsoDate | undefined {
  const validity = doc.validity;
  if (validity?.effectiveFrom !== undefined) return checked(validity.effectiveFrom, 'validity.effectiveFrom');
  if (validity?.fromPublication === true) return checked(doc.writtenDate, 'writtenDate');
  return undefined;
}

/** The last day in force of a period starting on `start` (validityEnd of @gongbao/utils). */
function lastDayOf(start: IsoDate, period: WithDateInputs<ValidityPeriod>): IsoDate {
  const length = { year: { years: period.value }, month: { months: period.value }, day: { days: period.value } };
  return validityEnd(start, length[period.unit]);
}

// Rules 2–5 of documentStatus, in their order.
function ownStatus(doc: StatusInput, on: IsoDate): DocumentStatus {
  const start = startOf(doc);
  const period = doc.validity?.period;
  const stated = doc.validity?.until;
  const until =
    stated !== undefined
      ? checked(stated, 'validity.until')
      : period !== undefined && start !== undefined
        ? lastDayOf(start, period)
        : undefined;
  if (start === undefined && until === undefined) return 'unknown';
  if (on < (start ?? checked(doc.writtenDate, 'writtenDate'))) return 'not-yet-in-force';
  return until !== undefined && on > until ? 'expired' : 'in-force';
}

/**
 * The status of a document on a date, computed from its stated validity and, given a collection,
 * from repeals by other documents. The rules, in order:
 *
 * 1. **repealed** — some other document of `context` lists this one's 发文字号 (by canonical
 *    spelling) in its `repeals` and has taken effect by `on` (its effective date; else its
 *    成文日期).
 * 2. **unknown** — the document states neither a start nor an end (`validity` absent, or only a
 *    clause, a 试行 mark, or a period with no date to count it from).
 * 3. **not-yet-in-force** — `on` is before the effective date. A document in force 自公布之日起
 *    without a stated date is taken to take effect on its 成文日期 (the earliest possible
 *    publication).
 * 4. **expired** — `on` is after `validity.until`, or after the last day of `validity.period`
 *    counted from the effective date (有效期5年 from 2024-06-22 → last day 2029-06-21).
 * 5. **in-force** — otherwise.
 *
 * Dates may be plain strings (`'2025-01-01'`): each one read is checked at run time.
 *
 * @param doc - The document (only `docNumber`, `writtenDate`, `validity` are read).
 * @param on - The date to answer for, `YYYY-MM-DD`: an {@link IsoDate} or a plain string.
 * @param context - Other documents that may repeal this one (for example the whole issue).
 * @returns The status on that date.
 * @throws ParseError (`INVALID_DATE`) when `on`, or a date of a document it reads, is not a real
 *   ISO date (`2024-6-1`, `2023-02-29`).
 * @example
 * ```ts
 * const rule: StatusInput = {
 *   docNumber: { agency: '长政规', year: 2024, serial: 1, canonical: '长政规〔2024〕1号', raw: '长政规〔2024〕1 号' },
 *   writtenDate: '2024-05-22',
 *   validity: { effectiveFrom: '2024-06-22', period: { value: 5, unit: 'year' } },
 * };
 * documentStatus(rule, '2024-06-01'); //=> 'not-yet-in-force'
 * documentStatus(rule, '2029-06-21'); //=> 'in-force'
 * documentStatus(rule, '2029-06-22'); //=> 'expired'
 * const later = {
 *   docNumber: { agency: '长政规', year: 2025, serial: 3, canonical: '长政规〔2025〕3号', raw: '长政规〔2025〕3号' },
 *   writtenDate: '2025-03-01',
 *   validity: { fromPublication: true },
 *   repeals: [rule.docNumber],
 * };
 * documentStatus(rule, '2025-04-01', [rule, later]); //=> 'repealed'
 * documentStatus({ ...rule, validity: undefined }, '2025-04-01'); //=> 'unknown'
 * documentStatus(rule, '2024-6-1'); //=> throws ParseError
 * ```
 */
export function documentStatus(
  doc: StatusInput,
  on: IsoDateInput,
  context?: ReadonlyArray<StatusInput>,
): DocumentStatus {
  const day = checked(on, 'the date');
  const canonical = doc.docNumber.canonical;
  for (const other of context ?? []) {
    if (other === doc || other.docNumber.canonical === canonical) continue;
    if (!(other.repeals ?? []).some((n) => n.canonical === canonical)) continue;
    if (day >= (startOf(other) ?? checked(other.writtenDate, 'writtenDate'))) return 'repealed';
  }
  return ownStatus(doc, day);
}
