/**
 * parseHolidayNotice on layouts other than the stored notices: verbatim excerpts of the 2008 and
 * 2009 notices as web pages carry them (another layout: 其中… sentences, headings without a colon,
 * numbered lines), and generated notices in every form the issue lists — fast-check builds an
 * arrangement, writes it as a notice (full- or half-width punctuation, 周/星期 notes, ranges across
 * a month or a year, with or without title and 发文字号, every paragraph on one line, web-copy
 * indentation, a reprint's first line, lunar notes, an aside with a date, a line break after 、, a
 * 补休 day) and checks that the parser gives the arrangement back, and
 * that a wrong 共N天 or weekday is INCONSISTENT.
 */
import { readFileSync } from 'node:fs';
import { parseHolidayNotice } from '@gongbao/utils/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrownBy } from '../helpers.js';

const fixture = (file: string) => readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8');

describe('parseHolidayNotice on the 2008 and 2009 layouts (verbatim excerpts of public pages)', () => {
  it('reads the 2008 notice as a news page carries it (https://news.cdc.net.cn/article/12481.html)', () => {
    // Dashes for 至, a range from 2007年12月30日, 上班 after a comma, notes without a weekday (除夕).
    const notice = parseHolidayNotice(fixture('2008-excerpt.txt'));
    expect(notice.year).toBe(2008);
    expect(notice.holidays).toEqual([
      { name: '元旦', start: '2007-12-30', end: '2008-01-01', days: 3 },
      { name: '春节', start: '2008-02-06', end: '2008-02-12', days: 7 },
      { name: '清明节', start: '2008-04-04', end: '2008-04-06', days: 3 },
      { name: '“五一”国际劳动节', start: '2008-05-01', end: '2008-05-03', days: 3 },
      { name: '端午节', start: '2008-06-07', end: '2008-06-09', days: 3 },
    ]);
    expect(notice.workdays).toEqual(['2007-12-29', '2008-02-02', '2008-02-03', '2008-05-04']);
  });

  it('reads the 2009 notice from a blog copy (http://space.foodmate.net/13634/viewspace-24894.html)', () => {
    // Headings without a colon (三、清明节4月4日至6日放假), 其中… sentences naming more dates.
    const notice = parseHolidayNotice(fixture('2009-excerpt.txt'));
    expect(notice.year).toBe(2009);
    expect(notice.holidays).toEqual([
      { name: '元旦', start: '2009-01-01', end: '2009-01-03', days: 3 },
      { name: '春节', start: '2009-01-25', end: '2009-01-31', days: 7 },
      { name: '清明节', start: '2009-04-04', end: '2009-04-06', days: 3 },
      { name: '劳动节', start: '2009-05-01', end: '2009-05-03', days: 3 },
      { name: '端午节', start: '2009-05-28', end: '2009-05-30', days: 3 },
    ]);
    expect(notice.workdays).toEqual(['2009-01-04', '2009-01-24', '2009-02-01', '2009-05-31']);
  });

  it('reads the 2009 notice split into numbered lines (https://tielingcn.com/zhjx/202307/90299.html)', () => {
    const notice = parseHolidayNotice(fixture('2009-sections.txt'));
    expect(notice.source).toEqual({
      title: '国务院办公厅关于2009年部分节假日安排的通知',
      docNumber: '国办发明电〔2008〕42号',
    });
    expect(notice.holidays.map(({ name, start, end }) => `${name} ${start} ${end}`)).toEqual([
      '元旦 2009-01-01 2009-01-03',
      '春节 2009-01-25 2009-01-31',
      '清明节 2009-04-04 2009-04-06',
      '劳动节 2009-05-01 2009-05-03',
    ]);
    expect(notice.workdays).toEqual(['2009-01-04', '2009-01-24', '2009-02-01']);
  });
});

describe('parseHolidayNotice on a copy with a typo (verbatim, http://opticsky.cn/read-htm-tid-96073.html)', () => {
  it('throws INCONSISTENT at 0月1日 (10月 with its 1 lost) instead of a one-day 国庆 from 9月30日', () => {
    const text = fixture('2017-typo-excerpt.txt');
    expect(thrownBy(() => parseHolidayNotice(text))).toMatchObject({
      code: 'INCONSISTENT',
      index: text.indexOf('0月1日至8日'),
    });
    // With the 1 restored, the copy reads as the 2017 notice.
    expect(parseHolidayNotice(text.replace('0月1日至8日', '10月1日至8日')).holidays.at(-1)).toEqual({
      name: '中秋节、国庆节',
      start: '2017-10-01',
      end: '2017-10-08',
      days: 8,
    });
  });
});

