/**
 * `--notice FILE` on calendar, workdays and deadline: the built-in calendar extended by a State
 * Council holiday notice for one command, and the notice's errors as one-line messages.
 *
 * `fixtures/made-up-2027-notice.txt` is a made-up 2027 notice in the published layout (title,
 * 发文字号, weekday and lunar notes, 成文日期; its weekdays are right): the real one is not stored.
 * The notices of `packages/utils/notices` are real, as published (one copied from a web forum).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  daysInMonth,
  type IsoDate,
  ParseError,
  parseDeadline,
  parseHolidayNotice,
  prcCalendar,
  toIsoDate,
} from '@gongbao/utils';
import { describe, expect, it } from 'vitest';
import { gongbao, json, viaJson } from './gongbao';

const NOTICE_2027 = join(import.meta.dirname, 'fixtures/made-up-2027-notice.txt');
const TEXT_2027 = readFileSync(NOTICE_2027, 'utf8');
const REAL = (name: string) => join(import.meta.dirname, '../../utils/notices', name);
const extended = prcCalendar.extend(parseHolidayNotice(TEXT_2027));
const dir = mkdtempSync(join(tmpdir(), 'gongbao-notice-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const day = (text: string) => text as IsoDate;

/** The error parseHolidayNotice throws for a text. */
function thrownBy(text: string): ParseError {
  try {
    parseHolidayNotice(text);
  } catch (error) {
    if (error instanceof ParseError) return error;
  }
  throw new Error('no ParseError');
}

/** 1-based line and column (in characters) of a UTF-16 offset. */
function place(text: string, index: number): string {
  const before = text.slice(0, index).split('\n');
  return `${before.length}:${Array.from(before.at(-1) ?? '').length + 1}`;
}

/** What `calendar --json` prints for a year of a calendar, without the notices' names. */
function yearOf(calendar: typeof prcCalendar, year: number) {
  const daysOff: string[] = [];
  const makeupWorkdays: string[] = [];
  for (let month = 1; month <= 12; month++) {
    for (let d = 1; d <= daysInMonth(year, month); d++) {
      const date = toIsoDate(year, month, d);
      const type = calendar.dayType(date);
      if (type === 'holiday') daysOff.push(date);
      if (type === 'makeup-workday') makeupWorkdays.push(date);
    }
  }
  const workingDays = calendar.countWorkingDays(toIsoDate(year, 1, 1), toIsoDate(year, 12, 31));
  return { daysOff, makeupWorkdays, workingDays };
}

