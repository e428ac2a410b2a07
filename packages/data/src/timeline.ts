import { timelineJson } from './generated/timeline.js';
import type { TimelineEntry } from './timeline-entry.js';

export type { TimelineEntry } from './timeline-entry.js';
export { TIMELINE_KINDS } from './timeline-kinds.js';

/**
 * Every dated commitment of the issue, sorted by date: deadlines (2024年底前 …), recurring
 * deadlines (first occurrence), yearly targets (到2025年 …), effective dates and the expiry of each
 * stated validity period — with the document, the words as written, their clause and where they
 * are. The same rows are the `timeline` table of {@link tables}.
 *
 * @example
 * ```ts
 * const expiry = timeline.find((e) => e.kind === 'expiry' && e.documentId === '长政规-2024-1');
 * expiry?.date; //=> '2029-06-21'
 * timeline.every((e, i) => i === 0 || (timeline[i - 1]?.date ?? '') <= e.date); //=> true
 * ```
 */
export const timeline: readonly TimelineEntry[] = JSON.parse(timelineJson) as TimelineEntry[];
