/**
 * Dates: ISO dates, Chinese dates, deadlines, the PRC working-day calendar and validity periods.
 *
 * @packageDocumentation
 */
export { ParseError } from '../numbering/parse-error.js';
export { daysInMonth, type IsoDate, isIsoDate, isLeapYear, toIsoDate } from './iso-date.js';
