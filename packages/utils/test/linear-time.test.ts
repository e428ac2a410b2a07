import {
  findDates,
  findDocumentNumbers,
  formatChineseDate,
  type IsoDate,
  normalizeBrackets,
  parseChineseDate,
  parseChineseNumber,
  parseDeadline,
  parseDocumentNumber,
  parseDuration,
  parseHolidayNotice,
  parseIssueNumber,
  parseOutlineMarker,
  removeCjkSpaces,
  toAsciiDigits,
} from '@gongbao/utils';
import { describe, expect, it } from 'vitest';
import { isLinear, type Scaling, scaling } from './helpers.js';

// Adversarial texts of about n characters: long runs of what the grammars repeat (spacing, 年,
// 第, brackets, digits, numerals) between the beginnings and ends of expressions, so that a
// backtracking pattern or a loop that re-scans would show as a 16× (quadratic) or worse ratio.
const runs = [' ', '\t', '\u3000', '年', '第', '〔', '(', '【', '1', '一', '十', '〇', '日', '月', '期'];
const texts: Record<string, (n: number) => string> = {};
for (const run of runs) {
  const name = JSON.stringify(run);
  texts[`${name}×n`] = (n) => run.repeat(n);
  texts[`${name}×n + x`] = (n) => `${run.repeat(n)}x`;
  for (const [before, after] of [
    ['2024年6月', '日前'],
    ['有效期', '年'],
    ['自2024年', '月起'],
    ['长政发', '2024〕5号'],
    ['第', '条'],
    ['2024年第', '期'],
    ['国务院令', '第713号'],
  ]) {
    texts[`${before}${name}×n${after}`] = (n) => `${before}${run.repeat(n)}${after}`;
  }
}
for (const [name, unit] of Object.entries({
  '(2024年 )×n': '2024年 ',
  '(年 )×n': '年 ',
  '(6月 )×n': '6月 ',
  '(自 )×n': '自 ',
  '(十 )×n': '十 ',
  '(一百 )×n': '一百 ',
  '(有效期 )×n': '有效期 ',
  '(〔2024〕)×n': '〔2024〕',
  '(长 )×n': '长 ',
  '(一、\n)×n': '一、\n',
})) {
  texts[name] = (n) => unit.repeat(Math.ceil(n / unit.length));
}
// Texts that are all finds, a quarter as long: the results grow with the input, and the garbage
// collector's copying of what they retain would dominate the timing of the longer ones.
for (const [name, unit] of Object.entries({
  '(2024年6月4日)×n/4': '2024年6月4日',
  '(每年 11 月 5 日前，)×n/4': '每年 11 月 5 日前，',
})) {
  texts[name] = (n) => unit.repeat(Math.ceil(n / 4 / unit.length));
}

const functions: Record<string, (text: string) => unknown> = {
  findDates,
  findDatesWithReference: (text) => findDates(text, { reference: '2024-06-04' as IsoDate }),
  parseChineseDate,
  parseDeadline,
  parseDuration,
  parseChineseNumber,
  findDocumentNumbers,
  parseDocumentNumber,
  parseOutlineMarker,
  parseIssueNumber,
  removeCjkSpaces,
  normalizeBrackets,
  toAsciiDigits,
  parseHolidayNotice,
};

const N = 25_000;

describe('every finder and parser takes linear time on adversarial text (1× and 4× input)', () => {
  it('the measurement tells a quadratic function from a linear one', () => {
    const quadratic = (text: string) => {
      let sum = 0;
      for (let i = 0; i < text.length; i++) for (let j = 0; j < i; j++) sum += text.charCodeAt(j);
      return sum;
    };
    const build = (n: number) => 'x'.repeat(n);
    const squared = scaling(build, quadratic, 3000);
    expect(isLinear(squared), JSON.stringify(squared)).toBe(false);
    const linear = (text: string) => {
      let sum = 0;
      for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
      return sum;
    };
    expect(isLinear(scaling(build, linear, 250_000))).toBe(true);
  });

  it('formatChineseDate is constant-time (fixed-size input)', () => {
    expect(formatChineseDate('2024-06-04' as IsoDate)).toBe('2024年6月4日');
  });

  it.each(Object.entries(functions))(
    '%s',
    (_, run) => {
      const slow: string[] = [];
      for (const [name, build] of Object.entries(texts)) {
        let measured: Scaling = scaling(build, run, N);
        // A second measurement before calling it super-linear: another process may have taken the CPU.
        if (!isLinear(measured)) measured = scaling(build, run, N);
        if (!isLinear(measured)) {
          slow.push(`${name}: ${measured.small.toFixed(1)} ms → ${measured.large.toFixed(1)} ms`);
        }
      }
      expect(slow).toEqual([]);
    },
    120_000,
  );
});

// Notice-shaped adversarial texts, after an introduction that states the year: many signatures
// with no date under them, many headings (each item's text ends at the next heading), many dates
// in one item. The reader once searched the rest of the text at each 国务院 and looked for each
// item's end from the first heading (1 MB: 3.8 s and 21 s). Texts that are all dates or items are
// a quarter as long, as above: what the result retains would make the garbage collector dominate.
const notices: Record<string, (n: number) => string> = {};
for (const [unit, share] of [
  ['国务院办公厅 ', 1],
  ['国务院关于', 1],
  ['一、元旦:1月1日放假。', 4],
  ['一、元旦:', 1],
  ['1月1日、', 4],
  ['1月1日至', 4],
  ['全文如下', 1],
  ['(', 1],
] as const) {
  notices[`(${unit})×n${share > 1 ? `/${share}` : ''}`] = (n) =>
    `经国务院批准，现将2030年元旦放假安排通知如下。${unit.repeat(Math.ceil(n / share / unit.length))}`;
}

describe('parseHolidayNotice takes linear time on notice-shaped adversarial text (100 K and 400 K characters)', () => {
  it.each(Object.entries(notices))(
    '%s',
    (_, build) => {
      let measured: Scaling = scaling(build, parseHolidayNotice, 100_000);
      if (!isLinear(measured)) measured = scaling(build, parseHolidayNotice, 100_000);
      expect(isLinear(measured), `${measured.small.toFixed(1)} ms → ${measured.large.toFixed(1)} ms`).toBe(true);
    },
    120_000,
  );
});