describe('parseHolidayNotice: December dates of the year before', () => {
  it('reads a December date as the year before where the item states that year (found by the property below)', () => {
    const text =
      '经国务院批准，现将2030年元旦等放假调休日期的具体安排通知如下。\n一、元旦：2029年12月30日（周日）至31日（周一）放假调休，共2天。12月29日（周六）上班。';
    expect(parseHolidayNotice(text)).toMatchObject({
      year: 2030,
      holidays: [{ name: '元旦', start: '2029-12-30', end: '2029-12-31', days: 2 }],
      workdays: ['2029-12-29'],
    });
  });
});

const DAY = 864e5;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const utc = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);
const NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节', '中秋节、国庆节'];
const NUMERALS = '一二三四五六七八九十';

interface Item {
  name: string;
  start: number;
  end: number;
  workdays: number[];
}

/** An arrangement of `year`: holidays in distinct odd months (one may start in December before). */
const arrangement = fc
  .record({
    year: fc.integer({ min: 2030, max: 2099 }),
    crossesYear: fc.boolean(),
    months: fc.uniqueArray(fc.constantFrom(1, 3, 5, 7, 9, 11), { minLength: 1, maxLength: 6 }),
    starts: fc.array(fc.integer({ min: 1, max: 26 }), { minLength: 7, maxLength: 7 }),
    lengths: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 7, maxLength: 7 }),
    workdays: fc.array(fc.array(fc.integer({ min: -9, max: 9 }), { maxLength: 2 }), { minLength: 7, maxLength: 7 }),
    names: fc.array(fc.constantFrom(...NAMES), { minLength: 7, maxLength: 7 }),
  })
  .map(({ year, crossesYear, months, starts, lengths, workdays, names }) => {
    const items: Item[] = [];
    const chosen: number[] = [...months].sort((a, b) => a - b).filter((month) => !(crossesYear && month === 1));
    if (crossesYear) chosen.unshift(0); // 0: 元旦 from 30 or 31 December of the year before, 3 days
    chosen.forEach((month, i) => {
      const start =
        month === 0 ? utc(year - 1, 12, 30 + ((starts[i] as number) % 2)) : utc(year, month, starts[i] as number);
      const end = start + ((month === 0 ? 3 : (lengths[i] as number)) - 1) * DAY;
      // Weekend days near the holiday, outside it: the 调休 working days.
      const near = (workdays[i] as number[])
        .map((offset) => (offset < 0 ? start + offset * DAY : end + (offset + 1) * DAY))
        .filter((time, k, all) => all.indexOf(time) === k && [0, 6].includes(new Date(time).getUTCDay()));
      items.push({
        name: month === 0 ? '元旦' : (names[i] as string),
        start,
        end,
        workdays: near.sort((a, b) => a - b),
      });
    });
    return { year, items };
  });

const style = fc.record({
  fullWidth: fc.boolean(),
  weekday: fc.constantFrom('none', '周', '星期'),
  title: fc.boolean(),
  docNumber: fc.boolean(),
  oneLine: fc.boolean(),
  indent: fc.constantFrom('', '  ', '\u3000\u3000', '    '),
  reprint: fc.boolean(),
  signature: fc.boolean(),
  // Forms the token pattern reads: a lunar note before the weekday (（农历腊月二十八、周日）), an
  // aside with a date after the item's dates (除夕（2月9日）), spaces or a line break after a 、,
  // and a range's last day written as a 补休 day.
  lunar: fc.boolean(),
  aside: fc.boolean(),
  afterComma: fc.constantFrom('', ' ', '\n'),
  compensatory: fc.boolean(),
});

type Style = typeof style extends fc.Arbitrary<infer T> ? T : never;