describe.concurrent('--notice extends the calendar for the command', () => {
  it('workdays add and count across the new year, as prcCalendar.extend(parseHolidayNotice(text)) does', async () => {
    const without = await gongbao(['workdays', 'add', '2026-12-28', '5']);
    expect(without.status).toBe(1);
    expect(without.stderr).toMatch(/for 2027, give its notice: --notice FILE/u);
    for (const [date, n] of [
      ['2026-12-28', 5],
      ['2027-02-04', 1],
      ['2027-05-06', -1],
      ['2027-10-08', 0],
    ] as const) {
      const run = await gongbao(['workdays', 'add', date, String(n), '--notice', NOTICE_2027]);
      expect(run, `${date} ${n}`).toEqual({
        status: 0,
        stdout: `${extended.addWorkingDays(day(date), n)}\n`,
        stderr: '',
      });
    }
    expect(extended.addWorkingDays(day('2026-12-28'), 5)).toBe('2027-01-05');
    const count = await gongbao(['workdays', 'count', '2027-01-01', '2027-12-31', '--notice', NOTICE_2027, '--json']);
    expect(json(count)).toEqual({
      from: '2027-01-01',
      to: '2027-12-31',
      workingDays: extended.countWorkingDays(day('2027-01-01'), day('2027-12-31')),
    });
  });

  it('reads the notice from stdin as -', async () => {
    const run = await gongbao(['workdays', 'count', '2027-02-01', '2027-02-28', '--notice', '-'], {
      input: TEXT_2027,
    });
    expect(run.stdout).toBe(`${extended.countWorkingDays(day('2027-02-01'), day('2027-02-28'))}\n`);
    expect(run.status).toBe(0);
  });

  it("calendar shows the notice's year by default, its days as the extended calendar has them", async () => {
    const run = await gongbao(['calendar', '--notice', NOTICE_2027, '--json']);
    expect(run.status).toBe(0);
    expect(json(run)).toEqual({
      year: 2027,
      notices: ['国办发明电〔2026〕9号'],
      ...yearOf(extended, 2027),
      arrangements: [viaJson(parseHolidayNotice(TEXT_2027))],
    });
    const plain = await gongbao(['calendar', '--notice', NOTICE_2027]);
    expect(plain.stdout.split('\n').slice(0, 3)).toEqual([
      `2027年  ${extended.countWorkingDays(day('2027-01-01'), day('2027-12-31'))} working days  (国办发明电〔2026〕9号)`,
      '放假 days off',
      '  2027-01-01 周五 … 2027-01-03 周日  3 days  元旦',
    ]);
    expect(plain.stdout).toContain('  2027-10-01 周五 … 2027-10-07 周四  7 days  国庆节\n');
    // The built-in years are still there, unchanged.
    const y2024 = await gongbao(['calendar', '--year', '2024', '--notice', NOTICE_2027, '--json']);
    expect(json(y2024)).toMatchObject({ year: 2024, notices: ['国办发明电〔2023〕7号'], arrangements: [] });
    expect(json(y2024)).toMatchObject(yearOf(prcCalendar, 2024));
  });

  it('takes a real notice of a covered year (a web-page copy, an amending notice) and changes nothing', async () => {
    for (const [year, notice] of [
      [2026, '2026.txt'],
      [2020, '2020-spring-festival-extension.txt'],
    ] as const) {
      const plain = json(await gongbao(['calendar', '--year', String(year), '--json'])) as Record<string, unknown>;
      const run = await gongbao(['calendar', '--year', String(year), '--notice', REAL(notice), '--json']);
      expect(run.status, notice).toBe(0);
      const { arrangements, ...rest } = json(run) as Record<string, unknown>;
      expect(rest, notice).toEqual(plain);
      expect(arrangements).toEqual([viaJson(parseHolidayNotice(readFileSync(REAL(notice), 'utf8')))]);
    }
  });

  it('gives notices in any order: 2028 before 2027', async () => {
    const text2028 = TEXT_2027.replaceAll('2027年', '2028年').replace(/（[^）]*）/gu, '');
    const path = file('2028.txt', text2028);
    const calendar = extended.extend(parseHolidayNotice(text2028));
    const run = await gongbao(['workdays', 'add', '2026-12-31', '300', '--notice', path, '--notice', NOTICE_2027]);
    expect(run).toEqual({ status: 0, stdout: `${calendar.addWorkingDays(day('2026-12-31'), 300)}\n`, stderr: '' });
  });

  it('deadline says whether the last day is a working day in the new year, JSON as parseDeadline', async () => {
    const without = await gongbao(['deadline', '2027年5月1日前']);
    expect(without.stdout).toBe(
      '2027-05-01  date  2027年5月1日前\n' +
        '  the calendar ends 2026-12-31; to know whether 2027-05-01 is a working day, give the 2027 holiday notice: --notice FILE\n',
    );
    const run = await gongbao(['deadline', '2027年5月1日前', '--notice', NOTICE_2027]);
    expect(run.stdout).toBe(
      '2027-05-01  date  2027年5月1日前\n' +
        `  2027-05-01 is a day off (放假); the next working day is ${extended.nextWorkingDay(day('2027-05-01'))}\n`,
    );
    const asJson = await gongbao(['deadline', '2027年4月底前', '--notice', NOTICE_2027, '--json']);
    expect(json(asJson)).toEqual(viaJson(parseDeadline('2027年4月底前')));
  });
});

