import type { ReadonlyDeep } from '@gongbao/core';
import { dataKey } from './generated/key.js';
import { timelineJson } from './generated/timeline.js';
import { sharedFrozen } from './internal/frozen.js';
import type { TimelineEntry } from './timeline-entry.js';

export type { TimelineEntry, TimelineSource } from './timeline-entry.js';
export { DATE_BASES, DATE_PRECISIONS, TIMELINE_KINDS } from './timeline-kinds.js';

/**
 * Every dated commitment of the issue, sorted by date: deadlines (2024年底前 …), recurring
 * deadlines (first occurrence), yearly targets (到2025年 …), milestones named by a year or a month
 * only (2024年完成123万千瓦改造任务, with `precision: 'year'`), effective dates (also 自公布之日起施行,
 * with `basis: 'written-date'`) and the expiry of each stated validity period — with the document,
 * the words as written, their clause and every place they are stated (`sources`: a plan's text
 * and the attachment table repeating it are one entry). The same rows are the `timeline` table of
 * {@link tables}. Deep-frozen and typed read-only.
 *
 * @example
 * ```ts
 * const expiry = timeline.find((e) => e.kind === 'expiry' && e.documentId === '长政规-2024-1');
 * expiry?.date; //=> '2029-06-21'
 * timeline.every((e, i) => i === 0 || (timeline[i - 1]?.date ?? '') <= e.date); //=> true
 * const coal = timeline.find((e) => e.context.includes('123万千瓦'));
 * [coal?.kind, coal?.date, coal?.precision]; //=> ['milestone', '2024-12-31', 'year']
 * ```
 */
export const timeline: ReadonlyDeep<TimelineEntry[]> = sharedFrozen(
  `timeline:${dataKey}`,
  () => JSON.parse(timelineJson) as TimelineEntry[],
);
