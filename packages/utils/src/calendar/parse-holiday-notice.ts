/**
 * The reader of the State Council's holiday notice (《国务院办公厅关于YYYY年部分节假日安排的通知》
 * and the notices that amend one), in linear time: a few passes of patterns whose every try is
 * bounded, and one token pattern over each item's text.
 *
 * @packageDocumentation
 */
import { parseChineseDate } from '../dates/chinese-date.js';
import { numeral } from '../dates/date-grammar.js';
import { dayNumberOf, fromDayNumber, isoDayNumber, weekdayOf } from '../dates/day-number.js';
import { fail, failWith } from '../dates/fail.js';
import type { Holiday, HolidayArrangement, HolidayArrangementSource } from '../dates/holiday-arrangement.js';
import { daysInMonth, type IsoDate } from '../dates/iso-date.js';

// What an item's text is read as: a sentence's end; an aside in parentheses (除夕（2月9日）, an
// editor's note: skipped, dates and all); a date — [YYYY年][M月]D日 after no digit — with the
// spaces after it, its note in parentheses, and what follows: 、 or a range's 至 (and the spaces
// after them), or 上班 or 补休. A parenthesis closes within 40 characters, one line, one sentence.
const TOKENS =
  /。|\([^()。\n]{0,40}\)|(?<!\d)((?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日) *(?:\([^()。\n]{0,40}\) *)?(?:(、)\s*|([至—–~-])\s*|(上班)|(补休))?/g;

/**
 * A date read from the text: its day number, where it starts, where the text goes on after its
 * note and what follows it there — 、 or a range's 至 (with the spaces after them; the next date
 * follows at once when it is joined), or the word 上班 or 补休. A tuple, so that no field name is
 * in the bundle.
 */
type Token = [
  day: number,
  at: number,
  next: number,
  joiner: string | undefined,
  range: string | undefined,
  worked: string | undefined,
  off: string | undefined,
];

/**
 * Reads a State Council holiday notice — 《国务院办公厅关于YYYY年部分节假日安排的通知》, or a
 * notice that amends one (调整…假期安排, 延长…假期, a 调休放假 of a commemoration day) — into the
 * year's arrangement, checking the notice against itself.
 *
 * Reads every layout published since 2008: with or without title and 发文字号, weekday notes
 * `（周四）` `（星期一）`, lunar notes `（农历腊月二十八、周日）`, ranges in a month or across months
 * and years (`2022年12月31日至2023年1月2日`), single days (`5月1日放假，与周末连休`), 补休 days,
 * combined holidays (`中秋节、国庆节：…`), working weekend days (`…上班`), full- and half-width
 * punctuation, and text copied from a web page (leading spaces, a reprint's first line, site
 * text around the notice, every paragraph on one line).
 *
 * @param text - The notice as published.
 * @returns The arrangement: each holiday as stated (补休 days included), the working weekend
 *   days in date order, and the title, 发文字号 and 成文日期 the notice states.
 * @throws ParseError code `INCONSISTENT` (with `index`) when a stated 共N天 differs from its
 *   range, a weekday note is not that date's weekday, a date does not exist or a range runs
 *   backwards — a typo must not become a wrong calendar.
 * @throws ParseError code `NOT_A_HOLIDAY_NOTICE` when the text is not a holiday notice.
 * @example
 * ```ts
 * const notice = parseHolidayNotice(
 *   '一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。\n' +
 *     '二、春节：2月15日至23日放假调休，共9天。2月14日（周六）、2月28日（周六）上班。\n' +
 *     '国务院办公厅\n2025年11月4日',
 * );
 * notice.year;        //=> 2026
 * notice.holidays[1]; //=> { name: '春节', start: '2026-02-15', end: '2026-02-23', days: 9 }
 * notice.workdays;    //=> ['2026-01-04', '2026-02-14', '2026-02-28']
 * notice.source;      //=> { date: '2025-11-04' }
 * parseHolidayNotice('一、元旦：1月1日至3日放假，共4天。'); //=> throws ParseError
 * ```
 */
export function parseHolidayNotice(text: string): HolidayArrangement {
  // Not a string: the code alone (the input is the value as a string).
  if (typeof text !== 'string') fail('NOT_A_HOLIDAY_NOTICE', String(text));
  // Half-width for full-width forms (（ → (, ： → :, ２ → 2), one character for one: offsets hold.
  // & 127 keeps the ASCII of U+FF01…U+FF5E and makes U+3000 a space (0x3000 - 0xfee0 ends in 0x20).
  const n = text.replace(/[\uff01-\uff5e\u3000]/g, (c) => String.fromCharCode((c.charCodeAt(0) - 0xfee0) & 127));
  const source: HolidayArrangementSource = {};
  // Found with its spaces removed and the brackets of its year written 〔〕, as the notice does.
  const doc = /国办?发(?:明电)?〔(\d{4})〕\d+号/.exec(
    n.replace(/ /g, '').replace(/[〔[(【](\d{4})[〕\])】]/g, '〔$1〕'),
  );
  if (doc) source.docNumber = doc[0];

  // At each 国务院: the title, the first 国务院(办公厅)关于…通知 within one short run of Han
  // characters, spaces and line breaks (80 characters: linear); the 成文日期, a date under the
  // last 国务院(办公厅) that is followed, across spaces and page debris but no Han text, by one
  // (its first 年, the four characters before it, the first 日 after). A lookahead, so that every
  // 国务院 is tried, each try bounded.
  for (const { index, 1: date } of n.matchAll(
    /国务院(?=(?:办公厅)?[^\u4e00-\u9fff]{0,156}([^年]{4}年[^日]{0,7}日)|)/g,
  )) {
    const title = /^国务院(?:办公厅)?关于[\u4e00-\u9fff\d、]+?通知/.exec(n.slice(index, index + 80).replace(/\s/g, ''));
    if (title) source.title ??= title[0];
    // Only where a date may follow: a throw per 国务院 costs ~20 µs.
    if (date)
      try {
        source.date = parseChineseDate(date);
      } catch {
        // Not a date: keep looking.
      }
  }

  // Headings 一、 二、 … (up to three numerals after no Han character), named when a holiday name
  // (…节, 元旦, …日, “五一”) follows before a colon or a digit, within 23 characters. A lookahead,
  // so that a 、 within a name is tried too.
  // Each: where it starts, where its text starts, its name (falsy if none) — a tuple.
  const headings = Array.from(
    n.matchAll(/(?<![\u4e00-\u9fff])[〇一二三四五六七八九十]{1,3}、(?=([^:\d,。\n]{0,23})([:\d]?))/g),
    (m): [at: number, body: number, name: string | false | undefined] => {
      const name = (m[1] as string).trim();
      return [m.index, m.index + m[0].length + (m[1] as string).length, m[2] && /[节旦日”]$/.test(name) && name];
    },
  );
  const named = headings.filter((heading) => heading[2]);
  const amendment = !named.length;
  // Where an amending notice's arrangement starts: …通知如下 (not a reprint's 全文如下).
  const intro = n.search(/(?<!全文)如下/);
  if (amendment && intro < 0) failWith('NOT_A_HOLIDAY_NOTICE', text, 'no holiday');

  // The year in a string, or in a match (exec reads it as its text; none, as 'null'); 0 for none.
  const yearIn = (s: unknown) => +(/(\d{4})年/.exec(s as string)?.[1] as string) || 0;
  const year =
    yearIn(source.title) ||
    yearIn(/现将\D{0,4}\d{4}年/.exec(n)) ||
    yearIn(/\d{4}年(?:元旦|春节|部分)/.exec(n)) ||
    (+(doc?.[1] as string) || +(source.date?.slice(0, 4) as string) || 0) + +!amendment;
  if (year < 1000) failWith('NOT_A_HOLIDAY_NOTICE', text, 'no year');

  // ISO dates: they sort as the days do.
  const workdays = new Set<IsoDate>();
  const items = amendment
    ? // The holiday it changes, from its title (调整2019年劳动节假期安排 → 劳动节): the first part
      // after 关于 (or 现将) between the words around a name.
      [
        [
          intro,
          intro + 2,
          (source.title ?? n.slice(n.indexOf('现将'), intro))
            .split(/关于|现将|调整|延长|\d{4}年|假期|放假|调休/)
            .find((part, i) => i && part) ?? '',
        ] as const,
      ]
    : (named as Array<[number, number, string]>);
  // The first heading after each item's text (items and headings are in text order): linear.
  let following = 0;
  const holidays = items.map(([, body, name]): Holiday => {
    while ((headings[following]?.[0] as number) <= body) following++;
    const limit = (!amendment && headings[following]?.[0]) || n.length;
    const item = n.slice(body, limit);
    const tokens = readDays(text, item, body, year);
    const [firstDay, firstAt, firstNext, , firstRange] =
      tokens[0] ?? failWith('NOT_A_HOLIDAY_NOTICE', text, `no date for ${name}`, body);
    let start = firstDay;
    let end = start;
    let k = 1;
    const before = n.slice(body, firstAt);
    if (/至\s*$/.test(before) && before.includes('延长')) {
      // 延长…假期至D: the extension states only its last day.
      start = Math.min(isoDayNumber(source.date) ?? end, end);
    } else if (firstRange && tokens[1]?.[1] === firstNext) {
      end = tokens[1][0];
      k = 2;
    }
    if (end < start) failWith('INCONSISTENT', text, `${fromDayNumber(end)} < ${fromDayNumber(start)}`, firstAt);
    // The dates that follow: runs joined by 、, then 上班 (working days) or 补休 (a day off added).
    for (let run: number[] = []; k < tokens.length; k++) {
      const [day, , next, joiner, range, worked, off] = tokens[k] as Token;
      run.push(day);
      if (joiner && tokens[k + 1]?.[1] === next) continue;
      for (const d of run) {
        if (worked) workdays.add(fromDayNumber(d));
        if (off) end = Math.max(end, d);
      }
      if (range) k++;
      run = [];
    }
    const days = end - start + 1;
    // 共N天 or 放假N天, the first in the item, quoted as written when it is wrong. Searched from the
    // item's start, so that a first date the scan could not read is still checked.
    const count = /(?:共|放假)(\d{1,3}|[一二两三四五六七八九十])天/.exec(item);
    if (count && numeral(count[1] as string) !== days)
      failWith('INCONSISTENT', text, `${count[0]} but ${days} days`, body + count.index);
    return { name, start: fromDayNumber(start), end: fromDayNumber(end), days };
  });
  return {
    year,
    holidays,
    workdays: [...workdays].sort(),
    source,
    ...(amendment && { amendment: true }),
  };
}

/**
 * The dates of an item's text (`item`, at `from` in the notice), up to the first sentence without
 * one after a date, each with its year — stated, inherited within the item, or the arrangement's,
 * but December in an item that also names January (12月30日至1月1日; 2007年12月30日-2008年1月1日 …
 * 12月29日上班) is the year before — checked: a date that does not exist or a weekday note that is
 * not its weekday is INCONSISTENT.
 */
function readDays(text: string, item: string, from: number, year: number): Token[] {
  // Each date: where it starts, its year as stated (0 if none) and month, and its token (a
  // tuple: its fields are not in the bundle).
  const found: Array<[at: number, y: number, month: number, m: RegExpMatchArray]> = [];
  let sentenceHasDay = false;
  let month = 0;
  let y = 0;
  // December is the year before in an item that names January or states that year (2029年12月30日至31日
  // … 12月29日): known when the item is read, so the dates are checked after.
  let before = false;
  for (const m of item.matchAll(TOKENS)) {
    const [token, date, stated, mo, dd] = m;
    if (token === '。') {
      if (!sentenceHasDay && found.length) break;
      sentenceHasDay = false;
    } else if (dd) {
      const at = from + m.index;
      // A stated year holds for the day-only dates after it (2012年1月1日至3日), not for the next month.
      // A month 0 (0月1日, 10月 with its 1 lost) is a typo, never a date to skip.
      if (mo) {
        if (!+mo) failWith('INCONSISTENT', text, `${date} is not a date`, at);
        y = 0;
        month = +mo;
      }
      if (stated) y = +stated;
      if (!month) continue;
      before ||= month === 1 || y === year - 1;
      found.push([at, y, month, m]);
      sentenceHasDay = true;
    }
  }
  return found.map(([at, stated, mo, m]) => {
    const [token, , , , dd, joiner, range, worked, off] = m;
    const d = +(dd as string);
    const dayYear = stated || (mo === 12 && before ? year - 1 : year);
    const day = dayNumberOf(dayYear, mo, d);
    if (mo > 12 || !d || d > daysInMonth(dayYear, mo))
      failWith('INCONSISTENT', text, `${mo}月${d}日 is not a date`, at);
    // A weekday in the token is in its note: the date and what follows it hold none.
    const note = /(?:星期|周|礼拜)([日一二三四五六天])/.exec(token);
    if (note && '日一二三四五六天'.indexOf(note[1] as string) % 7 !== weekdayOf(day))
      failWith('INCONSISTENT', text, `${fromDayNumber(day)} is not a ${note[0]}`, at + note.index);
    return [day, at, at + token.length, joiner, range, worked, off];
  });
}
