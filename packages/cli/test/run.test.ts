import { PassThrough } from 'node:stream';
import { run } from '@gongbao/cli';
import { GAZETTE_SECTIONS } from '@gongbao/core';
import { documents } from '@gongbao/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth, fireStationsLine, todayInChina } from '../src/summary';

/** Runs the command in this process, its output captured. */
async function capture(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const code = await run(argv, { stdout, stderr, env: {} });
  const lines = (stream: PassThrough) =>
    String(stream.read() ?? '')
      .replace(/\n$/u, '')
      .split('\n');
  const out = lines(stdout);
  return { code, out, err: lines(stderr), text: out.join('\n') };
}

describe('gongbao summary', () => {
  let code: number;
  let out: string[];
  let text: string;
  beforeAll(async () => {
    ({ code, out, text } = await capture(['summary', '--date', '2024-07-01']));
  });

  it('succeeds and starts with the masthead', () => {
    expect(code).toBe(0);
    expect(out[0]).toBe('《长治市人民政府公报》2024年第3期（总第27期） 双月刊');
    expect(text).toContain('出版日期 2024-06-30');
    expect(text).toContain('主任 桑利刚');
  });

  it('lists the six sections and every document number with its title', () => {
    expect(GAZETTE_SECTIONS).toHaveLength(6);
    for (const section of GAZETTE_SECTIONS) expect(out).toContain(`  ${section}`);
    for (const doc of documents) {
      const line = out.find((l) => l.includes(doc.docNumber.canonical) && l.includes(doc.title));
      expect(line, doc.docNumber.canonical).toBeDefined();
    }
  });

  it('prints table totals with passing checks', () => {
    expect(text).toMatch(/✓ fire-vehicles 合计 shortfall: stated 43辆, rows sum to 43辆/);
    expect(text).toMatch(/✓ fire-equipment 合计 foamAgent: stated 217吨, rows sum to 217吨/);
    expect(text).toContain(
      '✓ fire-stations: 119 stations = 4 一级城市消防站 + 20 一级乡镇专职消防站 + 1 二级城市消防站 + 55 二级乡镇专职消防站 + 39 乡镇志愿消防站',
    );
    expect(text).not.toContain('✗');
  });

  it('says which normative documents are in force on the date', () => {
    expect(text).toMatch(/长政规〔2024〕1号 +现行有效 in force \(from 2024-06-22, until 2029-06-21\)/);
    expect(text).toMatch(/repeals 长政发〔2019〕2号/);
  });

  it('reports expiries on a later date', async () => {
    const later = (await capture(['summary', '--date', '2030-01-01'])).text;
    expect(later).toMatch(/长政规〔2024〕1号 +已失效 expired/);
    expect(later).toMatch(/长科规〔2024〕2号 +已失效 expired/);
  });
});

describe('gongbao usage', () => {
  it('prints help', async () => {
    const { code, out } = await capture(['help']);
    expect(code).toBe(0);
    expect(out[0]).toBe('Usage: gongbao [options] [command]');
  });

  it('fails with usage on an unknown command, option or a bad date', async () => {
    expect(await capture(['frobnicate'])).toMatchObject({
      code: 2,
      err: ["gongbao: unknown command 'frobnicate'", "Run 'gongbao --help' for usage."],
    });
    expect((await capture(['summary', '--colour'])).code).toBe(2);
    const bad = await capture(['summary', '--date', '2024-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toBe('gongbao: --date: 2024-02-30 is not a day of the calendar');
  });

  it('returns 1 and reports a write error of stdout other than a closed pipe', async () => {
    const stdout = new PassThrough();
    stdout.destroy(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    const stderr = new PassThrough();
    const code = await run(['workdays', 'add', '2024-09-30', '1'], { stdout, stderr, env: {} });
    expect(code).toBe(1);
    expect(String(stderr.read())).toBe('gongbao: cannot write the output: ENOSPC: no space left on device\n');
  });
});

describe('fireStationsLine', () => {
  const rows = [{ standard: '乡镇志愿消防站' }, { standard: '一级城市消防站' }, { standard: '乡镇志愿消防站' }];

  it('orders the standards as the plan does and marks a total that agrees with the title', () => {
    expect(fireStationsLine({ rows }, '建设计划表 (3 座)')).toBe(
      '  ✓ fire-stations: 3 stations = 1 一级城市消防站 + 2 乡镇志愿消防站',
    );
  });

  it('marks ✗ when the rows disagree with the title, or the title states no total', () => {
    expect(fireStationsLine({ rows }, '建设计划表 (4 座)')).toBe(
      "  ✗ fire-stations: 3 stations = 1 一级城市消防站 + 2 乡镇志愿消防站, the plan's title states 4",
    );
    expect(fireStationsLine({ rows }, '建设计划表')).toMatch(/^ {2}✗ .*states no total$/u);
  });
});

describe('displayWidth', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('长政发〔2024〕5号')).toBe(17);
    expect(displayWidth('abc')).toBe(3);
  });
});

describe('todayInChina', () => {
  it('is the date in UTC+8 whatever the machine time zone', () => {
    expect(todayInChina(new Date('2024-06-30T15:59:59Z'))).toBe('2024-06-30');
    expect(todayInChina(new Date('2024-06-30T16:00:00Z'))).toBe('2024-07-01');
  });
});
