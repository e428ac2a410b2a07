import type { DocumentNumber, Validity } from '@gongbao/core';

type EffectiveDateBasis = NonNullable<Validity['effectiveFromBasis']>;

import {
  applyDuration,
  type Duration,
  findDocumentNumbers,
  type IsoDate,
  ParseError,
  parseChineseDate,
  parseDuration,
  toIsoDate,
} from '@gongbao/utils';
import type { ParseContext } from './context.js';
import type { CleanText } from './markup.js';
import { type ClauseMatch, findClause, findUndatedClause } from './validity-clause.js';

/** The words that end the force of the texts named before them: 废止, 停止执行, 同时失效, 不再执行 …. */
const REPEAL = /废止|停止(?:执行|施行|实施)|同时失效|不再(?:执行|施行|实施)/u;
// 自即日起: from the day the document is issued, as 自公布之日起.
const PUBLICATION = /^(?:(?:公布|发布|印发|公告|颁布|下发)之日|即日)$/u;
const MONTH_ONLY = /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?\s*$/u;
/**
 * 有效期至 a date (group 1), or 有效期 a length (group 2, read whole by `parseDuration`, so its
 * numbers are the ones `parseDuration` reads: full-width digits, 一百, 半年 too).
 */
const PERIOD =
  /有效期(?:为)?\s*(?:至\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|((?:[0-9０-９]+|[一二两三四五六七八九十百]+|半)\s*(?:个\s*)?(?:年|月|日|天)))/u;

/** The basis of an expiry counted from a start of each basis (see `EXPIRY_BASES` of core). */
const PERIOD_BASIS = {
  stated: 'period',
  month: 'period-from-month',
  'written-date': 'period-from-written-date',
} as const satisfies Record<EffectiveDateBasis, NonNullable<Validity['untilBasis']>>;

/** What the texts say about when the document is in force. */
export interface LegalEffect {
  validity?: Validity;
  repeals: DocumentNumber[];
}

/**
 * Reads the validity clause (本办法自2024年6月22日起执行，有效期5年 / 自公布之日起施行，有效期两年 /
 * 自2024年6月起施行 / 有效期至…) and the repeal clauses (…（长政发〔2019〕2号）同时废止 / 停止执行 /
 * 同时失效 / 不再执行) of a document.
 * 自公布之日起 takes the 成文日期 as the effective date, and a month without a day its first day;
 * both are reported as `validity-assumed`, and `effectiveFromBasis`/`untilBasis` say which fact
 * each date comes from. A clause that states no date (本方案实施时间与…一致) is kept as the
 * validity's `text` (reported as `validity-undated`). The end of a period is computed with `applyDuration`.
 */
export function readLegalEffect(
  ctx: ParseContext,
  texts: readonly CleanText[],
  writtenDate: IsoDate | undefined,
  provisional: boolean,
): LegalEffect {
  const effect: LegalEffect = { repeals: [] };
  const repealed = new Set<string>();
  // A dated clause anywhere wins over an undated one.
  let undatedFallback: Validity | undefined;
  for (const clean of texts) {
    // The map only where a clause is found (a cell's map is made when first asked for).
    const { text } = clean;
    if (
      effect.validity === undefined &&
      text.includes('本') &&
      text.includes('自') &&
      /起\s*(?:施行|执行|实施|生效)/u.test(text)
    ) {
      const m = findClause(text);
      if (m) effect.validity = validityOf(ctx, m, clean.map, writtenDate, provisional);
    }
    if (effect.validity === undefined && undatedFallback === undefined && text.includes('本')) {
      const m = findUndatedClause(text);
      if (m) undatedFallback = undatedValidity(ctx, m, clean.map, provisional);
    }
    if (REPEAL.test(text)) {
      for (const sentence of text.split(/(?<=[。；;])/u)) {
        const at = sentence.search(REPEAL);
        if (at === -1) continue;
        for (const number of findDocumentNumbers(sentence.slice(0, at))) {
          if (repealed.has(number.value.canonical)) continue;
          repealed.add(number.value.canonical);
          effect.repeals.push(number.value);
        }
      }
    }
  }
  if (effect.validity === undefined && undatedFallback !== undefined) {
    effect.validity = undatedFallback;
  }
  return effect;
}

