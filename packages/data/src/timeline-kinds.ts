/**
 * Kinds of dated commitments in the timeline: `deadline` (2024年底前, 2024年6月底前, 2024年5月15日前
 * …), `recurring` (每年11月5日前, 每月15日前: the first occurrence after the document's 成文日期),
 * `target` (到2025年 …: a goal for a year), `milestone` (a step planned for a year or a month named
 * without 到/底/前: 2024年完成123万千瓦改造任务, 2024年开工建设, (2025年1月开始)), `effective`
 * (自2024年6月22日起执行, 自公布之日起施行) and `expiry` (the last day of a stated validity period,
 * 有效期5年).
 *
 * @example
 * ```ts
 * TIMELINE_KINDS; //=> ['deadline', 'recurring', 'target', 'milestone', 'effective', 'expiry']
 * ```
 */
export const TIMELINE_KINDS = Object.freeze([
  'deadline',
  'recurring',
  'target',
  'milestone',
  'effective',
  'expiry',
] as const);

/**
 * How exact a timeline date is, as the text states it: `day`, or only a `month`, `quarter`,
 * `half-year` or `year` (2024年完成…, 到2025年, 2024年底前). For anything coarser than a day the
 * text names no day: `date` is then the last day of that period (the latest day the commitment
 * allows), or its first day for a start (自2024年6月起施行, 2025年1月开始, 2025年起).
 *
 * @example
 * ```ts
 * DATE_PRECISIONS; //=> ['day', 'month', 'quarter', 'half-year', 'year']
 * ```
 */
export const DATE_PRECISIONS = Object.freeze(['day', 'month', 'quarter', 'half-year', 'year'] as const);

/**
 * Where a timeline date comes from: `stated` — the words give it (at its `precision`); `month` —
 * a start in a stated month (自2024年6月起施行), its first day taken; `written-date` — the text takes
 * effect on publication (自公布之日起施行) and the publication date is not in it, so the 成文日期
 * stands in as the best available date; `period` — an expiry counted from a stated start;
 * `period-from-month` and `period-from-written-date` — an expiry counted from such an assumed
 * start. The same words as `effectiveFromBasis` and `untilBasis` of the core `Validity`.
 *
 * @example
 * ```ts
 * DATE_BASES; //=> ['stated', 'month', 'written-date', 'period', 'period-from-month', 'period-from-written-date']
 * ```
 */
export const DATE_BASES = Object.freeze([
  'stated',
  'month',
  'written-date',
  'period',
  'period-from-month',
  'period-from-written-date',
] as const);
