/**
 * The arrangement of one year's days off and working days, as a State Council notice
 * (《国务院办公厅关于YYYY年部分节假日安排的通知》) states it: what `parseHolidayNotice` returns and
 * what `createCalendar` takes. Types only.
 *
 * @packageDocumentation
 */
import type { IsoDate, IsoDateInput } from './iso-date.js';

/** One holiday of a notice: its days off, from `start` to `end`, both included. */
export interface Holiday {
  /** The name as written in the notice: `春节`, `中秋节、国庆节`. */
  name: string;
  /** The first day off. */
  start: IsoDate;
  /** The last day off, a 补休 day included. */
  end: IsoDate;
  /** The days from `start` to `end`, both included (the notice's 共N天 when it states one). */
  days: number;
}

/** Where an arrangement comes from: what the notice says about itself. */
export interface HolidayArrangementSource {
  /** The notice's title, whitespace removed: `国务院办公厅关于2024年部分节假日安排的通知`. */
  title?: string;
  /** The 发文字号: `国办发明电〔2023〕7号`. */
  docNumber?: string;
  /** The 成文日期, the date under the issuing office at the end. */
  date?: IsoDate;
}

/**
 * One year's arrangement: the days off of each holiday and the weekend days worked (调休上班).
 *
 * `amendment: true` marks a notice that changes a year already arranged (国办发明电〔2019〕3号
 * lengthened Labour Day 2019, 〔2020〕1号 extended the 2020 Spring Festival, 国发明电〔2015〕1号
 * added 3 September 2015): a calendar applies it over that year's notice — its days off become
 * days off, its working days become working days. A notice that only extends a holiday (延长…至D)
 * states no first day; its `start` is the notice's 成文日期 (the holiday was under way), or `end`.
 */
export interface HolidayArrangement {
  /** The year arranged. */
  year: number;
  /** The holidays, in the notice's order. */
  holidays: Holiday[];
  /** The weekend days worked (调休上班), in date order. */
  workdays: IsoDate[];
  /** The notice's title, 发文字号 and 成文日期, those it states. */
  source: HolidayArrangementSource;
  /** Present on a notice that amends a year's arrangement (see above). */
  amendment?: true;
}

/**
 * An arrangement as `createCalendar` and `extend` take it: a {@link HolidayArrangement}, or one
 * written by hand with plain `YYYY-MM-DD` strings (checked at run time).
 */
export interface HolidayArrangementInput {
  /** The year arranged. */
  readonly year: number;
  /** The days off: each holiday's first and last day. */
  readonly holidays: ReadonlyArray<{
    readonly name?: string;
    readonly start: IsoDateInput;
    readonly end: IsoDateInput;
    readonly days?: number;
  }>;
  /** The weekend days worked (调休上班). */
  readonly workdays: readonly IsoDateInput[];
  /** Where it comes from (not used by the calendar). */
  readonly source?: HolidayArrangementSource;
  /** `true` for a notice that amends its year's notice. */
  readonly amendment?: boolean | undefined;
}
