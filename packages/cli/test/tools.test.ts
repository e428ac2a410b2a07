import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addWorkingDays,
  applyDuration,
  calendarSources,
  countWorkingDays,
  dayType,
  findDates,
  formatChineseNumber,
  type IsoDate,
  parseChineseNumber,
  parseDeadline,
  parseDocumentNumber,
  parseDuration,
} from '@gongbao/utils';
import { parseHolidayNotice, prcCalendar } from '@gongbao/utils/calendar';
import { describe, expect, it } from 'vitest';
import { gongbao, json, viaJson } from './gongbao';

const day = (text: string) => text as IsoDate;
const SOURCE = join(import.meta.dirname, '../../data/source/changzhi-gongbao-2024-03.md');

describe.concurrent('gongbao workdays', () => {
  it('adds working days as addWorkingDays does, forwards and back', async () => {
    for (const [date, n] of [
      ['2024-09-30', 1],
      ['2024-06-04', 7],
      ['2024-06-11', -1],
      ['2024-06-10', 0],
      ['2024-02-09', 1],
    ] as const) {
      const run = await gongbao(['workdays', 'add', date, String(n)]);
      expect(run).toEqual({ status: 0, stdout: `${addWorkingDays(day(date), n)}\n`, stderr: '' });
    }
    expect(json(await gongbao(['workdays', 'add', '2024-09-30', '1', '--json']))).toEqual({
      date: '2024-09-30',
      workingDays: 1,
      result: '2024-10-08',
    });
  });

  it('reads Chinese dates and numerals as arguments', async () => {
    expect((await gongbao(['workdays', 'add', '2024年9月30日', '一'])).stdout).toBe('2024-10-08\n');
  });

  it('counts working days as countWorkingDays does', async () => {
    const run = await gongbao(['workdays', 'count', '2024-06-01', '2024-06-30']);
    expect(run.stdout).toBe(`${countWorkingDays(day('2024-06-01'), day('2024-06-30'))}\n`);
    expect(json(await gongbao(['workdays', 'count', '2024-10-01', '2024-10-07', '--json']))).toEqual({
      from: '2024-10-01',
      to: '2024-10-07',
      workingDays: 0,
    });
  });

  it('fails (exit 1) outside the calendar, naming what it covers', async () => {
    for (const args of [
      ['add', '2030-01-02', '1'],
      ['add', '2026-12-31', '1'],
      ['count', '2009-12-01', '2010-01-10'],
    ]) {
      const run = await gongbao(['workdays', ...args]);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr).toMatch(/outside the working-day calendar \(2010-01-01 … 2026-12-31\)/u);
    }
  });

  it('is a usage error (exit 2) for a bad date, a bad number, or dates in the wrong order', async () => {
    for (const args of [
      ['add', '2024-13-01', '1'],
      ['add', '06/04/2024', '1'],
      ['add', '2024-06-04', '1.5'],
      ['add', '2024-06-04', 'x'],
      ['count', '2024-06-30', '2024-06-01'],
    ]) {
      const run = await gongbao(['workdays', ...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
  });
});

describe.concurrent('gongbao deadline', () => {
  it('resolves a deadline as parseDeadline does', async () => {
    for (const text of ['2024年2月底前', '2024年底前', '2024年上半年', '2024年第三季度', '2024年5月15日前']) {
      const run = await gongbao(['deadline', text, '--json']);
      expect(json(run), text).toEqual(viaJson(parseDeadline(text)));
      const plain = await gongbao(['deadline', text]);
      expect(plain.stdout.split('  ')[0]).toBe(parseDeadline(text).date);
    }
    const reference = day('2024-11-20');
    expect(json(await gongbao(['deadline', '每年11月5日前', '--reference', reference, '--json']))).toEqual(
      viaJson(parseDeadline('每年11月5日前', { reference })),
    );
  });

  it('computes the last day of a period counted from an event, the reference day not counted', async () => {
    const reference = day('2024-06-03');
    for (const [text, duration] of [
      ['自收到申请之日起15个工作日内', '15个工作日内'],
      ['收到通知后30日内', '30日内'],
      ['自受理之日起二十日内作出决定', '二十日内'],
      ['15个工作日内', '15个工作日内'],
      ['自公布之日起两个月内', '两个月内'],
    ] as const) {
      const expected = applyDuration(reference, parseDuration(duration), { includeStart: false });
      const run = await gongbao(['deadline', text, '--reference', reference, '--json']);
      expect(run.status, text).toBe(0);
      expect(json(run), text).toEqual({
        date: expected,
        kind: 'period',
        raw: text,
        from: reference,
        includeStart: false,
        duration: viaJson(parseDuration(duration)),
      });
    }
    // 10 June 2024 is the Dragon Boat Festival: the 15th working day after 3 June is 25 June.
    const plain = await gongbao(['deadline', '自收到申请之日起15个工作日内', '--reference', reference]);
    expect(plain).toEqual({
      status: 0,
      stdout:
        '2024-06-25  period  自收到申请之日起15个工作日内\n  15 working days after 2024-06-03 (that day not counted)\n',
      stderr: '',
    });
  });

  it('counts a period from the first day the text gives, that day included, without --reference', async () => {
    const run = await gongbao(['deadline', '自2024年6月4日起公示七个工作日', '--json']);
    expect(json(run)).toMatchObject({
      date: applyDuration(day('2024-06-04'), parseDuration('七个工作日')),
      from: '2024-06-04',
      includeStart: true,
    });
    expect(json(run)).toMatchObject({ date: '2024-06-13' });
  });

  it('asks for --reference for a period from an event, and counts on the calendar --notice extends', async () => {
    const run = await gongbao(['deadline', '自收到申请之日起15个工作日内']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('counts from an event');
    expect(run.stderr).toContain('Add --reference YYYY-MM-DD');
    const late = await gongbao(['deadline', '自收到申请之日起15个工作日内', '--reference', '2026-12-20']);
    expect(late.status).toBe(1);
    expect(late.stderr).toMatch(/outside the working-day calendar.*\n.*--notice FILE/u);
    const notice = join(import.meta.dirname, 'fixtures/made-up-2027-notice.txt');
    const calendar = prcCalendar.extend(parseHolidayNotice(readFileSync(notice, 'utf8')));
    const withNotice = await gongbao([
      'deadline',
      '自收到申请之日起15个工作日内',
      '--reference',
      '2026-12-20',
      '--notice',
      notice,
      '--json',
    ]);
    expect(withNotice.status).toBe(0);
    // The 15th working day of the period that starts the day after the reference, on that calendar.
    const { date } = json(withNotice) as { date: IsoDate };
    expect(calendar.isWorkingDay(date)).toBe(true);
    expect(calendar.countWorkingDays('2026-12-21', date)).toBe(15);
    expect(date > '2027-01-01').toBe(true);
  });

  it('says when the last day is not a working day', async () => {
    const run = await gongbao(['deadline', '2024年10月1日前']);
    expect(run.stdout).toContain('2024-10-01 is a day off (放假); the next working day is 2024-10-08');
  });

  it('fails (exit 1) with what to do for what it cannot date', async () => {
    const cases: [string, RegExp][] = [
      ['每年11月5日前', /Add --reference YYYY-MM-DD/u],
      ['2024年6月前', /ambiguous/u],
      ['下周', /not a deadline gongbao reads/u],
      ['2024年2月30日前', /names no real day/u],
    ];
    for (const [text, message] of cases) {
      const run = await gongbao(['deadline', text]);
      expect(run.status, text).toBe(1);
      expect(run.stderr, text).toMatch(message);
    }
    expect((await gongbao(['deadline', '次年', '--reference', 'soon'])).status).toBe(2);
  });
});

describe.concurrent('gongbao dates', () => {
  it('finds in a file what findDates finds in the whole text, offsets included', async () => {
    const text = readFileSync(SOURCE, 'utf8');
    const found = json(await gongbao(['dates', SOURCE, '--json']));
    const expected = findDates(text);
    expect(expected.length).toBeGreaterThan(50);
    expect(found).toEqual(viaJson(expected));
  });

  it('reads stdin, CRLF line ends and a reference date', async () => {
    const text = '本办法自2024年6月22日起执行，有效期5年。\r\n2024 年底前完成，每年11月5日前报送。\r\n';
    const run = await gongbao(['dates', '-', '--reference', '2024-06-04', '--json'], { input: text });
    expect(json(run)).toEqual(viaJson(findDates(text, { reference: day('2024-06-04') })));
    const plain = await gongbao(['dates', '-'], { input: text });
    expect(plain.stdout.split('\n')).toEqual([
      '<stdin>:1:4 effective 自2024年6月22日起执行 → in force from 2024-06-22',
      '<stdin>:1:19 duration 有效期5年 → 5 years',
      '<stdin>:2:1 deadline 2024 年底前 → by 2024-12-31 (year-end)',
      '<stdin>:2:12 deadline 每年11月5日前 → recurring deadline; add --reference to date it',
      '',
    ]);
  });

  it('prints [] and a note for a text without dates', async () => {
    expect(json(await gongbao(['dates', '-', '--json'], { input: '没有日期。' }))).toEqual([]);
    expect((await gongbao(['dates', '-'], { input: '没有日期。' })).stderr).toBe(
      'no dates, deadlines or durations in <stdin>\n',
    );
  });
});

describe.concurrent('gongbao calendar', () => {
  it("prints a year's days off and worked weekend days as dayType has them", async () => {
    const data = json(await gongbao(['calendar', '--year', '2024', '--json'])) as {
      daysOff: IsoDate[];
      makeupWorkdays: IsoDate[];
      workingDays: number;
      notices: string[];
    };
    expect(data.workingDays).toBe(countWorkingDays(day('2024-01-01'), day('2024-12-31')));
    expect(data.daysOff).toContain('2024-10-07');
    for (const date of data.daysOff) expect(dayType(date)).toBe('holiday');
    for (const date of data.makeupWorkdays) expect(dayType(date)).toBe('makeup-workday');
    expect(data.makeupWorkdays).toHaveLength(8);
    expect(data.notices).toEqual(calendarSources().find((s) => s.year === 2024)?.notices);
    const text = await gongbao(['calendar', '--year', '2024']);
    expect(text.stdout).toContain('2024-10-01 周二 … 2024-10-07 周一  7 days');
    expect(text.stdout).toContain('2024-02-04 周日');
  });

  it('fails (exit 1) for a year the calendar does not cover, and exit 2 for what is not a year', async () => {
    expect((await gongbao(['calendar', '--year', '2030'])).status).toBe(1);
    expect((await gongbao(['calendar', '--year', '24'])).status).toBe(2);
  });
});

describe.concurrent('gongbao number and numeral', () => {
  it('parses a 发文字号 as parseDocumentNumber does, and says what was normalised', async () => {
    for (const text of [
      '长政发[2024]5号',
      '长人社规（２０２４）第01 号',
      '国务院令第713号',
      '长政办发【2024】第016号',
    ]) {
      expect(json(await gongbao(['number', text, '--json'])), text).toEqual(viaJson(parseDocumentNumber(text)));
    }
    const run = await gongbao(['number', '长人社规（２０２４）第01 号']);
    expect(run.stdout.split('\n')[0]).toBe('长人社规〔2024〕1号');
    expect(run.stdout).toMatch(
      /year brackets → 〔 〕, full-width digits → ASCII, spaces removed, 第 before the serial dropped, leading zeros dropped/u,
    );
  });

  it('fails (exit 1) for what is not a 发文字号', async () => {
    for (const text of ['根据长政发〔2024〕5号', '2024年6月4日', '长政发〔2024〕0号']) {
      const run = await gongbao(['number', text]);
      expect(run.status, text).toBe(1);
      expect(run.stderr).toMatch(/^gongbao: '.*' (is not a 发文字号|has serial number 0)\n/u);
    }
  });

  it('reads Chinese numerals and writes numbers as Chinese numerals', async () => {
    for (const text of ['一百零五', '二〇二四', '壹仟零伍', '六千八', '105', '１０５', '0']) {
      const value = /^[0-9０-９]+$/u.test(text)
        ? Number(text.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)))
        : parseChineseNumber(text);
      expect(json(await gongbao(['numeral', text, '--json'])), text).toEqual({
        input: text,
        value,
        chinese: formatChineseNumber(value),
        financial: formatChineseNumber(value, { financial: true }),
        digitByDigit: formatChineseNumber(value, { digitByDigit: true }),
      });
    }
    expect((await gongbao(['numeral', '一百零五'])).stdout.split('\n')[0]).toBe('105');
    expect((await gongbao(['numeral', '105'])).stdout.split('\n')[0]).toBe('一百零五');
  });

  it('fails (exit 1) for what is not a numeral', async () => {
    for (const text of ['十十', '一百x', '-3', '2.5', '99999999999999999999']) {
      const run = await gongbao(['numeral', text]);
      expect(run.status, text).toBe(1);
      expect(run.stdout).toBe('');
    }
  });
});
