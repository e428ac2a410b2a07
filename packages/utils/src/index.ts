/**
 * `@gongbao/utils` — pure functions for the numbering and date logic of Chinese official
 * documents. No run-time dependencies.
 *
 * Subpaths: `@gongbao/utils/numbering`, `@gongbao/utils/dates`, `@gongbao/utils/calendar`.
 *
 * @packageDocumentation
 */

export { parseHolidayNotice } from './calendar/parse-holiday-notice.js';
export type { WorkingDayCalendar } from './dates/calendar-queries.js';
export * from './dates/index.js';
// createCalendar through working-days.ts, after the dates entry: the same module order as the
// dates entry, so `{ isWorkingDay }` bundles byte for byte alike from either (size test).
export { createCalendar, prcCalendar } from './dates/working-days.js';
export * from './numbering/index.js';