function undatedValidity(
  ctx: ParseContext,
  m: { index: number; text: string },
  map: CleanText['map'],
  provisional: boolean,
): Validity {
  const range = map.sourceRange(m.index, m.index + m.text.length);
  const validity: Validity = { text: m.text.trim(), source: ctx.range(range.start, range.end) };
  if (provisional) validity.provisional = true;
  ctx.report('validity-undated', `The validity clause states no date: ${validity.text}`, range.start, range.end);
  return validity;
}

function validityOf(
  ctx: ParseContext,
  m: ClauseMatch,
  map: CleanText['map'],
  writtenDate: IsoDate | undefined,
  provisional: boolean,
): Validity {
  const start = m.index;
  const clauseEnd = start + m.text.length;
  const range = map.sourceRange(start, clauseEnd);
  const validity: Validity = { text: m.text.trim(), source: ctx.range(range.start, range.end) };
  const when = m.when.trim();
  if (PUBLICATION.test(when)) {
    validity.fromPublication = true;
    if (writtenDate) {
      validity.effectiveFrom = writtenDate;
      validity.effectiveFromBasis = 'written-date';
      ctx.report(
        'validity-assumed',
        `${when}: the effective date is taken to be the 成文日期 ${writtenDate}`,
        range.start,
        range.end,
      );
    }
  } else {
    const date = fullDateOf(when);
    const month = date === undefined ? MONTH_ONLY.exec(when) : null;
    if (date) {
      validity.effectiveFrom = date;
      validity.effectiveFromBasis = 'stated';
    } else if (date === null)
      ctx.report('date-invalid', `The effective date ${when} is not a real day`, range.start, range.end);
    else if (month) {
      try {
        validity.effectiveFrom = toIsoDate(Number(month[1]), Number(month[2]), 1);
        validity.effectiveFromBasis = 'month';
        ctx.report(
          'validity-assumed',
          `${when} names a month: the effective date is taken to be its first day`,
          range.start,
          range.end,
        );
      } catch {
        ctx.report('date-invalid', `The effective month ${when} is not a real month`, range.start, range.end);
      }
    }
  }
  const period = PERIOD.exec(m.rest);
  if (period) {
    if (period[1] !== undefined) {
      try {
        validity.until = parseChineseDate(period[1]);
        validity.untilBasis = 'stated';
      } catch {
        ctx.report('date-invalid', `The end date ${period[1]} is not a real day`, range.start, range.end);
      }
    } else {
      // With its 有效期 prefix and 个 kept, 3个月 and 30日 read as lengths, not as March or a day.
      const duration = durationOf(`有效期${period[2]}`);
      if (duration && duration.unit !== 'workingDay') {
        validity.period = { value: duration.value, unit: duration.unit };
        if (validity.effectiveFrom) {
          try {
            validity.until = applyDuration(validity.effectiveFrom, duration);
            validity.untilBasis = PERIOD_BASIS[validity.effectiveFromBasis ?? 'stated'];
          } catch {
            // Only a period ending after the year 9999 has no ISO date.
            ctx.report('date-invalid', `The period ${duration.raw} ends after the year 9999`, range.start, range.end);
          }
        }
      }
    }
  }
  if (provisional) validity.provisional = true;
  return validity;
}

/**
 * `text` as a full date as `parseChineseDate` reads it (2024年6月1日, 二〇二四年六月一日, full-width
 * digits); `null` when it names no real day (2024年2月30日); undefined when it is no full date.
 */
function fullDateOf(text: string): IsoDate | null | undefined {
  try {
    return parseChineseDate(text);
  } catch (error) {
    return error instanceof ParseError && error.code === 'INVALID_DATE' ? null : undefined;
  }
}

/** The length a 有效期 states, or undefined for one that names none (有效期0年). */
function durationOf(text: string): Duration | undefined {
  try {
    return parseDuration(text);
  } catch {
    return undefined;
  }
}
