/**
 * Kinds of dated commitments in the timeline: `deadline` (2024年底前, 2024年6月底前, 2024年5月15日前
 * …), `recurring` (每年11月5日前, 每月15日前: the first occurrence after the document's 成文日期),
 * `target` (到2025年 …: a goal for a year, dated to its last day), `effective` (自2024年6月22日起执行)
 * and `expiry` (the last day of a stated validity period, 有效期5年).
 *
 * @example
 * ```ts
 * TIMELINE_KINDS; //=> ['deadline', 'recurring', 'target', 'effective', 'expiry']
 * ```
 */
export const TIMELINE_KINDS = ['deadline', 'recurring', 'target', 'effective', 'expiry'] as const;
