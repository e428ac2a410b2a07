import { readFileSync } from 'node:fs';
import { parseHolidayNotice, prcCalendar } from '@gongbao/utils/calendar';
import { describe, expect, it } from 'vitest';
import { thrownBy } from '../helpers.js';

const notice = (file: string) => readFileSync(new URL(`../../notices/${file}`, import.meta.url), 'utf8');

describe('parseHolidayNotice on the stored notices', () => {
  it('reads the 2024 notice (wikisource copy, title over two lines, an aside 除夕（2月9日）)', () => {
    expect(parseHolidayNotice(notice('2024.txt'))).toEqual({
      year: 2024,
      holidays: [
        { name: '元旦', start: '2024-01-01', end: '2024-01-01', days: 1 },
        { name: '春节', start: '2024-02-10', end: '2024-02-17', days: 8 },
        { name: '清明节', start: '2024-04-04', end: '2024-04-06', days: 3 },
        { name: '劳动节', start: '2024-05-01', end: '2024-05-05', days: 5 },
        { name: '端午节', start: '2024-06-10', end: '2024-06-10', days: 1 },
        { name: '中秋节', start: '2024-09-15', end: '2024-09-17', days: 3 },
        { name: '国庆节', start: '2024-10-01', end: '2024-10-07', days: 7 },
      ],
      workdays: [
        '2024-02-04',
        '2024-02-18',
        '2024-04-07',
        '2024-04-28',
        '2024-05-11',
        '2024-09-14',
        '2024-09-29',
        '2024-10-12',
      ],
      source: {
        title: '国务院办公厅关于2024年部分节假日安排的通知',
        docNumber: '国办发明电〔2023〕7号',
        date: '2023-10-25',
      },
    });
  });

  it('reads a range across years, 补休 days, combined holidays and a Chinese-numeral 成文日期', () => {
    const y2019 = parseHolidayNotice(notice('2019.txt'));
    expect(y2019.holidays[0]).toEqual({ name: '元旦', start: '2018-12-30', end: '2019-01-01', days: 3 });
    expect(y2019.workdays[0]).toBe('2018-12-29');
    const y2014 = parseHolidayNotice(notice('2014.txt'));
    expect(y2014.holidays[2]).toEqual({ name: '清明节', start: '2014-04-05', end: '2014-04-07', days: 3 });
    const y2012 = parseHolidayNotice(notice('2012.txt'));
    expect(y2012.holidays[5]).toEqual({ name: '中秋节、国庆节', start: '2012-09-30', end: '2012-10-07', days: 8 });
    expect(y2012.source).toEqual({
      title: '国务院办公厅关于2012年部分节假日安排的通知',
      docNumber: '国办发明电〔2011〕45号',
      date: '2011-12-05',
    });
    // 2010: a forum copy with anti-copy debris on every line; 二○○九年十二月七日.
    const y2010 = parseHolidayNotice(notice('2010.txt'));
    expect(y2010.source).toEqual({ docNumber: '国办发明电〔2009〕27号', date: '2009-12-07' });
    expect(y2010.workdays).toEqual([
      '2010-02-20',
      '2010-02-21',
      '2010-06-12',
      '2010-06-13',
      '2010-09-19',
      '2010-09-25',
      '2010-09-26',
      '2010-10-09',
    ]);
  });

  it('reads the amending notices as amendments', () => {
    expect(parseHolidayNotice(notice('2019-labour-day.txt'))).toEqual({
      year: 2019,
      holidays: [{ name: '劳动节', start: '2019-05-01', end: '2019-05-04', days: 4 }],
      workdays: ['2019-04-28', '2019-05-05'],
      source: {
        title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
        docNumber: '国办发明电〔2019〕3号',
        date: '2019-03-22',
      },
      amendment: true,
    });
    const extension = parseHolidayNotice(notice('2020-spring-festival-extension.txt'));
    expect(extension.holidays).toEqual([{ name: '春节', start: '2020-01-26', end: '2020-02-02', days: 8 }]);
    // 2月3日（星期一）起正常上班 is not a 调休 working day.
    expect(extension.workdays).toEqual([]);
  });
});

describe('the notice against itself', () => {
  const base =
    '一、春节：1月27日至2月2日放假调休，共7天。1月22日（星期日）、2月4日（星期六）上班。\n国务院办公厅\n2016年12月1日';
  it('accepts the consistent text', () => {
    expect(parseHolidayNotice(base).holidays).toEqual([
      { name: '春节', start: '2017-01-27', end: '2017-02-02', days: 7 },
    ]);
  });
  it('throws INCONSISTENT at a 共N天 typo', () => {
    const text = base.replace('共7天', '共8天');
    expect(thrownBy(() => parseHolidayNotice(text))).toMatchObject({
      name: 'ParseError',
      code: 'INCONSISTENT',
      index: text.indexOf('8天') - 1,
    });
  });
  it('throws INCONSISTENT at a wrong weekday', () => {
    const text = base.replace('1月22日（星期日）', '1月22日（星期一）');
    expect(thrownBy(() => parseHolidayNotice(text))).toMatchObject({
      code: 'INCONSISTENT',
      index: text.indexOf('星期一'),
    });
  });
  it('throws NOT_A_HOLIDAY_NOTICE for other text', () => {
    for (const text of ['', '关于印发《长治市城市管理办法》的通知', '经研究，现将有关事项通知如下。']) {
      expect(thrownBy(() => parseHolidayNotice(text))).toMatchObject({
        name: 'ParseError',
        code: 'NOT_A_HOLIDAY_NOTICE',
      });
    }
  });
});

describe('prcCalendar.extend', () => {
  it('extends the calendar with a new year and computes deadlines across it', () => {
    const y2027 = parseHolidayNotice(
      notice('2026.txt')
        .replaceAll('2026年', '2027年')
        .replace(/\([^)]*\)/g, ''),
    );
    const calendar = prcCalendar.extend(y2027);
    expect(calendar.coverage).toEqual({ from: '2010-01-01', to: '2027-12-31' });
    expect(calendar.addWorkingDays('2026-12-28', 5)).toBe('2027-01-05');
    expect(() => prcCalendar.addWorkingDays('2026-12-28', 5)).toThrow(
      /prcCalendar\.extend\(parseHolidayNotice\(text\)\)/,
    );
    // A year given again as it is changes nothing; differently, it throws.
    expect(prcCalendar.extend(parseHolidayNotice(notice('2024.txt'))).coverage).toEqual(prcCalendar.coverage);
    const other = parseHolidayNotice(notice('2024.txt').replace('6月10日放假', '6月11日放假'));
    expect(thrownBy(() => prcCalendar.extend(other))).toMatchObject({ code: 'CONFLICTING_ARRANGEMENTS' });
  });
});