describe.concurrent('--notice errors: one line with the file and the position, exit 1', () => {
  it('INCONSISTENT: a 共N天 that does not match the range, a weekday note that is wrong', async () => {
    for (const [name, text] of [
      ['count.txt', TEXT_2027.replace('共9天', '共8天')],
      ['weekday.txt', TEXT_2027.replace('4月3日（周六）', '4月3日（周日）')],
      ['no-such-day.txt', TEXT_2027.replace('6月9日（周三）', '6月31日')],
    ] as const) {
      const path = file(name, text);
      const error = thrownBy(text);
      expect(error.code).toBe('INCONSISTENT');
      for (const args of [
        ['calendar', '--notice', path],
        ['workdays', 'add', '2027-01-04', '1', '--notice', path],
        ['deadline', '2027年底前', '--notice', path],
      ]) {
        const run = await gongbao(args);
        expect(run.status, args.join(' ')).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr, name).toMatch(
          new RegExp(
            `^gongbao: ${path}:${place(text, error.index ?? -1)}: INCONSISTENT: [^\\n]+; correct [^\\n]+\\n$`,
            'u',
          ),
        );
      }
    }
    const run = await gongbao(['calendar', '--notice', file('c.txt', TEXT_2027.replace('共9天', '共8天'))]);
    expect(run.stderr).toContain(': INCONSISTENT: 共8天 but 9 days; ');
    expect(run.stderr).not.toContain('INCONSISTENT: INCONSISTENT');
    expect(run.stderr).toContain(
      `c.txt:10:${Array.from('二、春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，').length + 1}:`,
    );
  });

  it('NOT_A_HOLIDAY_NOTICE: any other text, from a file or stdin', async () => {
    const other = '长治市人民政府关于同意设立某某的批复\n长政函〔2024〕31号\n市民政局：\n经研究，同意设立。';
    const fromFile = await gongbao(['calendar', '--notice', file('other.txt', other)]);
    expect(fromFile.status).toBe(1);
    expect(fromFile.stderr).toMatch(
      /^gongbao: \S+other\.txt: NOT_A_HOLIDAY_NOTICE: [^\n]+; give the text of a 国务院办公厅 notice[^\n]+\n$/u,
    );
    const fromStdin = await gongbao(['workdays', 'count', '2027-01-01', '2027-01-31', '--notice', '-'], {
      input: 'hello',
    });
    expect(fromStdin.status).toBe(1);
    expect(fromStdin.stderr).toMatch(/^gongbao: <stdin>: NOT_A_HOLIDAY_NOTICE: [^\n]+\n$/u);
  });

  it('a notice that leaves a gap, or arranges a covered year differently', async () => {
    const gap = file('2028-only.txt', TEXT_2027.replaceAll('2027年', '2028年').replace(/（[^）]*）/gu, ''));
    const run = await gongbao(['calendar', '--notice', gap]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^gongbao: \S+2028-only\.txt: NOT_CONSECUTIVE: the notices arrange 2028 but the built-in calendar covers 2010–2026; give the notice of every year between too\n$/u,
    );
    const changed = readFileSync(REAL('2024.txt'), 'utf8').replace('6月10日放假', '6月11日放假');
    const conflict = await gongbao(['calendar', '--year', '2024', '--notice', file('2024.txt', changed)]);
    expect(conflict.status).toBe(1);
    expect(conflict.stderr).toMatch(
      /^gongbao: \S+2024\.txt: CONFLICTING_ARRANGEMENTS: 2024 arranged twice; [^\n]+\n$/u,
    );
  });

  it('a missing, directory, binary or oversized file gets the path; stdin twice is a usage error', async () => {
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.txt'), /missing\.txt: no such file/u],
      [dir, /: is a directory/u],
      [file('binary.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), /binary\.bin: a binary file/u],
      [file('big.txt', '节'.repeat(400_000)), /big\.txt: larger than 1 MB; a holiday notice is a page of text/u],
    ];
    for (const [path, message] of cases) {
      const run = await gongbao(['workdays', 'add', '2027-01-04', '1', '--notice', path]);
      expect(run.status, path).toBe(1);
      expect(run.stderr.split('\n')).toHaveLength(2);
      expect(run.stderr).toMatch(message);
    }
    const twice = await gongbao(['calendar', '--notice', '-', '--notice', '-']);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/--notice - is given twice/u);
    expect((await gongbao(['calendar', '--notice'])).status).toBe(2);
  });
});