/** The arrangement written as a notice in the given style. */
function write({ year, items }: { year: number; items: Item[] }, s: Style) {
  const [colon, open, close, comma] = s.fullWidth ? ['：', '（', '）', '，'] : [':', '(', ')', ','];
  const note = (time: number) =>
    s.weekday === 'none' ? '' : `${open}${s.weekday}${'日一二三四五六'.charAt(new Date(time).getUTCDay())}${close}`;
  const month = (time: number) => new Date(time).getUTCMonth() + 1;
  const day = (time: number) => new Date(time).getUTCDate();
  const yearOf = (time: number) => new Date(time).getUTCFullYear();
  const date = (time: number) => `${month(time)}月${day(time)}日`;
  // The first date's note, with a lunar date before the weekday when the style has one.
  const firstNote = (time: number) =>
    s.lunar && s.weekday !== 'none' ? note(time).replace(s.weekday, `农历腊月二十八、${s.weekday}`) : note(time);
  const paragraphs: string[] = [];
  if (s.reprint) paragraphs.push('来源：中国政府网 2029年11月12日 转载');
  if (s.title) paragraphs.push(`国务院办公厅关于${year}年部分节假日安排的通知`);
  if (s.docNumber) paragraphs.push(`国办发明电〔${year - 1}〕9号`);
  paragraphs.push(`各省、自治区、直辖市人民政府${comma}国务院各部委、各直属机构${colon}`);
  paragraphs.push(`经国务院批准${comma}现将${year}年元旦、春节等放假调休日期的具体安排通知如下。`);
  items.forEach(({ name, start, end, workdays }, i) => {
    // With a 补休 day, the range as written ends the day before.
    const compensatory = s.compensatory && end > start;
    const shown = compensatory ? end - DAY : end;
    const first = yearOf(start) !== year ? `${yearOf(start)}年${date(start)}` : date(start);
    const last =
      yearOf(start) !== yearOf(shown)
        ? `${yearOf(shown)}年${date(shown)}`
        : month(start) !== month(shown)
          ? date(shown)
          : `${day(shown)}日`;
    const range =
      start === shown
        ? `${first}${firstNote(start)}放假`
        : `${first}${firstNote(start)}至${last}${note(shown)}放假调休`;
    const count = start === end ? '' : `${comma}共${(end - start) / DAY + 1}天`;
    const added = compensatory ? `${date(end)}${note(end)}补休。` : '';
    const worked = workdays.length
      ? `${workdays.map((time) => `${date(time)}${note(time)}`).join(`、${s.afterComma}`)}上班。`
      : '';
    const aside = s.aside ? `鼓励各单位安排职工在除夕${open}${date(start - DAY)}${close}休息。` : '';
    paragraphs.push(`${NUMERALS.charAt(i)}、${name}${colon}${range}${count}。${added}${worked}${aside}`);
  });
  paragraphs.push('节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。');
  if (s.signature) paragraphs.push('国务院办公厅', `${year - 1}年11月12日`);
  return paragraphs.map((p) => s.indent + p).join(s.oneLine ? '' : '\n\n');
}

describe('parseHolidayNotice on generated notices (fast-check)', () => {
  it('gives back the arrangement the notice was written from, in every layout', () => {
    fc.assert(
      fc.property(arrangement, style, (arranged, s) => {
        const text = write(arranged, s);
        const parsed = parseHolidayNotice(text);
        expect(parsed.year).toBe(arranged.year);
        expect(parsed.holidays).toEqual(
          arranged.items.map(({ name, start, end }) => ({
            name,
            start: iso(start),
            end: iso(end),
            days: (end - start) / DAY + 1,
          })),
        );
        const workdays = arranged.items.flatMap((item) => item.workdays).sort((a, b) => a - b);
        expect(parsed.workdays).toEqual(workdays.map(iso));
        if (s.title) expect(parsed.source.title).toBe(`国务院办公厅关于${arranged.year}年部分节假日安排的通知`);
        if (s.docNumber) expect(parsed.source.docNumber).toBe(`国办发明电〔${arranged.year - 1}〕9号`);
        if (s.signature) expect(parsed.source.date).toBe(`${arranged.year - 1}-11-12`);
      }),
      { numRuns: 300 },
    );
  });

  it('throws INCONSISTENT, at the count, when a 共N天 is off by any amount', () => {
    fc.assert(
      fc.property(arrangement, style, fc.integer({ min: 1, max: 5 }), (arranged, s, off) => {
        const text = write(arranged, s);
        const match = /共(\d+)天/.exec(text);
        fc.pre(match !== null);
        const stated = Number(match?.[1]);
        const typo = `${text.slice(0, match?.index)}共${stated + off}天${text.slice((match?.index ?? 0) + (match?.[0].length ?? 0))}`;
        expect(thrownBy(() => parseHolidayNotice(typo))).toMatchObject({
          name: 'ParseError',
          code: 'INCONSISTENT',
          index: match?.index,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('throws INCONSISTENT, at the note, for a weekday note that is not the date’s weekday', () => {
    fc.assert(
      fc.property(arrangement, style, fc.integer({ min: 1, max: 6 }), (arranged, s, shift) => {
        fc.pre(s.weekday !== 'none');
        const text = write(arranged, s);
        const note = new RegExp(`${s.weekday}([日一二三四五六])`).exec(text);
        fc.pre(note !== null);
        const days = '日一二三四五六';
        const wrong = days.charAt((days.indexOf(note?.[1] as string) + shift) % 7);
        const at = (note?.index ?? 0) + s.weekday.length;
        const typo = `${text.slice(0, at)}${wrong}${text.slice(at + 1)}`;
        expect(thrownBy(() => parseHolidayNotice(typo))).toMatchObject({ code: 'INCONSISTENT', index: note?.index });
      }),
      { numRuns: 200 },
    );
  });
});
