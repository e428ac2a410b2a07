/**
 * The working-day calendar that never runs out: `parseHolidayNotice` reads the State Council's
 * holiday notice, `createCalendar` and `prcCalendar.extend` turn notices into calendars. Importing
 * `isWorkingDay` (from `@gongbao/utils/dates`) does not bundle the notice parser.
 *
 * @packageDocumentation
 */

export type { DayType, WorkingDayCalendar } from '../dates/calendar-queries.js';
export type {
  Holiday,
  HolidayArrangement,
  HolidayArrangementInput,
  HolidayArrangementSource,
} from '../dates/holiday-arrangement.js';
export type { IsoDate, IsoDateInput } from '../dates/iso-date.js';
export { type CalendarCoverage, CalendarRangeError, createCalendar, prcCalendar } from '../dates/working-days.js';
export { ParseError } from '../numbering/parse-error.js';
export { parseHolidayNotice } from './parse-holiday-notice.js';
