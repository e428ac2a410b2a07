/**
 * `@gongbao/utils` — pure functions for the numbering and date logic of Chinese official
 * documents. No run-time dependencies.
 *
 * Subpaths: `@gongbao/utils/numbering`, `@gongbao/utils/dates`, `@gongbao/utils/calendar`.
 *
 * @packageDocumentation
 */

export { parseHolidayNotice } from './calendar/parse-holiday-notice.js';
export * from './dates/index.js';
export { createCalendar, prcCalendar, type WorkingDayCalendar } from './dates/working-days.js';
export * from './numbering/index.js';
