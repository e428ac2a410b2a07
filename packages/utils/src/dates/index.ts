/**
 * Dates: ISO dates, Chinese dates, deadlines, the PRC working-day calendar and validity periods.
 *
 * @packageDocumentation
 */
export { ParseError } from '../numbering/parse-error.js';
export type { DayType } from './calendar-queries.js';
export { type FormatChineseDateOptions, formatChineseDate, parseChineseDate } from './chinese-date.js';
export { type Deadline, type DeadlineKind, type ParseDeadlineOptions, parseDeadline } from './deadline.js';
export {
  type ApplyDurationOptions,
  applyDuration,
  type Duration,
  type DurationUnit,
  parseDuration,
} from './duration.js';
export {
  type FindDatesOptions,
  type FoundCalendarDate,
  type FoundDate,
  type FoundDeadline,
  type FoundDuration,
  type FoundEffectiveDate,
  findDates,
} from './find-dates.js';
export type {
  Holiday,
  HolidayArrangement,
  HolidayArrangementInput,
  HolidayArrangementSource,
} from './holiday-arrangement.js';
export { daysInMonth, type IsoDate, type IsoDateInput, isIsoDate, isLeapYear, toIsoDate } from './iso-date.js';
export { type DateRange, type IssueFrequency, issuePeriod } from './issue-period.js';
export { type PeriodLength, validityEnd } from './validity.js';
export {
  addWorkingDays,
  type CalendarCoverage,
  CalendarRangeError,
  type CalendarSource,
  calendarCoverage,
  calendarSources,
  countWorkingDays,
  dayType,
  isWorkingDay,
  nextWorkingDay,
} from './working-days.js';
